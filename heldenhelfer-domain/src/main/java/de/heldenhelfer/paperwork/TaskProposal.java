package de.heldenhelfer.paperwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A task a deadline rule asks for. {@code ruleKey} identifies the occurrence (rule and the data it
 * came from), so that syncing creates each task once per club and updates it while it is open.
 */
public record TaskProposal(
    String ruleKey,
    TaskKind kind,
    String title,
    String description,
    LocalDate dueDate,
    String templateCode,
    Long responsibleMemberId,
    List<String> steps) {

  public TaskProposal {
    steps = List.copyOf(steps);
  }
}
