package de.heldenhelfer.reports.figures;

import de.heldenhelfer.reports.XlsxExport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link FigureReport} as an Excel workbook (.xlsx): one sheet per table and a last sheet
 * "Methode" ("Method") with title, subtitle and the method paragraphs.
 *
 * <p>A table sheet holds the table title, the report subtitle, the caption, the header row
 * (frozen), one row per table row with numeric cells and, in bold, the total column and row. A
 * suppressed entry is the text "•" on a grey fill, never a number, and a legend line under the
 * table says what "•" means. Sheet names are made safe and unique (at most 31 characters).
 */
public final class FigureWorkbook {
  /** MIME type of .xlsx files. */
  public static final String CONTENT_TYPE = XlsxExport.CONTENT_TYPE;

  /** File extension without dot. */
  public static final String FILE_EXTENSION = "xlsx";

  static final int MAX_SHEET_NAME = 31;
  private static final int MAX_COLUMN_CHARS = 60;
  private static final int METHOD_COLUMN_CHARS = 100;
  private static final double TWO_POW_53 = 9_007_199_254_740_992d;

  private FigureWorkbook() {}

  /** Writes {@code report} to {@code out}, which is flushed but not closed. */
  public static void write(FigureReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    Locale locale = report.locale();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getProperties().getCoreProperties().setTitle(report.title());
      workbook.getProperties().getCoreProperties().setCreator("Heldenhelfer");
      Styles styles = new Styles(workbook);
      Set<String> used = new HashSet<>();
      String methodName = FigureTexts.text(locale, "figures.method");
      used.add(methodName.toLowerCase(Locale.ROOT));
      for (FigureTable table : report.tables()) {
        Sheet sheet = workbook.createSheet(uniqueSheetName(table.title(), locale, used));
        writeTable(sheet, table, report, styles);
      }
      writeMethod(workbook.createSheet(methodName), report, styles);
      workbook.write(out);
    }
    out.flush();
  }

  /**
   * A safe sheet name for {@code title} that is not yet in {@code used} (lower case; Excel compares
   * sheet names without case); the name is added to {@code used}.
   */
  static String uniqueSheetName(String title, Locale locale, Set<String> used) {
    String base = XlsxExport.of(title).withLocale(locale).safeSheetName();
    String name = base;
    for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())).strip();
      name += suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static void writeTable(
      Sheet sheet, FigureTable table, FigureReport report, Styles styles) {
    Locale locale = report.locale();
    int columns = 1 + table.columnCount() + (table.hasTotalColumn() ? 1 : 0);
    int[] widths = new int[columns];

    int r = 0;
    text(sheet.createRow(r++).createCell(0), table.title(), styles.title, styles);
    if (!FigureTexts.isBlank(report.subtitle())) {
      text(sheet.createRow(r++).createCell(0), report.subtitle(), null, styles);
    }
    if (!FigureTexts.isBlank(table.caption())) {
      text(sheet.createRow(r++).createCell(0), table.caption(), styles.note, styles);
    }
    r++;

    int headerIndex = r;
    Row header = sheet.createRow(r++);
    widths[0] = text(header.createCell(0), table.rowHeader(), styles.header, styles);
    for (int c = 0; c < table.columnCount(); c++) {
      String label = table.columnLabels().get(c);
      widths[c + 1] = text(header.createCell(c + 1), label, styles.headerNumber, styles);
    }
    if (table.hasTotalColumn()) {
      widths[columns - 1] =
          text(
              header.createCell(columns - 1),
              table.totalLabel(locale),
              styles.headerNumber,
              styles);
    }
    sheet.createFreezePane(1, headerIndex + 1);

    for (int i = 0; i < table.rowCount(); i++) {
      Row row = sheet.createRow(r++);
      widths[0] =
          Math.max(widths[0], text(row.createCell(0), table.rowLabels().get(i), null, styles));
      List<FigureCell> cells = table.cells().get(i);
      for (int c = 0; c < cells.size(); c++) {
        widths[c + 1] = Math.max(widths[c + 1], value(row, c + 1, cells.get(c), false, styles));
      }
      if (table.hasTotalColumn()) {
        widths[columns - 1] =
            Math.max(widths[columns - 1], value(row, columns - 1, table.rowTotal(i), true, styles));
      }
    }

    if (table.hasTotalRow()) {
      Row row = sheet.createRow(r++);
      String label = table.totalLabel(locale);
      widths[0] = Math.max(widths[0], text(row.createCell(0), label, styles.bold, styles));
      for (int c = 0; c < table.columnCount(); c++) {
        widths[c + 1] =
            Math.max(widths[c + 1], value(row, c + 1, table.columnTotal(c), true, styles));
      }
      if (table.hasTotalColumn()) {
        widths[columns - 1] =
            Math.max(
                widths[columns - 1], value(row, columns - 1, table.grandTotal(), true, styles));
      }
    }

    if (table.hasSuppressed()) {
      r++;
      text(sheet.createRow(r).createCell(0), FigureTexts.legend(locale), styles.note, styles);
    }

    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, Math.max(8, widths[c] + 3)) * 256);
    }
  }

  private static void writeMethod(Sheet sheet, FigureReport report, Styles styles) {
    int r = 0;
    text(sheet.createRow(r++).createCell(0), report.title(), styles.title, styles);
    if (!FigureTexts.isBlank(report.subtitle())) {
      text(sheet.createRow(r++).createCell(0), report.subtitle(), null, styles);
    }
    r++;
    for (String paragraph : report.method()) {
      if (paragraph != null && !paragraph.isBlank()) {
        text(sheet.createRow(r++).createCell(0), paragraph, styles.wrapped, styles);
      }
    }
    r++;
    text(
        sheet.createRow(r).createCell(0), FigureTexts.legend(report.locale()), styles.note, styles);
    sheet.setColumnWidth(0, METHOD_COLUMN_CHARS * 256);
  }

  /** Writes an entry; a missing total leaves the cell out. Returns the display length. */
  private static int value(Row row, int column, FigureCell figure, boolean total, Styles styles) {
    if (figure == null) {
      return 0;
    }
    Cell cell = row.createCell(column);
    if (figure.isSuppressed()) {
      cell.setCellValue(FigureCell.SYMBOL);
      cell.setCellStyle(total ? styles.suppressedBold : styles.suppressed);
      return 1;
    }
    long value = figure.value();
    if (Math.abs((double) value) <= TWO_POW_53) {
      cell.setCellValue(value);
    } else {
      // beyond double precision: keep it exact as text
      cell.setCellValue(Long.toString(value));
    }
    cell.setCellStyle(total ? styles.numberBold : styles.number);
    return Long.toString(value).length();
  }

  /** Writes a string cell (never a formula); returns the length written. */
  private static int text(Cell cell, String text, CellStyle style, Styles styles) {
    String value = text == null ? "" : text;
    cell.setCellValue(value);
    if (FigureTexts.looksLikeFormula(value)) {
      cell.setCellStyle(styles.quoted(style));
    } else if (style != null) {
      cell.setCellStyle(style);
    }
    int newline = value.indexOf('\n');
    return newline < 0 ? value.length() : newline;
  }

  /** Cell styles of one workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle note;
    final CellStyle wrapped;
    final CellStyle header;
    final CellStyle headerNumber;
    final CellStyle bold;
    final CellStyle number;
    final CellStyle numberBold;
    final CellStyle suppressed;
    final CellStyle suppressedBold;
    private final XSSFWorkbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 14);
      Font noteFont = workbook.createFont();
      noteFont.setItalic(true);

      title = workbook.createCellStyle();
      title.setFont(titleFont);
      note = workbook.createCellStyle();
      note.setFont(noteFont);
      wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      header = workbook.createCellStyle();
      header.setFont(boldFont);
      header.setBorderBottom(BorderStyle.THIN);
      headerNumber = workbook.createCellStyle();
      headerNumber.cloneStyleFrom(header);
      headerNumber.setAlignment(HorizontalAlignment.RIGHT);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      number = workbook.createCellStyle();
      number.setDataFormat(workbook.createDataFormat().getFormat("0"));
      numberBold = workbook.createCellStyle();
      numberBold.cloneStyleFrom(number);
      numberBold.setFont(boldFont);
      suppressed = workbook.createCellStyle();
      suppressed.setAlignment(HorizontalAlignment.RIGHT);
      suppressed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      suppressed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      suppressedBold = workbook.createCellStyle();
      suppressedBold.cloneStyleFrom(suppressed);
      suppressedBold.setFont(boldFont);
    }

    /** {@code base} (or the default style) with the quote prefix that keeps text from formulas. */
    CellStyle quoted(CellStyle base) {
      return quoted.computeIfAbsent(
          base == null ? workbook.getCellStyleAt(0) : base,
          b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
          });
    }
  }
}
