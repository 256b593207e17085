package de.heldenhelfer.paperwork;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** What a task is about; rule-made tasks have the kind of their rule, manual tasks any. */
public enum TaskKind {
  /** Tax declaration, exemption notice, donation receipts. */
  TAX,
  /** General meeting: planning, invitation, holding it. */
  GENERAL_MEETING,
  /** Board elections and the notification to the Vereinsregister. */
  REGISTER,
  /** Reports to umbrella associations (BLSV Bestandserhebung). */
  ASSOCIATION,
  /** Child protection: Führungszeugnis re-checks. */
  YOUTH_PROTECTION,
  /** Licences and certificates expiring. */
  QUALIFICATION,
  /** Anything else the board tracks. */
  OTHER;

  public String label(Locale locale) {
    return Messages.get(locale, "taskKind." + name());
  }
}
