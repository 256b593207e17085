package de.heldenhelfer.pool;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** What a need (Helfergesuch) is for; volunteers name the categories they are interested in. */
public enum NeedCategory {
  FESTIVAL,
  SPORTS_EVENT,
  TRAINING,
  CULTURE,
  YOUTH,
  SOCIAL,
  ENVIRONMENT,
  OTHER;

  public String label(Locale locale) {
    return Messages.get(locale, "needCategory." + name());
  }

  /** The code used in profiles and matching (lower case). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
