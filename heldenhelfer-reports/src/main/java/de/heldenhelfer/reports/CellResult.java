package de.heldenhelfer.reports;

import java.util.Optional;

/**
 * Result of converting one cell: a value, nothing (empty cell) or an error, never an exception.
 *
 * @param value converted value; {@code null} for an empty cell or an error
 * @param error the error, {@code null} when the cell was valid or empty
 * @param <T> type of the value
 */
public record CellResult<T>(T value, CellError error) {

  /** Checks that value and error are not both set. */
  public CellResult {
    if (value != null && error != null) {
      throw new IllegalArgumentException("a result has either a value or an error");
    }
  }

  /** A converted value. */
  public static <T> CellResult<T> ok(T value) {
    return new CellResult<>(value, null);
  }

  /** An empty cell. */
  public static <T> CellResult<T> empty() {
    return new CellResult<>(null, null);
  }

  /** A cell that could not be converted. */
  public static <T> CellResult<T> failed(CellError error) {
    return new CellResult<>(null, java.util.Objects.requireNonNull(error, "error"));
  }

  /** Whether the cell was valid or empty. */
  public boolean isValid() {
    return error == null;
  }

  /** Whether the cell was empty (and therefore valid). */
  public boolean isEmpty() {
    return value == null && error == null;
  }

  /** The value, if any. */
  public Optional<T> optionalValue() {
    return Optional.ofNullable(value);
  }
}
