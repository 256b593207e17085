package de.heldenhelfer.paperwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the board enters for a task.
 *
 * @param recurrenceMonths 0 for once, 12 for yearly, 36 for every three years …
 * @param reminderDays days before the due date to remind; {@code null} = the club's default
 */
public record TaskDraft(
    String title,
    String description,
    TaskKind kind,
    LocalDate dueDate,
    Long responsibleMemberId,
    int recurrenceMonths,
    Integer reminderDays,
    List<String> steps) {

  public TaskDraft {
    steps = steps == null ? List.of() : steps.stream().filter(Objects::nonNull).toList();
  }
}
