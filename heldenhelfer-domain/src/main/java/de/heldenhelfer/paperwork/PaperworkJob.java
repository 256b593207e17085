package de.heldenhelfer.paperwork;

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
 * Every morning, for each club in turn: the deadline rules are applied (new tasks from the club's
 * data) and the reminders due that day are mailed to the responsible members. Acts as a system
 * principal that holds only {@link Permission#TASK_AUTOMATION}, one club at a time ({@link
 * EachClub}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PaperworkJob {
  private static final Logger LOG = Logger.getLogger(PaperworkJob.class.getName());

  /** The acting principal of the job. */
  public static final Principal SYSTEM =
      Principal.system("Heldenhelfer (Fristen)", Set.of(Permission.TASK_AUTOMATION));

  /** What the job did in one club. */
  public record ClubRun(TaskService.SyncResult sync, int reminders) {}

  @Inject TaskService tasks;
  @Inject EachClub eachClub;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Daily at 06:30 (server time), not persisted: a missed morning is caught up the next. */
  @Schedule(hour = "6", minute = "30", persistent = false, info = "paperwork deadlines")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    runAll();
  }

  /** Runs the rules and reminders in every club; an empty map while another run is under way. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<Long, ClubRun> runAll() {
    if (!running.compareAndSet(false, true)) {
      LOG.warning("paperwork run skipped: the previous run has not finished");
      return Map.of();
    }
    try {
      Map<Long, ClubRun> results = eachClub.run("paperwork", SYSTEM, this::runHere);
      int created = results.values().stream().mapToInt(r -> r.sync().created()).sum();
      int reminders = results.values().stream().mapToInt(ClubRun::reminders).sum();
      LOG.info(
          "paperwork run: "
              + results.size()
              + " clubs, "
              + created
              + " tasks created, "
              + reminders
              + " reminders sent");
      return results;
    } finally {
      running.set(false);
    }
  }

  /** Rules and reminders in one club (used by tests to run a single club). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ClubRun runIn(long clubId) {
    return eachClub.runIn(clubId, SYSTEM, this::runHere);
  }

  private ClubRun runHere() {
    TaskService.SyncResult sync = tasks.syncRules();
    int reminders = tasks.sendReminders();
    return new ClubRun(sync, reminders);
  }
}
