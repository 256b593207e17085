package de.heldenhelfer.pool;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** Who sees a need: the club's own people, partner clubs, the whole pool, or everybody. */
public enum NeedVisibility {
  /** Only people with a role in the posting club. */
  CLUB,
  /** The club's people and people with a role in a partner club. */
  PARTNERS,
  /** Every signed-in volunteer. */
  POOL,
  /** Every signed-in volunteer and the public directory (no login needed to read). */
  PUBLIC;

  public String label(Locale locale) {
    return Messages.get(locale, "needVisibility." + name());
  }
}
