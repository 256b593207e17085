package de.heldenhelfer.servicedesk;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** What a club's request to the Servicestelle Ehrenamt is about. */
public enum RequestCategory {
  FUNDING,
  PERMITS_EVENTS,
  ROOMS_FACILITIES,
  INSURANCE,
  DATA_PROTECTION,
  TAX_CHARITY,
  OTHER;

  public String label(Locale locale) {
    return Messages.get(locale, "requestCategory." + name());
  }
}
