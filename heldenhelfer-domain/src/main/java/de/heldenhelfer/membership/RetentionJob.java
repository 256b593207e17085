package de.heldenhelfer.membership;

import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.tenancy.EachClub;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Art. 17 DSGVO and § 72a SGB VIII, every night: for each club in turn, {@link
 * MemberService#applyRetention()} anonymises former members whose retention period has passed and
 * deletes Führungszeugnis facts 3 months after the youth work ended.
 *
 * <p>The job acts as the {@link Principal#system system principal}, which holds only {@link
 * Permission#MEMBER_RETENTION} (no role has it) and no member columns. Each club runs in its own
 * request context ({@link EachClub}), entered into the tenant context like a web request, so
 * tenancy confines every statement to that club, and in its own transaction, so one failing club
 * does not stop the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  /** The acting principal of the job. */
  public static final Principal SYSTEM =
      Principal.system("Heldenhelfer (Löschfristen)", Set.of(Permission.MEMBER_RETENTION));

  @Inject MemberService members;
  @Inject EachClub eachClub;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Nightly at 03:15 (server time), not persisted: a missed night is caught up the next one. */
  @Schedule(hour = "3", minute = "15", persistent = false, info = "Art. 17 retention")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    runAll();
  }

  /**
   * Applies the retention rules in every club; returns what was done per club id (clubs that failed
   * are logged and missing from the result). A second call while one runs returns an empty map.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<Long, MemberService.RetentionResult> runAll() {
    if (!running.compareAndSet(false, true)) {
      LOG.warning("retention run skipped: the previous run has not finished");
      return Map.of();
    }
    try {
      Map<Long, MemberService.RetentionResult> results =
          eachClub.run("retention", SYSTEM, members::applyRetention);
      int anonymised = 0;
      int checks = 0;
      int statusChanges = 0;
      for (Map.Entry<Long, MemberService.RetentionResult> e : results.entrySet()) {
        MemberService.RetentionResult r = e.getValue();
        anonymised += r.anonymised();
        checks += r.recordChecksDeleted();
        statusChanges += r.statusChanges();
        if (r.anonymised() + r.recordChecksDeleted() + r.statusChanges() > 0) {
          LOG.info(
              "retention in club "
                  + e.getKey()
                  + ": "
                  + r.anonymised()
                  + " anonymised, "
                  + r.recordChecksDeleted()
                  + " Führungszeugnis facts deleted, "
                  + r.statusChanges()
                  + " memberships ended");
        }
      }
      LOG.info(
          "retention run: "
              + results.size()
              + " clubs, "
              + anonymised
              + " members anonymised, "
              + checks
              + " Führungszeugnis facts deleted, "
              + statusChanges
              + " memberships ended");
      return results;
    } finally {
      running.set(false);
    }
  }
}
