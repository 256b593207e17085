package de.heldenhelfer.reports.figures;

import de.heldenhelfer.reports.CsvExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes one {@link FigureTable} as CSV for German Excel, like {@link CsvExport#excel()}: UTF-8
 * with byte order mark, semicolon as separator, CRLF line ends, quoting after RFC 4180 and an
 * apostrophe before labels that look like formulas.
 *
 * <p>Lines: the header (row header, column labels and the total label when there is a total
 * column), one line per row, the total row when there is one, and last the caption so that it
 * travels with the data (without caption, the legend of {@link FigureCell#SYMBOL} when an entry is
 * suppressed). Counts have no thousands separators; suppressed entries are "•".
 */
public final class FigureCsv {
  /** MIME type of the CSV export. */
  public static final String CONTENT_TYPE = CsvExport.CONTENT_TYPE;

  /** File extension without dot. */
  public static final String FILE_EXTENSION = "csv";

  private static final char SEPARATOR = ';';

  private FigureCsv() {}

  /**
   * Writes {@code table} to {@code out}, which is flushed but not closed.
   *
   * @param locale language of the default total label and the legend; {@code null} means German
   */
  public static void write(FigureTable table, OutputStream out, Locale locale) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    // not closed: closing would close the caller's stream
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\uFEFF');

    List<String> header = new ArrayList<>();
    header.add(text(table.rowHeader()));
    table.columnLabels().forEach(label -> header.add(text(label)));
    if (table.hasTotalColumn()) {
      header.add(text(table.totalLabel(locale)));
    }
    line(writer, header);

    for (int r = 0; r < table.rowCount(); r++) {
      List<String> fields = new ArrayList<>();
      fields.add(text(table.rowLabels().get(r)));
      table.cells().get(r).forEach(cell -> fields.add(value(cell)));
      if (table.hasTotalColumn()) {
        fields.add(value(table.rowTotal(r)));
      }
      line(writer, fields);
    }

    if (table.hasTotalRow()) {
      List<String> fields = new ArrayList<>();
      fields.add(text(table.totalLabel(locale)));
      for (int c = 0; c < table.columnCount(); c++) {
        fields.add(value(table.columnTotal(c)));
      }
      if (table.hasTotalColumn()) {
        fields.add(value(table.grandTotal()));
      }
      line(writer, fields);
    }

    if (!FigureTexts.isBlank(table.caption())) {
      line(writer, List.of(text(table.caption())));
    } else if (table.hasSuppressed()) {
      line(writer, List.of(text(FigureTexts.legend(locale))));
    }
    writer.flush();
  }

  private static void line(Writer writer, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(SEPARATOR);
      }
      writer.write(fields.get(i));
    }
    writer.write("\r\n");
  }

  /** A count, "•" or an empty field for a missing total. */
  private static String value(FigureCell cell) {
    return cell == null ? "" : cell.text();
  }

  /**
   * A text field: an apostrophe before text that looks like a formula; quoted when it contains the
   * separator, a quote, CR or LF.
   */
  static String text(String value) {
    String v = value == null ? "" : value;
    if (FigureTexts.looksLikeFormula(v)) {
      v = "'" + v;
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char ch = v.charAt(i);
      quote = ch == SEPARATOR || ch == '"' || ch == '\r' || ch == '\n';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
