package de.heldenhelfer.membership;

import de.heldenhelfer.security.Principal;
import java.util.Set;

/**
 * Which members of the current club an actor may read: all (board roles), those of some departments
 * (trainers, department leads), or none. Computed from the principal's roles in the club;
 * department-scoped roles without department see nobody (fail closed).
 *
 * @param all every member of the club
 * @param departmentIds otherwise: the departments whose members may be read
 */
public record MemberScope(boolean all, Set<Long> departmentIds) {
  public static final MemberScope ALL = new MemberScope(true, Set.of());
  public static final MemberScope NONE = new MemberScope(false, Set.of());

  public MemberScope {
    departmentIds = Set.copyOf(departmentIds);
  }

  /** The scope of {@code principal} in {@code clubId}. */
  public static MemberScope of(Principal principal, Long clubId) {
    if (principal == null || clubId == null) {
      return NONE;
    }
    return principal
        .club(clubId)
        .map(
            c -> {
              if (c.isBoard()) {
                return ALL;
              }
              if (c.isDepartmentScoped()) {
                return new MemberScope(false, c.departmentIds());
              }
              return NONE;
            })
        .orElse(NONE);
  }

  /** Whether a member of these departments is visible. */
  public boolean includesAnyOf(Set<Long> memberDepartments) {
    return all || memberDepartments.stream().anyMatch(departmentIds::contains);
  }
}
