package de.heldenhelfer.paperwork;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.LegalForm;
import de.heldenhelfer.membership.FunctionKind;
import de.heldenhelfer.membership.Member;
import de.heldenhelfer.membership.MemberFunction;
import de.heldenhelfer.membership.MemberQualification;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.membership.MemberStatus;
import de.heldenhelfer.platform.mail.Mailer;
import de.heldenhelfer.platform.mail.OutgoingMail;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.shared.EmailAddresses;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The board's tasks and deadlines: the dashboard, the task list, editing with optimistic locking,
 * completing (recurring tasks open their next occurrence), the deadline rules turned into tasks
 * ({@link DeadlineRules}) and e-mail reminders to the responsible person.
 */
@ApplicationScoped
public class TaskService {
  private static final Logger LOG = Logger.getLogger(TaskService.class.getName());

  /** Who rule-made tasks are created and dropped by. */
  static final String RULE_ACTOR = "Heldenhelfer";

  /** Board functions that change the Vorstand nach § 26 BGB as most statutes define it. */
  private static final Set<FunctionKind> REGISTER_FUNCTIONS =
      EnumSet.of(
          FunctionKind.CHAIR,
          FunctionKind.VICE_CHAIR,
          FunctionKind.TREASURER,
          FunctionKind.SECRETARY);

  /** How many rows each dashboard list shows at most. */
  public static final int DASHBOARD_ROWS = 50;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject Mailer mailer;

  /** One row of a task list, with the responsible member's name and the checklist progress. */
  public record TaskRow(
      long id,
      String title,
      TaskKind kind,
      LocalDate dueDate,
      TaskStatus status,
      String responsible,
      String templateCode,
      LocalDate completedOn,
      boolean overdue) {}

  /** The board dashboard. */
  public record Dashboard(
      List<TaskRow> overdue,
      List<TaskRow> dueThisMonth,
      List<TaskRow> upcoming,
      List<TaskRow> doneRecently,
      long overdueCount,
      long pendingCount,
      boolean donationReceiptsAllowed,
      LocalDate nextGeneralMeeting) {}

  /** What a rule sync did. */
  public record SyncResult(int created, int updated, int dropped) {}

  /** Which tasks a list shows. */
  public enum Filter {
    PENDING,
    OVERDUE,
    MINE,
    DONE,
    ALL
  }

  /** A member who can be made responsible: holders of open functions. */
  public record Candidate(long memberId, String name, String function) {}

  /** The dashboard of the current club on {@code today}. */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public Dashboard dashboard() {
    LocalDate today = today();
    LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
    List<ClubTask> pending =
        em.createQuery(
                "SELECT t FROM ClubTask t LEFT JOIN FETCH t.responsible"
                    + " WHERE t.status IN :pending AND t.dueDate <= :until"
                    + " ORDER BY t.dueDate, t.id",
                ClubTask.class)
            .setParameter("pending", pendingStatuses())
            .setParameter("until", today.plusDays(60))
            .setMaxResults(3 * DASHBOARD_ROWS)
            .getResultList();
    List<TaskRow> overdue = new ArrayList<>();
    List<TaskRow> month = new ArrayList<>();
    List<TaskRow> upcoming = new ArrayList<>();
    for (ClubTask t : pending) {
      TaskRow row = row(t, today);
      if (t.dueDate().isBefore(today)) {
        add(overdue, row);
      } else if (!t.dueDate().isAfter(monthEnd)) {
        add(month, row);
      } else {
        add(upcoming, row);
      }
    }
    List<TaskRow> done =
        em
            .createQuery(
                "SELECT t FROM ClubTask t LEFT JOIN FETCH t.responsible"
                    + " WHERE t.status = :done AND t.completedOn >= :since"
                    + " ORDER BY t.completedOn DESC, t.id DESC",
                ClubTask.class)
            .setParameter("done", TaskStatus.DONE)
            .setParameter("since", today.minusDays(30))
            .setMaxResults(10)
            .getResultList()
            .stream()
            .map(t -> row(t, today))
            .toList();
    Object[] counts =
        em.createQuery(
                "SELECT SUM(CASE WHEN t.dueDate < :today THEN 1 ELSE 0 END), COUNT(t)"
                    + " FROM ClubTask t WHERE t.status IN :pending",
                Object[].class)
            .setParameter("today", today)
            .setParameter("pending", pendingStatuses())
            .getSingleResult();
    Club club = club();
    return new Dashboard(
        overdue,
        month,
        upcoming,
        done,
        counts[0] == null ? 0 : ((Number) counts[0]).longValue(),
        counts[1] == null ? 0 : ((Number) counts[1]).longValue(),
        club.mayIssueDonationReceipts(today),
        club.paperwork().nextGeneralMeeting());
  }

