package de.heldenhelfer.paperwork;

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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With the demo region: applies the deadline rules once at start-up when no club has tasks yet, so
 * that a person trying Heldenhelfer finds the boards' dashboards filled. Without demo data nothing
 * happens here; the daily {@link PaperworkJob} does the rest.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDeadlines {
  private static final Logger LOG = Logger.getLogger(DemoDeadlines.class.getName());

  @Inject DemoData demo;
  @Inject PaperworkJob job;

  @PersistenceContext(unitName = "heldenhelfer")
  EntityManager em;

  @PostConstruct
  void applyOnce() {
    if (!demo.isEnabled()) {
      return;
    }
    try {
      // across all clubs on purpose: native SQL is not tenant-filtered (reviewed: a count only)
      Number tasks =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM club_task")
                  .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                  .getSingleResult();
      if (tasks.longValue() == 0) {
        long start = System.nanoTime();
        var results = job.runAll();
        LOG.info(
            "demo deadlines applied in "
                + results.size()
                + " clubs in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "demo deadlines not applied", e);
    }
  }
}
