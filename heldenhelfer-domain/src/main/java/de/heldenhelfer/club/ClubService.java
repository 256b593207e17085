package de.heldenhelfer.club;

import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current club's profile and departments, as its board and members see them. */
@ApplicationScoped
public class ClubService {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject jakarta.enterprise.event.Event<ClubChanged> changed;

  /** Profile of the current club, with what the board sees about it. */
  public record ClubProfile(
      long id,
      long version,
      String name,
      ClubKind kind,
      LegalForm legalForm,
      String registerNumber,
      String municipality,
      Address address,
      String email,
      String phone,
      String website,
      String purpose,
      String publicDescription,
      java.time.LocalDate exemptionNoticeDate,
      boolean mayIssueDonationReceipts,
      boolean verified) {}

  /** A department with its active member count. */
  public record DepartmentSummary(long id, String name, String sport, long members) {}

  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public ClubProfile currentClub() {
    Club c = club();
    return new ClubProfile(
        c.id(),
        c.version(),
        c.name(),
        c.kind(),
        c.legalForm(),
        c.registerNumber(),
        c.municipality().name(),
        c.address(),
        c.email(),
        c.phone(),
        c.website(),
        c.purpose(),
        c.publicDescription(),
        c.exemptionNoticeDate(),
        c.mayIssueDonationReceipts(java.time.LocalDate.now()),
        c.isVerified());
  }

  /** Changes the contact and description; fails if someone else saved in between. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public void changeProfile(
      long expectedVersion,
      String email,
      String phone,
      String website,
      String purpose,
      String publicDescription) {
    Club c = club();
    if (c.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    c.changeProfile(email, phone, website, purpose, publicDescription);
    changed.fire(new ClubChanged(c.id()));
  }

  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public List<DepartmentSummary> departments() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT d.id, d.name, s.nameDe FROM Department d LEFT JOIN d.sport s ORDER BY d.name",
                Object[].class)
            .getResultList();
    List<Object[]> counts =
        em.createNativeQuery(
                "SELECT md.department_id, COUNT(*) FROM member_department md JOIN member m"
                    + " ON m.id = md.member_id WHERE md.club_id = ?1 AND m.status <> 'LEFT'"
                    + " GROUP BY md.department_id")
            .setParameter(1, tenant.requireClubId())
            .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
            .getResultList();
    java.util.Map<Long, Long> byDepartment = new java.util.HashMap<>();
    for (Object[] row : counts) {
      byDepartment.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return rows.stream()
        .map(
            r ->
                new DepartmentSummary(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    byDepartment.getOrDefault((Long) r[0], 0L)))
        .toList();
  }

  private Club club() {
    Club c = em.find(Club.class, tenant.requireClubId());
    if (c == null) {
      throw new NotFoundException();
    }
    return c;
  }

  /** What the statutes and the tax office say, as the deadline rules read it. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public PaperworkSettings paperwork() {
    return club().paperwork();
  }

  /** Changes the paperwork settings; fails if someone else saved the club in between. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public void changePaperwork(long expectedVersion, PaperworkSettings settings) {
    Club c = club();
    if (c.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    c.changePaperwork(settings, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")));
  }
}