  /** A filtered task list, by due date (done tasks: most recently completed first). */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public List<TaskRow> list(Filter filter, TaskKind kind) {
    LocalDate today = today();
    StringBuilder jpql =
        new StringBuilder("SELECT t FROM ClubTask t LEFT JOIN FETCH t.responsible r WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    switch (filter == null ? Filter.PENDING : filter) {
      case PENDING -> {
        jpql.append(" AND t.status IN :pending");
        params.put("pending", pendingStatuses());
      }
      case OVERDUE -> {
        jpql.append(" AND t.status IN :pending AND t.dueDate < :today");
        params.put("pending", pendingStatuses());
        params.put("today", today);
      }
      case MINE -> {
        jpql.append(" AND t.status IN :pending AND r.personId = :person");
        params.put("pending", pendingStatuses());
        params.put("person", actor.require().personId());
      }
      case DONE -> {
        jpql.append(" AND t.status IN :closed");
        params.put("closed", List.of(TaskStatus.DONE, TaskStatus.CANCELLED));
      }
      case ALL -> {}
    }
    if (kind != null) {
      jpql.append(" AND t.kind = :kind");
      params.put("kind", kind);
    }
    jpql.append(
        filter == Filter.DONE
            ? " ORDER BY t.completedOn DESC, t.id DESC"
            : " ORDER BY t.dueDate, t.id");
    var q = em.createQuery(jpql.toString(), ClubTask.class).setMaxResults(500);
    params.forEach(q::setParameter);
    return q.getResultList().stream().map(t -> row(t, today)).toList();
  }

  /** One task of the current club; another club's id is not found. */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public ClubTask find(long id) {
    ClubTask t = em.find(ClubTask.class, id);
    if (t == null) {
      throw new NotFoundException();
    }
    t.steps().size();
    if (t.responsible() != null) {
      t.responsible().fullName();
    }
    return t;
  }

  /** The members who hold an open function (the usual responsible people). */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public List<Candidate> candidates() {
    LocalDate today = today();
    List<MemberFunction> functions =
        em.createQuery(
                "SELECT f FROM MemberFunction f JOIN FETCH f.member m"
                    + " WHERE (f.termEnd IS NULL OR f.termEnd > :today) AND m.status <> :left"
                    + " ORDER BY m.lastName, m.firstName",
                MemberFunction.class)
            .setParameter("today", today)
            .setParameter("left", MemberStatus.LEFT)
            .getResultList();
    Map<Long, Candidate> byMember = new java.util.LinkedHashMap<>();
    for (MemberFunction f : functions) {
      Member m = f.member();
      String label = f.title() != null ? f.title() : f.kind().label(Locale.GERMANY);
      byMember.merge(
          m.id(),
          new Candidate(m.id(), m.fullName(), label),
          (a, b) -> new Candidate(a.memberId(), a.name(), a.function() + ", " + b.function()));
    }
    return List.copyOf(byMember.values());
  }

  /** Creates a task the board writes itself. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public ClubTask create(TaskDraft draft) {
    ClubTask t = ClubTask.manual(draft, responsible(draft), actorName(), now());
    em.persist(t);
    flush();
    return t;
  }

  /** Changes a task; refuses when somebody saved it since {@code expectedVersion}. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public ClubTask update(long id, long expectedVersion, TaskDraft draft) {
    ClubTask t = load(id, expectedVersion);
    t.apply(draft, responsible(draft));
    flush();
    return t;
  }

  /** Marks the task done; a recurring task opens its next occurrence, which is returned. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public ClubTask complete(long id, long expectedVersion) {
    ClubTask t = load(id, expectedVersion);
    ClubTask next = t.complete(actorName(), today(), now());
    if (next != null) {
      em.persist(next);
    }
    flush();
    return next;
  }

  /** Sets a task in progress, drops it or reopens it. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public void changeStatus(long id, long expectedVersion, TaskStatus status) {
    ClubTask t = load(id, expectedVersion);
    t.changeStatus(status);
    flush();
  }

  /** Ticks or unticks a checklist step. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public ClubTask markStep(long id, long expectedVersion, long stepId, boolean done) {
    ClubTask t = load(id, expectedVersion);
    t.markStep(stepId, done);
    // a step change counts as a change of the task, so that two editors notice each other
    em.lock(t, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    flush();
    return t;
  }

  /** Deletes a task the board wrote; rule-made tasks can only be dropped. */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public void delete(long id, long expectedVersion) {
    ClubTask t = load(id, expectedVersion);
    if (t.ruleKey() != null) {
      throw new RuleViolationException("status", "task.ruleTask.delete");
    }
    em.remove(t);
    flush();
  }

