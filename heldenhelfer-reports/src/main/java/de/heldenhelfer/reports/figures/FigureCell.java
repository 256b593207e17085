package de.heldenhelfer.reports.figures;

/**
 * One entry of a statistics table: a count that is shown, or a suppressed entry without value.
 *
 * @param value the count; {@code null} exactly when the entry is suppressed
 * @param isSuppressed whether the entry is withheld (disclosure control); named like {@code
 *     PublishedCell.isSuppressed()} because a record accessor {@code suppressed()} would clash with
 *     the factory {@link #suppressed()}
 */
public record FigureCell(Long value, boolean isSuppressed) {
  /** What a suppressed entry shows instead of its value. */
  public static final String SYMBOL = "\u2022";

  private static final FigureCell SUPPRESSED = new FigureCell(null, true);

  /** Checks that a suppressed entry has no value and a shown entry has one. */
  public FigureCell {
    if (isSuppressed && value != null) {
      throw new IllegalArgumentException("a suppressed cell has no value");
    }
    if (!isSuppressed && value == null) {
      throw new IllegalArgumentException("a shown cell needs a value");
    }
  }

  /** A shown count. */
  public static FigureCell shown(long value) {
    return new FigureCell(value, false);
  }

  /** A suppressed entry. */
  public static FigureCell suppressed() {
    return SUPPRESSED;
  }

  /** The value without thousands separators, or {@link #SYMBOL} when suppressed. */
  public String text() {
    return isSuppressed ? SYMBOL : Long.toString(value);
  }
}
