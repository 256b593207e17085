package de.heldenhelfer.statistics;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.platform.DemoData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the demo region: computes the statistics of the demo's Stichtage (1 January 2025 and 2026,
 * for a year-over-year comparison) and of this year's once at start-up, so that planners find
 * figures right away.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStatistics {
  private static final Logger LOG = Logger.getLogger(DemoStatistics.class.getName());

  @Inject DemoData demo;
  @Inject StatisticsJob job;

  @PersistenceContext(unitName = "heldenhelfer")
  EntityManager em;

  @PostConstruct
  void computeOnce() {
    if (!demo.isEnabled()) {
      return;
    }
    try {
      // across all clubs on purpose: a count of the read model's rows only
      Number rows =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM stat_snapshot")
                  .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                  .getSingleResult();
      if (rows.longValue() == 0) {
        job.runAll(LocalDate.of(2025, 1, 1));
        job.runAll(LocalDate.of(2026, 1, 1));
        LocalDate thisYear = LocalDate.now(MemberService.ZONE).withDayOfYear(1);
        if (!thisYear.equals(LocalDate.of(2026, 1, 1))) {
          job.runAll(thisYear);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo statistics not computed", e);
    }
  }
}
