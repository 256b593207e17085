package de.heldenhelfer.membership;

import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.shared.Messages;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of member data a role may see. Pages, exports and the API ask {@link #visibleTo}
 * instead of deciding themselves, so a trainer sees and exports the same columns everywhere.
 *
 * <p>Board roles see everything. Trainers and department leads see what they need for training
 * (contact, age, departments, qualifications, consents for photos, the guardian contact of minors)
 * but not address, fees, the Führungszeugnis facts, family links or the change history. Plain
 * members see no member list at all (only their own membership).
 */
public enum MemberField {
  NUMBER,
  NAME,
  SALUTATION,
  BIRTH_DATE,
  AGE,
  GENDER,
  ADDRESS,
  MUNICIPALITY,
  PHONE,
  EMAIL,
  STATUS,
  ENTRY_DATE,
  EXIT_DATE,
  MEMBERSHIP_TYPE,
  FEE_CATEGORY,
  DEPARTMENTS,
  FUNCTIONS,
  CONSENTS,
  QUALIFICATIONS,
  GUARDIAN,
  FAMILY,
  RECORD_CHECK,
  HISTORY;

  private static final Set<MemberField> ALL =
      Collections.unmodifiableSet(EnumSet.allOf(MemberField.class));

  private static final Set<MemberField> DEPARTMENT_STAFF =
      Collections.unmodifiableSet(
          EnumSet.of(
              NUMBER,
              NAME,
              SALUTATION,
              BIRTH_DATE,
              AGE,
              GENDER,
              PHONE,
              EMAIL,
              STATUS,
              DEPARTMENTS,
              FUNCTIONS,
              CONSENTS,
              QUALIFICATIONS,
              GUARDIAN));

  /** The columns holders of {@code roles} (in one club) may see. */
  public static Set<MemberField> visibleTo(Collection<ClubRole> roles) {
    if (roles == null || roles.isEmpty()) {
      return Collections.emptySet();
    }
    if (roles.stream().anyMatch(ClubRole::isBoard)) {
      return ALL;
    }
    if (roles.stream().anyMatch(ClubRole::isDepartmentScoped)) {
      return DEPARTMENT_STAFF;
    }
    return Collections.emptySet();
  }

  /** The columns {@code principal} may see in {@code clubId}; none without a role there. */
  public static Set<MemberField> visibleTo(Principal principal, Long clubId) {
    if (principal == null || clubId == null) {
      return Collections.emptySet();
    }
    return principal
        .club(clubId)
        .map(c -> visibleTo(c.roles()))
        .orElse(Collections.<MemberField>emptySet());
  }

  /** Column heading, e.g. for exports. */
  public String label(Locale locale) {
    return Messages.get(locale, "memberField." + name());
  }
}
