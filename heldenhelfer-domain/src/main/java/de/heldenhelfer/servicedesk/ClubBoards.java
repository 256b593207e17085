package de.heldenhelfer.servicedesk;

import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Permission;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The people who speak for clubs towards the service desk: everybody with REQUEST_WRITE there. */
final class ClubBoards {
  private static final List<ClubRole> ROLES =
      Arrays.stream(ClubRole.values())
          .filter(r -> r.permissions().contains(Permission.REQUEST_WRITE))
          .toList();

  private ClubBoards() {}

  /** The person ids of the boards of {@code clubs} (500 clubs per statement). */
  static Set<Long> of(EntityManager em, List<Long> clubs) {
    Set<Long> ids = new LinkedHashSet<>();
    for (int i = 0; i < clubs.size(); i += 500) {
      ids.addAll(
          em.createQuery(
                  "SELECT DISTINCT a.person.id FROM ClubRoleAssignment a"
                      + " WHERE a.club.id IN :clubs AND a.role IN :roles",
                  Long.class)
              .setParameter("clubs", clubs.subList(i, Math.min(clubs.size(), i + 500)))
              .setParameter("roles", ROLES)
              .getResultList());
    }
    return ids;
  }
}
