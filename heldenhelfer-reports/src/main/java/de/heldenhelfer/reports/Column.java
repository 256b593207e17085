package de.heldenhelfer.reports;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported list.
 *
 * <p>The value function may return {@code String}, any {@link Number}, {@link java.time.LocalDate},
 * {@link java.time.LocalDateTime}, {@link Boolean} or {@code null}; other objects are exported with
 * {@code toString()}. Dates are written as {@code dd.MM.yyyy}, booleans as "ja"/"nein" (English
 * "yes"/"no").
 *
 * @param key technical key of the column (stable, e.g. for saved column choices)
 * @param header header text shown to the user, given by the caller (German)
 * @param value extracts the cell value from a row
 * @param relativeWidth relative width used by PDF and as a hint elsewhere; 1 is normal
 * @param <T> type of the rows
 */
public record Column<T>(
    String key, String header, Function<? super T, ?> value, float relativeWidth) {

  /** Validates the column. */
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
    if (!(relativeWidth > 0) || Float.isInfinite(relativeWidth)) {
      throw new IllegalArgumentException("relativeWidth must be positive: " + relativeWidth);
    }
  }

  /** A column of normal width. */
  public static <T> Column<T> of(String key, String header, Function<? super T, ?> value) {
    return new Column<>(key, header, value, 1f);
  }

  /** The same column with another relative width (e.g. 2 for a long name, 0.5 for a number). */
  public Column<T> withWidth(float width) {
    return new Column<>(key, header, value, width);
  }

  /** The value of this column for {@code row}. */
  public Object valueOf(T row) {
    return value.apply(row);
  }
}
