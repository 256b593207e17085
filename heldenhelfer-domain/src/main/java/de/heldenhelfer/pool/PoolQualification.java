package de.heldenhelfer.pool;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/**
 * Qualifications a need can require and a volunteer can record with an expiry date. For the
 * Führungszeugnis only the fact of the check and its date are kept (valid five years), never the
 * certificate itself.
 */
public enum PoolQualification {
  FIRST_AID,
  JULEICA,
  FUEHRUNGSZEUGNIS,
  FOOD_HYGIENE,
  DRIVING_LICENSE,
  LIFEGUARD,
  TRAINER_LICENSE;

  public String label(Locale locale) {
    return Messages.get(locale, "poolQualification." + name());
  }
}
