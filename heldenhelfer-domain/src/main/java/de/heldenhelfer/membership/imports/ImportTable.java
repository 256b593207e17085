package de.heldenhelfer.membership.imports;

import de.heldenhelfer.reports.ReportMessage;
import de.heldenhelfer.reports.SheetRow;
import de.heldenhelfer.reports.SpreadsheetData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded member list after the header row was found: real lists often carry a title, the
 * club's name or a date in the rows above the header. The header is the row among the first {@value
 * #HEADER_SEARCH_ROWS} non-empty rows in which most cells are known column names (at least two);
 * without such a row the first non-empty row is the header. Rows above the header are ignored,
 * empty rows were already skipped by the reader.
 *
 * @param fileName the uploaded file's name
 * @param headerRowNumber row number of the header as Excel shows it
 * @param header column names
 * @param rows the data rows below the header
 * @param warnings notes of the reader (encoding, formulas, other sheets)
 */
public record ImportTable(
    String fileName,
    int headerRowNumber,
    List<String> header,
    List<SheetRow> rows,
    List<ReportMessage> warnings)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many rows from the top are considered as header. */
  public static final int HEADER_SEARCH_ROWS = 20;

  public ImportTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  /** Finds the header in what the reader read (whose first non-empty row may be a title). */
  public static ImportTable of(String fileName, SpreadsheetData data) {
    List<SheetRow> all = new ArrayList<>(data.rows().size() + 1);
    all.add(new SheetRow(data.headerRowNumber(), new ArrayList<Object>(data.header())));
    all.addAll(data.rows());
    int headerIndex = headerIndex(all);
    SheetRow headerRow = all.get(headerIndex);
    List<String> header = new ArrayList<>();
    for (int i = 0; i < headerRow.values().size(); i++) {
      header.add(headerRow.text(i).strip());
    }
    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header.remove(header.size() - 1);
    }
    return new ImportTable(
        fileName,
        headerRow.rowNumber(),
        header,
        all.subList(headerIndex + 1, all.size()),
        data.warnings());
  }

  /** Index in {@code rows} of the header row (see the class description). */
  static int headerIndex(List<SheetRow> rows) {
    int best = 0;
    int bestScore = 1;
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
      SheetRow row = rows.get(r);
      int known = 0;
      for (int i = 0; i < row.values().size(); i++) {
        Object v = row.value(i);
        if (v instanceof String s && ImportField.suggest(s) != null) {
          known++;
        }
      }
      if (known > bestScore) {
        best = r;
        bestScore = known;
      }
    }
    return best;
  }

  /** The header of column {@code index} or "Spalte N" for unnamed columns. */
  public String columnName(int index) {
    String h = index < header.size() ? header.get(index) : "";
    return h.isEmpty() ? "Spalte " + columnLetters(index) : h;
  }

  /** Number of columns: the header's or the widest row's, whichever is larger. */
  public int columnCount() {
    int n = header.size();
    for (SheetRow r : rows) {
      n = Math.max(n, lastNonNull(r) + 1);
    }
    return n;
  }

  private static int lastNonNull(SheetRow r) {
    for (int i = r.values().size() - 1; i >= 0; i--) {
      if (r.value(i) != null) {
        return i;
      }
    }
    return -1;
  }

  /** A, B, …, Z, AA, … */
  static String columnLetters(int index) {
    StringBuilder b = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      b.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return b.toString();
  }
}