  /**
   * Plans the next general meeting on {@code date} and applies the rules at once, so that the
   * invitation deadline and the meeting appear as tasks with their templates.
   */
  @RequiresPermission(Permission.TASK_WRITE)
  @Transactional
  public SyncResult planGeneralMeeting(LocalDate date) {
    club().planGeneralMeeting(date, today());
    return syncRules();
  }

  /**
   * Applies the deadline rules to the current club: creates the tasks they ask for, moves open ones
   * whose data changed, and drops open rule tasks the data no longer asks for.
   */
  @RequiresPermission({Permission.TASK_WRITE, Permission.TASK_AUTOMATION})
  @Transactional
  public SyncResult syncRules() {
    LocalDate today = today();
    List<TaskProposal> proposals = DeadlineRules.proposals(facts(today), today);
    Map<String, TaskProposal> byKey = new java.util.LinkedHashMap<>();
    proposals.forEach(p -> byKey.putIfAbsent(p.ruleKey(), p));
    List<ClubTask> existing =
        em.createQuery(
                "SELECT t FROM ClubTask t WHERE t.ruleKey IS NOT NULL AND (t.ruleKey IN :keys"
                    + " OR (t.status IN :pending AND t.dueDate >= :since))",
                ClubTask.class)
            .setParameter("keys", byKey.isEmpty() ? List.of("-") : List.copyOf(byKey.keySet()))
            .setParameter("pending", pendingStatuses())
            .setParameter("since", today.minusDays(DeadlineRules.LOOKBACK_DAYS))
            .getResultList();
    Map<String, ClubTask> existingByKey =
        existing.stream().collect(Collectors.toMap(ClubTask::ruleKey, t -> t, (a, b) -> a));
    int created = 0;
    int updated = 0;
    int dropped = 0;
    LocalDateTime now = now();
    for (TaskProposal p : byKey.values()) {
      ClubTask t = existingByKey.get(p.ruleKey());
      if (t == null) {
        em.persist(ClubTask.fromRule(p, now));
        created++;
      } else if (t.refreshFrom(p)) {
        updated++;
      }
    }
    for (ClubTask t : existing) {
      if (!byKey.containsKey(t.ruleKey()) && t.status().isPending()) {
        t.dropByRule(today);
        dropped++;
      }
    }
    flush();
    return new SyncResult(created, updated, dropped);
  }

