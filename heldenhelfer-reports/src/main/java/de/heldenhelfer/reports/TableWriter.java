package de.heldenhelfer.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a list (columns plus rows streamed from an iterator) as a document. Implementations never
 * hold all rows in memory, so lists of 10,000 and more rows are fine. The output stream is flushed
 * but not closed.
 *
 * <p>Implementations: {@link XlsxExport}, {@link CsvExport}, {@link PdfTable}.
 */
public interface TableWriter {

  /**
   * Writes the header and one line per row.
   *
   * @param columns the columns in display order (at least one)
   * @param rows the rows, consumed once
   * @param out target; flushed, not closed
   */
  <T> void write(List<Column<T>> columns, Iterator<? extends T> rows, OutputStream out)
      throws IOException;

  /** Like {@link #write(List, Iterator, OutputStream)}; closes {@code rows} when done. */
  default <T> void write(List<Column<T>> columns, Stream<? extends T> rows, OutputStream out)
      throws IOException {
    try (rows) {
      write(columns, rows.iterator(), out);
    }
  }

  /** MIME type for the HTTP response, e.g. {@code text/csv; charset=UTF-8}. */
  String contentType();

  /** File name extension without dot, e.g. {@code xlsx}. */
  String fileExtension();
}
