package de.heldenhelfer.membership;

import de.heldenhelfer.membership.MemberImportService.ImportReport;
import de.heldenhelfer.membership.MemberImportService.Phase;
import de.heldenhelfer.membership.imports.ColumnMapping;
import de.heldenhelfer.membership.imports.ImportTable;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.EachClub;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link MemberImportService#apply} in the background so that the page can show real progress
 * (ADR 0007). The job runs on the container's managed executor through {@link EachClub#runIn}: in a
 * request context of its own, as the person who started it and in their club, so that tenancy and
 * the permission check of {@code apply} hold exactly as in a request. The import itself stays one
 * transaction. A job is seen only by the person who started it, in the same club; anyone else gets
 * "not found". Finished jobs are forgotten after {@link #KEEP}.
 */
@ApplicationScoped
public class MemberImportJobs {
  private static final Logger LOG = Logger.getLogger(MemberImportJobs.class.getName());

  /** How long a finished job's result stays available. */
  static final Duration KEEP = Duration.ofMinutes(30);

  @Inject MemberImportService imports;
  @Inject EachClub eachClub;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  @Resource ManagedExecutorService executor;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** Where a job stands; {@code report} is set when it succeeded, {@code failure} when not. */
  public record Status(
      Phase phase,
      int done,
      int total,
      boolean finished,
      ImportReport report,
      DomainException failure)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Starts storing {@code table}; returns the job's id for {@link #status}. */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  public String start(ImportTable table, ColumnMapping mapping) {
    long clubId = tenant.requireClubId();
    Principal who = actor.require();
    forgetOld();
    Job job = new Job(clubId, who.personId(), table.rows().size());
    jobs.put(job.id, job);
    executor.execute(() -> job.run(clubId, who, table, mapping));
    return job.id;
  }

  /** Where the job stands; jobs of other people or clubs are not found. */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  public Status status(String jobId) {
    Job job = jobId == null ? null : jobs.get(jobId);
    if (job == null
        || job.clubId != tenant.requireClubId()
        || job.personId != actor.require().personId()) {
      throw new NotFoundException();
    }
    return job.status();
  }

  private void forgetOld() {
    LocalDateTime limit = LocalDateTime.now(MemberService.ZONE).minus(KEEP);
    jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
  }

  private final class Job implements MemberImportService.Progress {
    final String id = UUID.randomUUID().toString();
    final long clubId;
    final long personId;
    volatile Phase phase = Phase.CHECKING;
    volatile int done;
    volatile int total;
    volatile ImportReport report;
    volatile DomainException failure;
    volatile LocalDateTime finishedAt;

    Job(long clubId, long personId, int total) {
      this.clubId = clubId;
      this.personId = personId;
      this.total = total;
    }

    @Override
    public void rows(Phase phase, int done, int total) {
      this.phase = phase;
      this.done = done;
      this.total = total;
    }

    void run(long club, Principal who, ImportTable table, ColumnMapping mapping) {
      try {
        report = eachClub.runIn(club, who, () -> imports.apply(table, mapping, this));
      } catch (DomainException e) {
        failure = e;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "member import in club " + club + " failed", e);
        failure = new RuleViolationException(null, "import.failed");
      } finally {
        finishedAt = LocalDateTime.now(MemberService.ZONE);
      }
    }

    Status status() {
      // read the result first: finishedAt is written last
      boolean finished = finishedAt != null;
      return new Status(phase, done, total, finished, report, failure);
    }
  }

  /** Ids of the running jobs (for tests and the operator). */
  List<String> running() {
    return jobs.values().stream().filter(j -> j.finishedAt == null).map(j -> j.id).toList();
  }
}
