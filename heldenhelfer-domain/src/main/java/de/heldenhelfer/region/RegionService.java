package de.heldenhelfer.region;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The region's view across clubs, for the region roles. It reads only the global club register and
 * counts: no club-private row crosses a club boundary here.
 */
@ApplicationScoped
public class RegionService {
  @Inject EntityManager em;

  /** Counts over the region's clubs. */
  public record Overview(
      long clubs, long verifiedClubs, long municipalitiesWithClubs, Map<ClubKind, Long> byKind) {}

  /** A club that registered itself and waits for the service desk. */
  public record PendingClub(
      long id,
      String name,
      String municipality,
      String registerNumber,
      LocalDateTime registeredAt) {}

  @RequiresPermission({
    Permission.SERVICE_DESK,
    Permission.CLUB_VERIFY,
    Permission.STATISTICS,
    Permission.MATCHING,
    Permission.OPERATE
  })
  @Transactional
  public Overview overview() {
    long clubs = em.createQuery("SELECT COUNT(c) FROM Club c", Long.class).getSingleResult();
    long verified =
        em.createQuery("SELECT COUNT(c) FROM Club c WHERE c.verified = TRUE", Long.class)
            .getSingleResult();
    long municipalities =
        em.createQuery("SELECT COUNT(DISTINCT c.municipality) FROM Club c", Long.class)
            .getSingleResult();
    Map<ClubKind, Long> byKind = new EnumMap<>(ClubKind.class);
    em.createQuery("SELECT c.kind, COUNT(c) FROM Club c GROUP BY c.kind", Object[].class)
        .getResultList()
        .forEach(r -> byKind.put((ClubKind) r[0], (Long) r[1]));
    return new Overview(clubs, verified, municipalities, byKind);
  }

  @RequiresPermission(Permission.CLUB_VERIFY)
  @Transactional
  public List<PendingClub> clubsAwaitingVerification() {
    return em
        .createQuery(
            "SELECT c FROM Club c JOIN FETCH c.municipality WHERE c.verified = FALSE"
                + " ORDER BY c.createdAt, c.id",
            Club.class)
        .setMaxResults(100)
        .getResultList()
        .stream()
        .map(
            c ->
                new PendingClub(
                    c.id(), c.name(), c.municipality().name(), c.registerNumber(), c.createdAt()))
        .toList();
  }

  @RequiresPermission(Permission.CLUB_VERIFY)
  @Transactional
  public void verify(long clubId) {
    Club c = em.find(Club.class, clubId);
    if (c == null) {
      throw new NotFoundException();
    }
    c.verify();
  }
}
