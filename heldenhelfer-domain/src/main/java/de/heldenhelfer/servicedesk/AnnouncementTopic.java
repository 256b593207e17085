package de.heldenhelfer.servicedesk;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** What an announcement of the service desk is about. */
public enum AnnouncementTopic {
  FUNDING_CALL,
  DEADLINE,
  TRAINING,
  AWARD,
  TEMPLATE,
  OTHER;

  public String label(Locale locale) {
    return Messages.get(locale, "announcementTopic." + name());
  }
}
