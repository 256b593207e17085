package de.heldenhelfer.membership;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/**
 * The form of a membership, which usually decides the fee (Beitragsart). The club's fee category
 * ({@link Member#feeCategory()}) can refine it.
 */
public enum MembershipType {
  /** Erwachsene, full fee. */
  ADULT,
  /** Kinder und Jugendliche. */
  YOUTH,
  /** Ermäßigt: pupils, students, apprentices, people doing voluntary service. */
  REDUCED,
  /** Part of a family membership (see {@link FamilyRelation#FAMILY_MEMBER}). */
  FAMILY,
  /** Fördermitglied: supports the club, does not take part. */
  SUPPORTING,
  /** Ehrenmitglied: usually free of fees. */
  HONORARY;

  /** The default for a new member without explicit type: youth below 18, else adult. */
  public static MembershipType defaultFor(Integer age) {
    return age != null && age < 18 ? YOUTH : ADULT;
  }

  public String label(Locale locale) {
    return Messages.get(locale, "membershipType." + name());
  }
}
