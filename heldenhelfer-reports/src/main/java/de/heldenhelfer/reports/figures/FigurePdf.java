package de.heldenhelfer.reports.figures;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import de.heldenhelfer.reports.PdfSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes a {@link FigureReport} as a tagged PDF: title and subtitle, then per table a heading, the
 * caption, a horizontal bar chart of {@link FigureTable#chartValues()} and the table, and at the
 * end the section "Methode" ("Method"). The page is A4, landscape when a table has more than
 * {@value #PORTRAIT_MAX_COLUMNS} columns.
 *
 * <p>The chart is a vector drawing tagged as a figure whose alternative text lists the values; a
 * chart with more rows than fit on about half a page is drawn in parts to the same scale. In the
 * table, the column labels are column headers and the row labels row headers; totals are bold and
 * suppressed entries show "•" on a grey background (read out as "unterdrückt").
 */
public final class FigurePdf {
  /** MIME type of PDF files. */
  public static final String CONTENT_TYPE = "application/pdf";

  /** File extension without dot. */
  public static final String FILE_EXTENSION = "pdf";

  static final int PORTRAIT_MAX_COLUMNS = 8;

  private static final float TITLE_SIZE = 16f;
  private static final float HEADING_SIZE = 13f;
  private static final float SMALL_SIZE = 8.5f;
  private static final float CHART_PITCH = 13f;

  /** Smallest row height of the chart (font 6.3 pt); more rows go into further parts. */
  private static final float CHART_MIN_PITCH = 9f;

  private static final float CHART_FONT_SIZE = 8f;

  /** Share of the page's content height a chart may take at most. */
  private static final float CHART_MAX_SHARE = 0.6f;

  private static final Color HEADER_FILL = new DeviceGray(0.88f);
  private static final Color SUPPRESSED_FILL = new DeviceGray(0.93f);
  private static final Color BAR = new DeviceRgb(46, 94, 170);
  private static final Color AXIS = new DeviceGray(0.45f);

  private final PdfDocument pdf;
  private final PdfSupport.Fonts fonts;
  private final Locale locale;
  private final NumberFormat numbers;

  private FigurePdf(PdfDocument pdf, PdfSupport.Fonts fonts, Locale locale) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.locale = locale;
    this.numbers = NumberFormat.getIntegerInstance(locale);
  }

  /** Whether the report is printed in landscape: a table has more than 8 columns. */
  static boolean isLandscape(FigureReport report) {
    return report.tables().stream().anyMatch(t -> t.columnCount() > PORTRAIT_MAX_COLUMNS);
  }

  /** Writes {@code report} to {@code out}, which is flushed but not closed. */
  public static void write(FigureReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(report, "report");
    Locale locale = report.locale();
    PdfDocument pdf = PdfSupport.open(out, report.title(), locale);
    PageSize pageSize = isLandscape(report) ? PageSize.A4.rotate() : PageSize.A4;
    float side = 12 * PdfSupport.MM;
    float top = 12 * PdfSupport.MM;
    float bottom = 16 * PdfSupport.MM;
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(pdf, fonts.regular(), locale, report.title(), side);
    FigurePdf writer = new FigurePdf(pdf, fonts, locale);
    try (Document document = new Document(pdf, pageSize, true)) {
      document.setMargins(top, side, bottom, side);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE);

      document.add(PdfSupport.heading(report.title(), fonts.bold(), TITLE_SIZE, 1));
      if (!FigureTexts.isBlank(report.subtitle())) {
        document.add(new Paragraph(report.subtitle()).setFontSize(11f).setMarginTop(0));
      }

      float width = pageSize.getWidth() - 2 * side;
      float chartHeight = (pageSize.getHeight() - top - bottom) * CHART_MAX_SHARE;
      for (FigureTable table : report.tables()) {
        writer.addTable(document, table, width, chartHeight);
      }

      if (!report.method().isEmpty()) {
        String heading = FigureTexts.text(locale, "figures.method");
        document.add(
            PdfSupport.heading(heading, fonts.bold(), HEADING_SIZE, 2)
                .setMarginTop(10f)
                .setKeepWithNext(true));
        for (String paragraph : report.method()) {
          if (!FigureTexts.isBlank(paragraph)) {
            document.add(new Paragraph(paragraph).setMarginTop(0).setMarginBottom(5f));
          }
        }
      }
      footer.writeTotal();
    }
    out.flush();
  }

  private void addTable(Document document, FigureTable table, float width, float chartHeight) {
    document.add(
        PdfSupport.heading(table.title(), fonts.bold(), HEADING_SIZE, 2)
            .setMarginTop(10f)
            .setKeepWithNext(true));
    if (!FigureTexts.isBlank(table.caption())) {
      document.add(
          new Paragraph(table.caption())
              .setFontSize(SMALL_SIZE + 0.5f)
              .setMarginTop(0)
              .setKeepWithNext(true));
    }
    if (table.rowCount() > 0) {
      for (Image part : chart(table, width, chartHeight)) {
        document.add(part.setMarginBottom(6f));
      }
    }
    document.add(table(table));
    if (table.hasSuppressed()) {
      document.add(
          new Paragraph(FigureTexts.legend(locale)).setFontSize(SMALL_SIZE).setMarginTop(2f));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // chart

  /** Title of the chart, e.g. "Summe je Gemeinde". */
  String chartTitle(FigureTable table) {
    String values = table.chartValuesLabel(locale);
    return table.rowHeader().isBlank()
        ? values
        : FigureTexts.text(locale, "figures.chart.title", values, table.rowHeader());
  }

  /** The alternative text of rows {@code from} to {@code to} (exclusive) of the chart. */
  String chartAlt(FigureTable table, int from, int to, int part, int parts) {
    StringJoiner values = new StringJoiner("; ");
    List<FigureCell> cells = table.chartValues();
    for (int r = from; r < to; r++) {
      values.add(table.rowLabels().get(r) + ": " + spoken(cells.get(r)));
    }
    return FigureTexts.text(
        locale, "figures.chart.alt", chartTitle(table, part, parts), values.toString());
  }

  /** The chart title, with "(Teil 2 von 3)" when the chart is drawn in parts. */
  private String chartTitle(FigureTable table, int part, int parts) {
    String title = chartTitle(table);
    return parts == 1
        ? title
        : FigureTexts.text(
            locale, "figures.chart.part", title, String.valueOf(part), String.valueOf(parts));
  }

  /**
   * A horizontal bar chart: one bar per row with its label on the left and the value after the bar;
   * a suppressed value shows "•" and no bar. Drawn into form XObjects, each tagged as a figure with
   * the values as alternative text. Rows that do not fit into {@code maxHeight} at a readable size
   * go into further parts drawn to the same scale.
   */
  private List<Image> chart(FigureTable table, float width, float maxHeight) {
    List<FigureCell> values = table.chartValues();
    List<String> labels = table.rowLabels();
    int n = values.size();
    PdfFont regular = fonts.regular();

    float titleSize = SMALL_SIZE + 0.5f;
    float titleHeight = titleSize + 6f;
    float pitch = Math.min(CHART_PITCH, Math.max(CHART_MIN_PITCH, (maxHeight - titleHeight) / n));
    int rowsPerPart = Math.max(1, (int) ((maxHeight - titleHeight) / pitch));
    int parts = (n + rowsPerPart - 1) / rowsPerPart;
    float fontSize = Math.min(CHART_FONT_SIZE, pitch * 0.7f);

    long max = 0;
    for (FigureCell value : values) {
      if (!value.isSuppressed()) {
        max = Math.max(max, value.value());
      }
    }
    float maxLabelWidth = width * 0.3f;
    float labelWidth = 0;
    for (String label : labels) {
      labelWidth = Math.max(labelWidth, regular.getWidth(label, fontSize));
    }
    labelWidth = Math.min(labelWidth, maxLabelWidth) + 6f;
    float numberWidth =
        Math.max(
                regular.getWidth(format(max), fontSize),
                regular.getWidth(FigureCell.SYMBOL, fontSize))
            + 6f;
    Scale scale =
        new Scale(width, titleSize, titleHeight, pitch, fontSize, labelWidth, maxLabelWidth, max);
    float barArea = Math.max(10f, width - labelWidth - numberWidth);

    List<Image> images = new ArrayList<>(parts);
    for (int part = 1; part <= parts; part++) {
      int from = (part - 1) * rowsPerPart;
      int to = Math.min(n, from + rowsPerPart);
      PdfFormXObject drawing =
          drawChart(table, from, to, chartTitle(table, part, parts), scale, barArea);
      Image image = new Image(drawing);
      image
          .getAccessibilityProperties()
          .setAlternateDescription(chartAlt(table, from, to, part, parts));
      images.add(image);
    }
    return images;
  }

  /** Measures shared by all parts of one chart. */
  private record Scale(
      float width,
      float titleSize,
      float titleHeight,
      float pitch,
      float fontSize,
      float labelWidth,
      float maxLabelWidth,
      long max) {}

  private PdfFormXObject drawChart(
      FigureTable table, int from, int to, String title, Scale s, float barArea) {
    List<FigureCell> values = table.chartValues();
    List<String> labels = table.rowLabels();
    PdfFont regular = fonts.regular();
    PdfFont bold = fonts.bold();
    float fontSize = s.fontSize();
    float labelWidth = s.labelWidth();
    float barHeight = s.pitch() * 0.65f;
    float height = s.titleHeight() + (to - from) * s.pitch() + 2f;

    PdfFormXObject drawing = new PdfFormXObject(new Rectangle(0, 0, s.width(), height));
    PdfCanvas canvas = new PdfCanvas(drawing, pdf);
    text(
        canvas,
        bold,
        s.titleSize(),
        0,
        height - s.titleSize(),
        fit(title, bold, s.titleSize(), s.width()));
    for (int r = from; r < to; r++) {
      float rowTop = height - s.titleHeight() - (r - from) * s.pitch();
      float middle = rowTop - s.pitch() / 2;
      float baseline = middle - fontSize * 0.35f;
      text(
          canvas,
          regular,
          fontSize,
          0,
          baseline,
          fit(labels.get(r), regular, fontSize, s.maxLabelWidth()));
      FigureCell value = values.get(r);
      float x = labelWidth + 2f;
      if (value.isSuppressed()) {
        text(canvas, regular, fontSize, x, baseline, FigureCell.SYMBOL);
        continue;
      }
      float length = s.max() <= 0 ? 0 : barArea * Math.max(0, value.value()) / s.max();
      if (length > 0) {
        canvas
            .saveState()
            .setFillColor(BAR)
            .rectangle(labelWidth, middle - barHeight / 2, length, barHeight)
            .fill()
            .restoreState();
        x = labelWidth + length + 3f;
      }
      text(canvas, regular, fontSize, x, baseline, format(value.value()));
    }
    canvas
        .saveState()
        .setStrokeColor(AXIS)
        .setLineWidth(0.5f)
        .moveTo(labelWidth, 1f)
        .lineTo(labelWidth, height - s.titleHeight() + 1f)
        .stroke()
        .restoreState();
    canvas.release();
    return drawing;
  }

  private static void text(PdfCanvas canvas, PdfFont font, float size, float x, float y, String s) {
    if (!s.isEmpty()) {
      canvas.beginText().setFontAndSize(font, size).moveText(x, y).showText(s).endText();
    }
  }

  /** {@code text}, shortened with "…" to fit {@code width}. */
  private static String fit(String text, PdfFont font, float size, float width) {
    if (font.getWidth(text, size) <= width) {
      return text;
    }
    String shortened = text;
    while (!shortened.isEmpty() && font.getWidth(shortened + "…", size) > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened.strip() + "…";
  }

  // ---------------------------------------------------------------------------------------------
  // table

  private Table table(FigureTable figures) {
    int columns = 1 + figures.columnCount() + (figures.hasTotalColumn() ? 1 : 0);
    float[] widths = new float[columns];
    Arrays.fill(widths, 1f);
    widths[0] = 2.5f;
    Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
    table.setFontSize(columns > 10 ? 8f : 9f);

    table.addHeaderCell(
        PdfSupport.headerCell(figures.rowHeader(), fonts.bold(), true)
            .setBackgroundColor(HEADER_FILL));
    for (String label : figures.columnLabels()) {
      table.addHeaderCell(numberHeader(label));
    }
    if (figures.hasTotalColumn()) {
      table.addHeaderCell(numberHeader(figures.totalLabel(locale)));
    }

    for (int r = 0; r < figures.rowCount(); r++) {
      table.addCell(rowHeader(figures.rowLabels().get(r), fonts.regular()));
      for (FigureCell cell : figures.cells().get(r)) {
        table.addCell(number(cell, false));
      }
      if (figures.hasTotalColumn()) {
        table.addCell(number(figures.rowTotal(r), true));
      }
    }
    if (figures.hasTotalRow()) {
      table.addCell(rowHeader(figures.totalLabel(locale), fonts.bold()));
      for (int c = 0; c < figures.columnCount(); c++) {
        table.addCell(number(figures.columnTotal(c), true));
      }
      if (figures.hasTotalColumn()) {
        table.addCell(number(figures.grandTotal(), true));
      }
    }
    return table;
  }

  private Cell numberHeader(String label) {
    return PdfSupport.headerCell(label, fonts.bold(), true)
        .setBackgroundColor(HEADER_FILL)
        .setTextAlignment(TextAlignment.RIGHT);
  }

  private static Cell rowHeader(String label, PdfFont font) {
    return PdfSupport.headerCell(label, font, false).setPaddingTop(1.5f).setPaddingBottom(1.5f);
  }

  /** A right-aligned entry; an empty cell for a missing total. */
  private Cell number(FigureCell figure, boolean total) {
    Cell cell =
        new Cell().setTextAlignment(TextAlignment.RIGHT).setPaddingTop(1.5f).setPaddingBottom(1.5f);
    if (figure == null) {
      return cell;
    }
    Paragraph text =
        new Paragraph(figure.isSuppressed() ? FigureCell.SYMBOL : format(figure.value()));
    if (total) {
      text.setFont(fonts.bold());
    }
    if (figure.isSuppressed()) {
      // screen readers say "unterdrückt" instead of "bullet"
      text.getAccessibilityProperties().setActualText(spoken(figure));
      cell.setBackgroundColor(SUPPRESSED_FILL);
    }
    return cell.add(text);
  }

  private String format(long value) {
    return numbers.format(value);
  }

  /** The value as read out: the number, or "unterdrückt". */
  private String spoken(FigureCell cell) {
    return cell.isSuppressed()
        ? FigureTexts.text(locale, "figures.suppressed")
        : format(cell.value());
  }
}
