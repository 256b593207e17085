package de.heldenhelfer.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the rows of an import: normalises values, takes the first non-empty row as header, skips
 * empty rows and enforces the row limit.
 */
final class TableCollector {
  private final String fileName;
  private final int maxRows;
  private final List<SheetRow> rows = new ArrayList<>();
  private List<String> header;
  private int headerRowNumber;

  TableCollector(String fileName, int maxRows) {
    this.fileName = fileName;
    this.maxRows = maxRows;
  }

  /** Adds a row; {@code values} may be modified. */
  void row(int rowNumber, List<Object> values) throws ReportInputException {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof String s) {
        String stripped = strip(s);
        values.set(i, stripped.isEmpty() ? null : stripped);
      }
    }
    int size = values.size();
    while (size > 0 && values.get(size - 1) == null) {
      size--;
    }
    if (size == 0) {
      return;
    }
    List<Object> trimmed = values.subList(0, size);
    if (header == null) {
      header = new ArrayList<>(size);
      for (Object v : trimmed) {
        header.add(CellValues.text(v, Locale.GERMANY));
      }
      headerRowNumber = rowNumber;
      return;
    }
    if (rows.size() >= maxRows) {
      throw new ReportInputException(
          ReportMessage.of("import.error.tooManyRows", fileName, String.valueOf(maxRows)));
    }
    rows.add(new SheetRow(rowNumber, trimmed));
  }

  SpreadsheetData result(
      SpreadsheetData.Format format,
      List<ReportMessage> warnings,
      SpreadsheetData.CsvDialect dialect)
      throws ReportInputException {
    if (header == null) {
      throw new ReportInputException(ReportMessage.of("import.error.empty", fileName));
    }
    return new SpreadsheetData(format, headerRowNumber, header, rows, warnings, dialect);
  }

  /** Strips whitespace including no-break spaces and stray byte order marks. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\uFEFF';
  }
}
