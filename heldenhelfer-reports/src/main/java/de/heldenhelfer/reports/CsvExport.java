package de.heldenhelfer.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Exports a list as CSV for German Excel: UTF-8 with byte order mark, semicolon as separator, CRLF
 * line ends, quoting after RFC 4180, dates as {@code dd.MM.yyyy}, numbers with decimal comma and
 * booleans as "ja"/"nein".
 *
 * <p>CSV injection (OWASP): a text cell starting with {@code = + - @}, tab or CR is prefixed with a
 * single apostrophe so that spreadsheet programs never evaluate it. This also applies to harmless
 * texts such as phone numbers ("+49 931 …" becomes "'+49 931 …"); the xlsx export keeps them
 * unchanged. Numbers from {@link Number} values are rendered by this class and cannot contain a
 * formula, so negative numbers stay numbers. {@link SpreadsheetReader} removes the apostrophe again
 * on import.
 */
public final class CsvExport implements TableWriter {
  /** MIME type of the CSV export. */
  public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

  private final char separator;
  private final Locale locale;

  private CsvExport(char separator, Locale locale) {
    this.separator = separator;
    this.locale = Texts.orDefault(locale);
  }

  /** The export German Excel opens with a double click (semicolon, UTF-8 with BOM). */
  public static CsvExport excel() {
    return new CsvExport(';', Locale.GERMANY);
  }

  /** The same export with another separator: {@code ';'}, {@code ','} or tab. */
  public CsvExport withSeparator(char newSeparator) {
    if (newSeparator != ';' && newSeparator != ',' && newSeparator != '\t') {
      throw new IllegalArgumentException("separator must be ; , or tab");
    }
    return new CsvExport(newSeparator, locale);
  }

  /** The same export with yes/no texts in {@code locale}. */
  public CsvExport withLocale(Locale newLocale) {
    return new CsvExport(separator, newLocale);
  }

  @Override
  public <T> void write(List<Column<T>> columns, Iterator<? extends T> rows, OutputStream out)
      throws IOException {
    CellValues.requireColumns(columns);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(out, "out");
    // not closed: closing would close the caller's stream
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    for (int c = 0; c < columns.size(); c++) {
      if (c > 0) {
        writer.write(separator);
      }
      writer.write(field(columns.get(c).header(), true));
    }
    writer.write("\r\n");
    while (rows.hasNext()) {
      T row = rows.next();
      for (int c = 0; c < columns.size(); c++) {
        if (c > 0) {
          writer.write(separator);
        }
        Object value = columns.get(c).valueOf(row);
        writer.write(field(CellValues.text(value, locale), !(value instanceof Number)));
      }
      writer.write("\r\n");
    }
    writer.flush();
  }

  /**
   * One field: text that looks like a formula gets an apostrophe; fields with separator, quote, CR
   * or LF are quoted with inner quotes doubled.
   */
  String field(String value, boolean isText) {
    String v = isText && CellValues.looksLikeFormula(value) ? "'" + value : value;
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char ch = v.charAt(i);
      quote = ch == separator || ch == '"' || ch == '\r' || ch == '\n';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  @Override
  public String contentType() {
    return CONTENT_TYPE;
  }

  @Override
  public String fileExtension() {
    return "csv";
  }
}
