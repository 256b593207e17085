package de.heldenhelfer.notifications;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** How a person wants to hear of new notifications by e-mail; the bell shows them either way. */
public enum NotificationMode {
  IMMEDIATE,
  DAILY,
  OFF;

  public String label(Locale locale) {
    return Messages.get(locale, "notificationMode." + name());
  }
}
