package de.heldenhelfer.membership;

import de.heldenhelfer.shared.Messages;
import java.util.Locale;

/** A function (Amt) in the club, held for a term of office. */
public enum FunctionKind {
  /** Vorsitz. */
  CHAIR(true),
  /** Stellvertretender Vorsitz. */
  VICE_CHAIR(true),
  /** Kasse (Schatzmeister/in). */
  TREASURER(true),
  /** Schriftführung. */
  SECRETARY(true),
  /** Jugendleitung. */
  YOUTH_LEAD(true),
  /** Abteilungsleitung. */
  DEPARTMENT_LEAD(false),
  /** Trainer/in, Übungsleitung (also conductor, instructor). */
  TRAINER(false),
  /** Kassenprüfung. */
  AUDITOR(false),
  /** Beisitz. */
  ASSESSOR(true),
  /** Any other function; its title says which. */
  OTHER(false);

  private final boolean board;

  FunctionKind(boolean board) {
    this.board = board;
  }

  /** Whether the function belongs to the board (Vorstand) as clubs usually define it. */
  public boolean isBoard() {
    return board;
  }

  /** Whether the holder usually works with children and youth (Führungszeugnis). */
  public boolean worksWithMinors() {
    return this == TRAINER || this == YOUTH_LEAD;
  }

  public String label(Locale locale) {
    return Messages.get(locale, "functionKind." + name());
  }
}
