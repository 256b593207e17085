package de.heldenhelfer.paperwork;

import de.heldenhelfer.membership.Member;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A task of the club's board: due date, responsible member, checklist, status and recurrence.
 * Rule-made tasks carry the {@code ruleKey} of their rule occurrence and the template that goes
 * with them. Completing a recurring task opens the next occurrence. Club-private.
 */
@Entity
@Table(name = "club_task")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class ClubTask {
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_STEPS = 30;
  static final int MAX_RECURRENCE_MONTHS = 120;
  static final int MAX_REMINDER_DAYS = 90;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private TaskKind kind;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "responsible_member_id")
  private Member responsible;

  @Enumerated(EnumType.STRING)
  private TaskStatus status = TaskStatus.OPEN;

  @Column(name = "recurrence_months")
  private int recurrenceMonths;

  @Column(name = "rule_key")
  private String ruleKey;

  @Column(name = "template_code")
  private String templateCode;

  @Column(name = "reminder_days")
  private Integer reminderDays;

  @Column(name = "reminder_sent_on")
  private LocalDate reminderSentOn;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<TaskStep> steps = new ArrayList<>();

  protected ClubTask() {}

  /** A task the board writes itself. */
  static ClubTask manual(TaskDraft draft, Member responsible, String by, LocalDateTime now) {
    ClubTask t = new ClubTask();
    t.createdAt = now;
    t.createdBy = by;
    t.apply(draft, responsible);
    return t;
  }

  /** A task a deadline rule asks for. */
  static ClubTask fromRule(TaskProposal p, LocalDateTime now) {
    ClubTask t = new ClubTask();
    t.createdAt = now;
    t.createdBy = "Heldenhelfer";
    t.ruleKey = p.ruleKey();
    t.kind = p.kind();
    t.title = truncate(p.title(), MAX_TITLE);
    t.description = truncate(p.description(), MAX_DESCRIPTION);
    t.dueDate = p.dueDate();
    t.templateCode = p.templateCode();
    t.replaceSteps(p.steps());
    return t;
  }

  /** Changes title, description, kind, due date, responsible, recurrence, reminder and steps. */
  void apply(TaskDraft d, Member responsible) {
    String t = d.title() == null ? "" : d.title().strip();
    if (t.isEmpty()) {
      throw new RuleViolationException("title", "task.title.required");
    }
    if (t.length() > MAX_TITLE) {
      throw new RuleViolationException("title", "task.title.tooLong", MAX_TITLE);
    }
    String desc = d.description() == null ? null : d.description().strip();
    if (desc != null && desc.length() > MAX_DESCRIPTION) {
      throw new RuleViolationException("description", "task.description.tooLong", MAX_DESCRIPTION);
    }
    if (d.dueDate() == null) {
      throw new RuleViolationException("dueDate", "task.due.required");
    }
    if (d.recurrenceMonths() < 0 || d.recurrenceMonths() > MAX_RECURRENCE_MONTHS) {
      throw new RuleViolationException("recurrenceMonths", "task.recurrence.invalid");
    }
    if (d.reminderDays() != null
        && (d.reminderDays() < 0 || d.reminderDays() > MAX_REMINDER_DAYS)) {
      throw new RuleViolationException("reminderDays", "task.reminder.invalid", MAX_REMINDER_DAYS);
    }
    List<String> stepTexts = new ArrayList<>();
    for (String s : d.steps()) {
      if (s != null && !s.isBlank()) {
        String st = s.strip();
        if (st.length() > TaskStep.MAX_TEXT) {
          throw new RuleViolationException("steps", "task.step.tooLong", TaskStep.MAX_TEXT);
        }
        stepTexts.add(st);
      }
    }
    if (stepTexts.size() > MAX_STEPS) {
      throw new RuleViolationException("steps", "task.steps.tooMany", MAX_STEPS);
    }
    this.title = t;
    this.description = desc == null || desc.isEmpty() ? null : desc;
    this.kind = d.kind() == null ? TaskKind.OTHER : d.kind();
    if (!Objects.equals(this.dueDate, d.dueDate())) {
      this.reminderSentOn = null;
    }
    this.dueDate = d.dueDate();
    this.responsible = responsible;
    this.recurrenceMonths = d.recurrenceMonths();
    this.reminderDays = d.reminderDays();
    syncSteps(stepTexts);
  }

  /**
   * While open, a rule may move the due date and rewrite its texts (the club data changed). A task
   * the rules dropped earlier opens again when its occurrence is asked for again.
   */
  boolean refreshFrom(TaskProposal p) {
    boolean changed = false;
    if (status == TaskStatus.CANCELLED && TaskService.RULE_ACTOR.equals(completedBy)) {
      changeStatus(TaskStatus.OPEN);
      changed = true;
    }
    if (!status.isPending()) {
      return false;
    }
    if (!p.dueDate().equals(dueDate)) {
      dueDate = p.dueDate();
      reminderSentOn = null;
      changed = true;
    }
    String t = truncate(p.title(), MAX_TITLE);
    if (!t.equals(title)) {
      title = t;
      changed = true;
    }
    return changed;
  }

  /** Marks the task done; a recurring task returns its next occurrence (else {@code null}). */
  ClubTask complete(String by, LocalDate today, LocalDateTime now) {
    if (!status.isPending()) {
      throw new RuleViolationException("status", "task.notPending");
    }
    status = TaskStatus.DONE;
    completedOn = today;
    completedBy = by;
    if (recurrenceMonths == 0) {
      return null;
    }
    ClubTask next = new ClubTask();
    next.createdAt = now;
    next.createdBy = by;
    next.title = title;
    next.description = description;
    next.kind = kind;
    next.dueDate = dueDate.plusMonths(recurrenceMonths);
    next.responsible = responsible;
    next.recurrenceMonths = recurrenceMonths;
    next.reminderDays = reminderDays;
    next.templateCode = templateCode;
    next.replaceSteps(steps.stream().map(TaskStep::text).toList());
    return next;
  }

  /** The club data no longer asks for this rule task (e.g. a licence was renewed). */
  void dropByRule(LocalDate today) {
    status = TaskStatus.CANCELLED;
    completedOn = today;
    completedBy = TaskService.RULE_ACTOR;
  }

  /** Sets the status directly (in progress, cancelled, reopened). */
  void changeStatus(TaskStatus to) {
    if (to == TaskStatus.DONE) {
      throw new IllegalArgumentException("use complete()");
    }
    if (to.isPending()) {
      completedOn = null;
      completedBy = null;
    }
    status = to;
  }

  /** Ticks or unticks one checklist step. */
  void markStep(long stepId, boolean done) {
    steps.stream()
        .filter(s -> s.id() != null && s.id() == stepId)
        .findFirst()
        .orElseThrow(() -> new RuleViolationException("steps", "task.step.unknown"))
        .mark(done);
  }

  /** Whether a reminder is due on {@code today}: pending, not yet reminded, within the lead. */
  boolean reminderDue(LocalDate today, int clubDefaultDays) {
    int days = reminderDays == null ? clubDefaultDays : reminderDays;
    return status.isPending() && reminderSentOn == null && !today.isBefore(dueDate.minusDays(days));
  }

  void reminded(LocalDate today) {
    this.reminderSentOn = today;
  }

  private void syncSteps(List<String> texts) {
    // keep ticked steps whose text is unchanged; rebuild positions
    List<TaskStep> kept = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      TaskStep existing =
          steps.stream()
              .filter(s -> s.text().equals(text) && !kept.contains(s))
              .findFirst()
              .orElse(null);
      if (existing == null) {
        existing = new TaskStep(this, i, text);
      } else {
        existing.moveTo(i);
      }
      kept.add(existing);
    }
    steps.retainAll(kept);
    for (TaskStep s : kept) {
      if (!steps.contains(s)) {
        steps.add(s);
      }
    }
    steps.sort(java.util.Comparator.comparingInt(TaskStep::position));
  }

  private void replaceSteps(List<String> texts) {
    steps.clear();
    for (int i = 0; i < texts.size(); i++) {
      steps.add(new TaskStep(this, i, truncate(texts.get(i), TaskStep.MAX_TEXT)));
    }
  }

  private static String truncate(String s, int max) {
    if (s == null) {
      return null;
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Overdue on {@code today}: pending and due before it. */
  public boolean isOverdue(LocalDate today) {
    return status.isPending() && dueDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public TaskKind kind() {
    return kind;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Member responsible() {
    return responsible;
  }

  public TaskStatus status() {
    return status;
  }

  public int recurrenceMonths() {
    return recurrenceMonths;
  }

  public String ruleKey() {
    return ruleKey;
  }

  public String templateCode() {
    return templateCode;
  }

  public Integer reminderDays() {
    return reminderDays;
  }

  public LocalDate reminderSentOn() {
    return reminderSentOn;
  }

  public LocalDate completedOn() {
    return completedOn;
  }

  public String completedBy() {
    return completedBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public List<TaskStep> steps() {
    return Collections.unmodifiableList(steps);
  }
}
