package de.heldenhelfer.statistics;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns the current club's member data into the counts of the statistics read model for one
 * reference date (Stichtag): who is a member on that day (entered on or before it, not left before
 * or on it), by DOSB age group (completed years on the day), gender, municipality of residence and
 * active/passive, per sport of their departments (with the municipality, for the drill-down) and by
 * year of birth (the A-Zahlen of the Bestandserhebung); and the club's training groups as they are
 * at the refresh (groups, minutes per week and participants per facility and sport). Runs inside
 * the club (the tenant of the request); only counts are written, replacing that club's rows of that
 * day in one transaction.
 */
@ApplicationScoped
public class ReadModel {
  @Inject EntityManager em;
  @Inject TenantContext tenant;

  /** What a refresh wrote. */
  public record Refreshed(long clubId, LocalDate stichtag, int members, int rows) {}

  /** Recomputes the current club's counts for {@code stichtag}. */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public Refreshed refresh(LocalDate stichtag) {
    long club = tenant.requireClubId();
    String day = "DATE '" + stichtag + "'"; // a LocalDate prints as yyyy-MM-dd: no injection
    String ageGroup = AgeGroup.sqlCase("m.birth_date", day);
    String isMember =
        " m.club_id = ?1 AND m.entry_date <= "
            + day
            + " AND (m.exit_date IS NULL OR m.exit_date > "
            + day
            + ")";
    for (String table :
        new String[] {
          "stat_members", "stat_sport_members", "stat_birth_years", "stat_training", "stat_snapshot"
        }) {
      sql("DELETE FROM " + table + " WHERE club_id = ?1 AND stichtag = ?2")
          .setParameter(1, club)
          .setParameter(2, stichtag)
          .executeUpdate();
    }
    int rows =
        sql("INSERT INTO stat_members (club_id, stichtag, age_group, gender, ags, active, members)"
                + " SELECT ?1, ?2, g.age_group, g.gender, g.ags, g.active, COUNT(*) FROM ("
                + " SELECT "
                + ageGroup
                + " AS age_group, m.gender AS gender, COALESCE(m.municipality_ags, '00000000')"
                + " AS ags, m.status = 'ACTIVE' AS active FROM member m WHERE"
                + isMember
                + ") g GROUP BY g.age_group, g.gender, g.ags, g.active")
            .setParameter(1, club)
            .setParameter(2, stichtag)
            .executeUpdate();
    rows +=
        sql("INSERT INTO stat_sport_members (club_id, stichtag, sport_code, ags, age_group, gender,"
                + " members) SELECT ?1, ?2, g.sport_code, g.ags, g.age_group, g.gender, COUNT(*)"
                + " FROM (SELECT DISTINCT m.id, COALESCE(d.sport_code, 0) AS sport_code,"
                + " COALESCE(m.municipality_ags, '00000000') AS ags, "
                + ageGroup
                + " AS age_group, m.gender AS gender FROM member m"
                + " LEFT JOIN member_department md ON md.member_id = m.id"
                + " LEFT JOIN department d ON d.id = md.department_id WHERE"
                + isMember
                + ") g GROUP BY g.sport_code, g.ags, g.age_group, g.gender")
            .setParameter(1, club)
            .setParameter(2, stichtag)
            .executeUpdate();
    rows +=
        sql("INSERT INTO stat_birth_years (club_id, stichtag, birth_year, gender, members)"
                + " SELECT ?1, ?2, COALESCE(YEAR(m.birth_date), 0), m.gender, COUNT(*) FROM member m"
                + " WHERE"
                + isMember
                + " GROUP BY COALESCE(YEAR(m.birth_date), 0), m.gender")
            .setParameter(1, club)
            .setParameter(2, stichtag)
            .executeUpdate();
    rows +=
        sql("INSERT INTO stat_training (club_id, stichtag, facility_ags, facility, sport_code,"
                + " training_groups, minutes_per_week, participants) SELECT ?1, ?2, facility_ags,"
                + " facility, COALESCE(sport_code, 0), COUNT(*),"
                + " SUM(TIMESTAMPDIFF(MINUTE, start_time, end_time)), SUM(participants)"
                + " FROM training_group WHERE club_id = ?1"
                + " GROUP BY facility_ags, facility, COALESCE(sport_code, 0)")
            .setParameter(1, club)
            .setParameter(2, stichtag)
            .executeUpdate();
    int members =
        ((Number)
                sql("SELECT COUNT(*) FROM member m WHERE" + isMember)
                    .setParameter(1, club)
                    .getSingleResult())
            .intValue();
    sql("INSERT INTO stat_snapshot (club_id, stichtag, computed_at, members) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, club)
        .setParameter(2, stichtag)
        .setParameter(3, LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS))
        .setParameter(4, members)
        .executeUpdate();
    return new Refreshed(club, stichtag, members, rows);
  }

  /**
   * Native statements on the member tables, always bound to the club of the request (?1): the read
   * model is written from inside the club and holds counts only.
   */
  private Query sql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }
}