  /**
   * Sends the reminders due today in the current club to the responsible members (their e-mail in
   * the member data) and marks them sent. Returns how many were sent; a refused mail is logged and
   * tried again the next day.
   */
  @RequiresPermission(Permission.TASK_AUTOMATION)
  @Transactional
  public int sendReminders() {
    LocalDate today = today();
    Club club = club();
    int defaultDays = club.paperwork().reminderDays();
    List<ClubTask> candidates =
        em.createQuery(
                "SELECT t FROM ClubTask t JOIN FETCH t.responsible r WHERE t.status IN :pending"
                    + " AND t.reminderSentOn IS NULL AND t.dueDate <= :until",
                ClubTask.class)
            .setParameter("pending", pendingStatuses())
            .setParameter("until", today.plusDays(ClubTask.MAX_REMINDER_DAYS))
            .getResultList();
    int sent = 0;
    for (ClubTask t : candidates) {
      Member m = t.responsible();
      if (!t.reminderDue(today, defaultDays)
          || m.email() == null
          || !EmailAddresses.isValid(m.email())) {
        continue;
      }
      try {
        mailer.send(reminderMail(t, m, club));
        t.reminded(today);
        sent++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "reminder for task " + t.id() + " not sent", e);
      }
    }
    return sent;
  }

  private OutgoingMail reminderMail(ClubTask t, Member m, Club club) {
    Locale de = Locale.GERMANY;
    String due = GermanDates.format(t.dueDate());
    String link = Config.appUrl() + "/app/task.xhtml?id=" + t.id();
    String subject = Messages.get(de, "task.reminder.subject", t.title(), due);
    String text =
        Messages.get(
            de,
            "task.reminder.text",
            m.fullName(),
            club.name(),
            due,
            t.title(),
            t.description() == null ? "" : t.description(),
            link);
    return new OutgoingMail(List.of(m.email()), club.email(), subject, text, null);
  }

  /** The club data the rules read, in four queries. */
  ClubFacts facts(LocalDate today) {
    Club club = club();
    var settings = club.paperwork();
    LocalDate from = today.minusDays(DeadlineRules.LOOKBACK_DAYS);
    LocalDate to = today.plusDays(DeadlineRules.HORIZON_DAYS);
    List<MemberFunction> functions =
        em.createQuery(
                "SELECT f FROM MemberFunction f JOIN FETCH f.member m WHERE f.kind IN :kinds"
                    + " AND m.status <> :left AND ((f.termEnd BETWEEN :from AND :to)"
                    + " OR (f.termStart BETWEEN :recent AND :today))",
                MemberFunction.class)
            .setParameter("kinds", boardKinds())
            .setParameter("left", MemberStatus.LEFT)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("recent", today.minusDays(60))
            .setParameter("today", today)
            .getResultList();
    List<ClubFacts.BoardTerm> terms =
        functions.stream()
            .map(
                f ->
                    new ClubFacts.BoardTerm(
                        f.id(),
                        f.member().id(),
                        f.member().fullName(),
                        f.title() != null ? f.title() : f.kind().label(Locale.GERMANY),
                        REGISTER_FUNCTIONS.contains(f.kind()),
                        f.termStart(),
                        f.termEnd()))
            .toList();
    LocalDate certFrom = from.minusYears(DeadlineRules.RECORD_CHECK_YEARS);
    LocalDate certTo =
        today
            .plusDays(DeadlineRules.RENEWAL_HORIZON_DAYS)
            .minusYears(DeadlineRules.RECORD_CHECK_YEARS);
    List<ClubFacts.RecordCheck> checks =
        em
            .createQuery(
                "SELECT m FROM Member m WHERE m.recordCheckCertificateDate BETWEEN :from AND :to"
                    + " AND m.status <> :left AND (m.youthWorkEnd IS NULL OR m.youthWorkEnd > :today)",
                Member.class)
            .setParameter("from", certFrom)
            .setParameter("to", certTo)
            .setParameter("left", MemberStatus.LEFT)
            .setParameter("today", today)
            .getResultList()
            .stream()
            .map(
                m ->
                    new ClubFacts.RecordCheck(m.id(), m.fullName(), m.recordCheckCertificateDate()))
            .toList();
    List<ClubFacts.Expiry> expiries =
        em
            .createQuery(
                "SELECT q FROM MemberQualification q JOIN FETCH q.member m"
                    + " WHERE q.expiresOn BETWEEN :from AND :to AND m.status <> :left",
                MemberQualification.class)
            .setParameter("from", from)
            .setParameter("to", today.plusDays(DeadlineRules.RENEWAL_HORIZON_DAYS))
            .setParameter("left", MemberStatus.LEFT)
            .getResultList()
            .stream()
            .map(
                q ->
                    new ClubFacts.Expiry(
                        q.id(),
                        q.member().id(),
                        q.member().fullName(),
                        q.displayName(Locale.GERMANY),
                        q.expiresOn()))
            .toList();
    return new ClubFacts(
        club.kind() == ClubKind.SPORT,
        club.legalForm() == LegalForm.EV,
        settings.exemptionNoticeDate(),
        settings.meetingIntervalMonths(),
        settings.invitationPeriodDays(),
        settings.lastGeneralMeeting(),
        settings.nextGeneralMeeting(),
        terms,
        checks,
        expiries);
  }

  private static List<FunctionKind> boardKinds() {
    return java.util.Arrays.stream(FunctionKind.values()).filter(FunctionKind::isBoard).toList();
  }

  private Member responsible(TaskDraft draft) {
    if (draft.responsibleMemberId() == null) {
      return null;
    }
    Member m = em.find(Member.class, draft.responsibleMemberId());
    if (m == null) {
      throw new RuleViolationException("responsible", "task.responsible.unknown");
    }
    return m;
  }

  private ClubTask load(long id, long expectedVersion) {
    ClubTask t = em.find(ClubTask.class, id);
    if (t == null) {
      throw new NotFoundException();
    }
    if (t.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    return t;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    }
  }

  private static void add(List<TaskRow> list, TaskRow row) {
    if (list.size() < DASHBOARD_ROWS) {
      list.add(row);
    }
  }

  private static TaskRow row(ClubTask t, LocalDate today) {
    return new TaskRow(
        t.id(),
        t.title(),
        t.kind(),
        t.dueDate(),
        t.status(),
        t.responsible() == null ? null : t.responsible().fullName(),
        t.templateCode(),
        t.completedOn(),
        t.isOverdue(today));
  }

  private Club club() {
    Club c = em.find(Club.class, tenant.requireClubId());
    if (c == null) {
      throw new NotFoundException();
    }
    return c;
  }

  private static List<TaskStatus> pendingStatuses() {
    return List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);
  }

  private String actorName() {
    return actor.require().displayName();
  }

  private static LocalDate today() {
    return LocalDate.now(MemberService.ZONE);
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MemberService.ZONE);
  }
}
