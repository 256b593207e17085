package de.heldenhelfer.reports;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The content of an imported spreadsheet: the header (the first non-empty row) and the data rows
 * below it (empty rows are skipped, row numbers are kept).
 *
 * @param format the file format that was read
 * @param headerRowNumber row number of the header (usually 1)
 * @param header header texts; empty header cells are {@code ""}
 * @param rows data rows in file order
 * @param warnings notes for the user that do not stop the import (encoding, formulas, sheets)
 * @param csvDialect encoding and separator of a CSV file, {@code null} for .xlsx
 */
public record SpreadsheetData(
    Format format,
    int headerRowNumber,
    List<String> header,
    List<SheetRow> rows,
    List<ReportMessage> warnings,
    CsvDialect csvDialect) {

  /** The supported import formats. */
  public enum Format {
    /** Excel 2007+ workbook. */
    XLSX,
    /** Comma-, semicolon- or tab-separated text. */
    CSV
  }

  /**
   * What was detected in a CSV file.
   *
   * @param charset the encoding used to read the file
   * @param separator the separator: {@code ';'}, {@code ','} or tab
   */
  public record CsvDialect(Charset charset, char separator) {}

  /** Copies the lists. */
  public SpreadsheetData {
    Objects.requireNonNull(format, "format");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  /**
   * Index of the first header equal to {@code name}, ignoring case and surrounding blanks, or -1.
   */
  public int columnIndex(String name) {
    if (name == null) {
      return -1;
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** The header of column {@code index}, or {@code ""} beyond the header. */
  public String headerAt(int index) {
    return index >= 0 && index < header.size() ? header.get(index) : "";
  }
}
