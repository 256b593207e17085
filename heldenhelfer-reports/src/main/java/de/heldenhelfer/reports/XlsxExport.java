package de.heldenhelfer.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports a list as an Excel workbook (.xlsx) with one sheet.
 *
 * <p>Streaming: rows are written with POI's SXSSF and only a window of 100 rows is kept in memory;
 * the rest goes to a compressed temporary file that is deleted when the export ends. The header row
 * is bold and frozen and carries an auto-filter. Dates become real date cells ({@code dd.mm.yyyy};
 * dates before 1900, which Excel cannot store, become text), numbers numeric cells ({@link
 * BigDecimal}s keep their decimals in the cell format), everything else string cells. Text is never
 * written as a formula: text starting with {@code = + - @}, tab or CR is stored verbatim as a
 * string cell with the "quote prefix" style, so Excel keeps it as text even when the cell is
 * edited.
 */
public final class XlsxExport implements TableWriter {
  /** MIME type of .xlsx files. */
  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final int WINDOW_SIZE = 100;
  private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
  private static final int MAX_COLUMN_CHARS = 60;
  private static final double TWO_POW_53 = 9_007_199_254_740_992d;

  private final String sheetName;
  private final Locale locale;

  private XlsxExport(String sheetName, Locale locale) {
    this.sheetName = sheetName;
    this.locale = Texts.orDefault(locale);
  }

  /**
   * An export whose sheet is called {@code sheetName} (made safe: no {@code []*?/\:}, at most 31
   * characters; blank becomes "Tabelle1").
   */
  public static XlsxExport of(String sheetName) {
    return new XlsxExport(sheetName, Locale.GERMANY);
  }

  /** The same export with texts (yes/no, default sheet name) in {@code locale}. */
  public XlsxExport withLocale(Locale newLocale) {
    return new XlsxExport(sheetName, newLocale);
  }

  /** The sheet name that will actually be used. */
  public String safeSheetName() {
    return safeSheetName(sheetName, locale);
  }

  static String safeSheetName(String name, Locale locale) {
    if (name == null || name.isBlank()) {
      return Texts.format(locale, "xlsx.defaultSheetName");
    }
    String safe = WorkbookUtil.createSafeSheetName(name.strip(), '_').strip();
    if (safe.isEmpty()) {
      return Texts.format(locale, "xlsx.defaultSheetName");
    }
    // "History" is reserved by Excel
    return safe.equalsIgnoreCase("History") ? safe + "_" : safe;
  }

  @Override
  public <T> void write(List<Column<T>> columns, Iterator<? extends T> rows, OutputStream out)
      throws IOException {
    CellValues.requireColumns(columns);
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(out, "out");
    int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
    if (columns.size() > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
      throw new IllegalArgumentException("too many columns: " + columns.size());
    }
    // close() also disposes the temporary files of the sheets
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_SIZE)) {
      workbook.setCompressTempFiles(true);
      Styles styles = new Styles(workbook);
      SXSSFSheet sheet = workbook.createSheet(safeSheetName());
      int[] widths = new int[columns.size()];

      Row headerRow = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        String header = columns.get(c).header();
        writeText(headerRow.createCell(c), header, styles, styles.header);
        widths[c] = header.length();
      }
      sheet.createFreezePane(0, 1);

      int rowIndex = 0;
      while (rows.hasNext()) {
        T item = rows.next();
        if (++rowIndex >= maxRows) {
          throw new IllegalArgumentException("more rows than an xlsx sheet can hold: " + maxRows);
        }
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < columns.size(); c++) {
          Object value = columns.get(c).valueOf(item);
          if (value != null) {
            int length = writeValue(row.createCell(c), value, styles);
            widths[c] = Math.max(widths[c], length);
          }
        }
      }

      sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, columns.size() - 1));
      for (int c = 0; c < columns.size(); c++) {
        int chars = Math.min(MAX_COLUMN_CHARS, Math.max(8, widths[c] + 3));
        sheet.setColumnWidth(c, chars * 256);
      }
      workbook.write(out);
    }
    out.flush();
  }

  /** Writes one value; returns its approximate display length. */
  private int writeValue(Cell cell, Object value, Styles styles) {
    if (value instanceof LocalDate date && date.getYear() >= 1900) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
      return 10;
    }
    if (value instanceof LocalDateTime dateTime && dateTime.getYear() >= 1900) {
      cell.setCellValue(dateTime);
      cell.setCellStyle(styles.dateTime);
      return 16;
    }
    if (value instanceof Number number) {
      BigDecimal exact = CellValues.toBigDecimal(number);
      double d = number.doubleValue();
      if (exact != null && (exact.scale() > 0 || Math.abs(d) <= TWO_POW_53)) {
        cell.setCellValue(d);
        if (number instanceof BigDecimal decimal && decimal.scale() > 0) {
          // keep the caller's decimals, e.g. 24.50 shows as 24,50 in German Excel
          cell.setCellStyle(styles.decimal(decimal.scale()));
        }
        return CellValues.number(number, ',').length();
      }
      // NaN, infinite or an integer beyond double precision (e.g. a long id): keep it exact as text
      return writeText(cell, CellValues.number(number, ','), styles, null);
    }
    // text, booleans, other objects and dates before 1900 (Excel has no date cells for them)
    return writeText(cell, CellValues.text(value, locale), styles, null);
  }

  /** Writes a string cell (never a formula); returns the length written. */
  private static int writeText(Cell cell, String text, Styles styles, CellStyle style) {
    String value = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text;
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    } else if (CellValues.looksLikeFormula(value)) {
      cell.setCellStyle(styles.quotedText);
    }
    int newline = value.indexOf('\n');
    return newline < 0 ? value.length() : newline;
  }

  @Override
  public String contentType() {
    return CONTENT_TYPE;
  }

  @Override
  public String fileExtension() {
    return "xlsx";
  }

  /** Cell styles of one workbook. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle quotedText;
    private final SXSSFWorkbook workbook;
    private final java.util.Map<Integer, CellStyle> decimals = new java.util.HashMap<>();

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
      quotedText = workbook.createCellStyle();
      quotedText.setQuotePrefixed(true);
    }

    /** Number format with a fixed count of decimals (1 to 10). */
    CellStyle decimal(int scale) {
      int digits = Math.min(10, scale);
      return decimals.computeIfAbsent(
          digits,
          d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(d)));
            return style;
          });
    }
  }
}
