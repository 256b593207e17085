package de.heldenhelfer.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One data row of an imported spreadsheet.
 *
 * <p>Values are {@code null} (empty cell), {@code String} (stripped, never empty), and from .xlsx
 * files also {@link java.math.BigDecimal}, {@link java.time.LocalDate} (date-formatted cells),
 * {@link java.time.LocalDateTime}, {@link java.time.LocalTime} or {@link Boolean}. CSV cells are
 * always strings; use {@link CellParsers} to convert them.
 *
 * @param rowNumber row number as the user sees it in Excel (1-based, the first line of the file is
 *     row 1)
 * @param values cell values from column A on; may be shorter than the header
 */
public record SheetRow(int rowNumber, List<Object> values) {

  /** Copies the values (which may contain {@code null}). */
  public SheetRow {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** The value in column {@code index} (0-based), {@code null} when empty or beyond the row. */
  public Object value(int index) {
    return index >= 0 && index < values.size() ? values.get(index) : null;
  }

  /**
   * The value in column {@code index} as text: dates as {@code dd.MM.yyyy}, numbers without
   * grouping and with decimal comma, booleans as "ja"/"nein", empty cells as {@code ""}.
   */
  public String text(int index) {
    return CellValues.text(value(index), Locale.GERMANY);
  }
}
