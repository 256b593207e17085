package de.heldenhelfer.statistics.disclosure;

/**
 * One published entry: either a value ({@link Suppression#NONE}) or suppressed with the reason. A
 * suppressed cell carries no value at all, so the true count cannot leak through this object.
 *
 * @param value the shown count, {@code null} when suppressed
 * @param suppression the reason, {@link Suppression#NONE} when shown
 */
public record PublishedCell(Long value, Suppression suppression) {
  /** Symbol rendered for every suppressed cell (the reason is deliberately not rendered). */
  public static final String SYMBOL = "•";

  public PublishedCell {
    if (suppression == null) {
      throw new IllegalArgumentException("suppression is required");
    }
    if ((suppression == Suppression.NONE) != (value != null)) {
      throw new IllegalArgumentException("a cell is either shown with a value or suppressed");
    }
  }

  public static PublishedCell shown(long value) {
    return new PublishedCell(value, Suppression.NONE);
  }

  public static PublishedCell suppressed(Suppression reason) {
    return new PublishedCell(null, reason);
  }

  public boolean isSuppressed() {
    return suppression != Suppression.NONE;
  }

  @Override
  public String toString() {
    return isSuppressed() ? SYMBOL : Long.toString(value);
  }
}
