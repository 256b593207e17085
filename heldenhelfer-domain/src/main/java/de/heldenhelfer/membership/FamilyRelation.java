package de.heldenhelfer.membership;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** How a linked member relates to a member: read "related is … of member". */
public enum FamilyRelation {
  /** The related member is a parent of the member. */
  PARENT,
  /** The related member is the legal guardian of the member. */
  GUARDIAN,
  /** The member belongs to the family membership whose main member is the related member. */
  FAMILY_MEMBER;

  /** Parents and guardians count as guardian contact of a minor. */
  public boolean isGuardian() {
    return this == PARENT || this == GUARDIAN;
  }

  public String label(Locale locale) {
    return Messages.get(locale, "familyRelation." + name());
  }
}
