package de.heldenhelfer.web.pages;

import de.heldenhelfer.paperwork.ClubTask;
import de.heldenhelfer.paperwork.TaskDraft;
import de.heldenhelfer.paperwork.TaskKind;
import de.heldenhelfer.paperwork.TaskStep;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The fields of the task form (new task and edit), shared by the task pages. */
public class TaskForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The recurrences offered, in months (0 = once). */
  public static final List<Integer> RECURRENCES = List.of(0, 1, 3, 6, 12, 24, 36, 60);

  private String title;
  private String description;
  private TaskKind kind = TaskKind.OTHER;
  private LocalDate dueDate;
  private Long responsible;
  private int recurrenceMonths;
  private Integer reminderDays;
  private String steps;

  /** The form filled from a task. */
  static TaskForm of(ClubTask t) {
    TaskForm f = new TaskForm();
    f.title = t.title();
    f.description = t.description();
    f.kind = t.kind();
    f.dueDate = t.dueDate();
    f.responsible = t.responsible() == null ? null : t.responsible().id();
    f.recurrenceMonths = t.recurrenceMonths();
    f.reminderDays = t.reminderDays();
    f.steps = String.join("\n", t.steps().stream().map(TaskStep::text).toList());
    return f;
  }

  TaskDraft draft() {
    List<String> lines = steps == null ? List.of() : Arrays.asList(steps.split("\\R"));
    return new TaskDraft(
        title, description, kind, dueDate, responsible, recurrenceMonths, reminderDays, lines);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public TaskKind getKind() {
    return kind;
  }

  public void setKind(TaskKind kind) {
    this.kind = kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public Long getResponsible() {
    return responsible;
  }

  public void setResponsible(Long responsible) {
    this.responsible = responsible;
  }

  public int getRecurrenceMonths() {
    return recurrenceMonths;
  }

  public void setRecurrenceMonths(int recurrenceMonths) {
    this.recurrenceMonths = recurrenceMonths;
  }

  public Integer getReminderDays() {
    return reminderDays;
  }

  public void setReminderDays(Integer reminderDays) {
    this.reminderDays = reminderDays;
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }
}
