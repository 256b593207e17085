package de.heldenhelfer.statistics;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.tenancy.EachClub;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Refreshes the statistics read model club by club, each inside its own club (the system principal
 * may only read members to count them): nightly for this year's Stichtag (1 January), so that
 * corrections of the year reach the figures; past years are never recomputed (stable history).
 * Afterwards the planners' protected publication of the Stichtag is computed ahead.
 */
@Singleton
public class StatisticsJob {
  private static final Logger LOG = Logger.getLogger(StatisticsJob.class.getName());
  private static final Principal SYSTEM =
      Principal.system("Heldenhelfer (Statistik)", Set.of(Permission.MEMBER_READ));

  @Inject EachClub eachClub;
  @Inject ReadModel readModel;
  @Inject RegionStatistics region;

  /** Computes the planners' publication ahead of the first view (counts only, no person). */
  private static final Principal PUBLISHER =
      Principal.system("Heldenhelfer (Statistik)", Set.of(Permission.STATISTICS));

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(hour = "3", minute = "15", persistent = false, info = "statistics read model")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    runAll(LocalDate.now(MemberService.ZONE).withDayOfYear(1));
  }

  /**
   * Computes the protected tables of a Stichtag in both languages, so that planners' first view is
   * served from the publication cache.
   */
  void publish(LocalDate stichtag) {
    try {
      eachClub.runInRegion(
          PUBLISHER,
          () -> {
            region.figures(stichtag, java.util.Locale.GERMAN);
            region.figures(stichtag, java.util.Locale.ENGLISH);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "statistics publication not computed ahead", e);
    }
  }

  /** Refreshes every club's counts for {@code stichtag}; an empty map while a run is under way. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<Long, ReadModel.Refreshed> runAll(LocalDate stichtag) {
    if (!running.compareAndSet(false, true)) {
      LOG.warning("statistics run skipped: the previous run has not finished");
      return Map.of();
    }
    try {
      long start = System.nanoTime();
      Map<Long, ReadModel.Refreshed> results =
          eachClub.run("statistics", SYSTEM, () -> readModel.refresh(stichtag));
      LOG.info(
          "statistics for "
              + stichtag
              + ": "
              + results.size()
              + " clubs in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
      if (stichtag.getDayOfYear() == 1) {
        publish(stichtag);
      }
      return results;
    } finally {
      running.set(false);
    }
  }
}
