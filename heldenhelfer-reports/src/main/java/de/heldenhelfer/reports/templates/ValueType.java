package de.heldenhelfer.reports.templates;

/** Type of a placeholder value; decides how it is printed and which suffixes it accepts. */
public enum ValueType {
  /** One line of text. */
  TEXT,
  /** Several lines; the line breaks are kept. */
  LONGTEXT,
  /**
   * A {@link java.time.LocalDate}: {@code 20.03.2026}, with {@code .long} "Freitag, 20. März 2026".
   */
  DATE,
  /** A {@link java.time.LocalTime}: {@code 19:30 Uhr}. */
  TIME,
  /**
   * A euro amount ({@link java.math.BigDecimal}): {@code 1.234,56 €}, with {@code .words} in words.
   */
  MONEY,
  /** An integer (Long or Integer), with {@code .words} in words. */
  NUMBER,
  /** A list of strings; one list item per entry, or joined with ", " inside a line. */
  LIST,
  /** A Boolean: {@code ja} / {@code nein}; {@code [if name]} shows its part when yes. */
  YESNO
}
