package de.heldenhelfer.paperwork;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** Where a task stands. */
public enum TaskStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  /** No longer needed (cancelled by the board, or the club data behind a rule changed). */
  CANCELLED;

  /** Open or in progress: still to be done. */
  public boolean isPending() {
    return this == OPEN || this == IN_PROGRESS;
  }

  public String label(Locale locale) {
    return Messages.get(locale, "taskStatus." + name());
  }
}
