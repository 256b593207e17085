package de.heldenhelfer.reports;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Exports a list as a tagged PDF: title, subtitle (club name and date), optional note (e.g. the
 * active filter), a table whose header row repeats on every page, and "Seite x von y" in the
 * footer. The page is A4 landscape when there are more than {@value #PORTRAIT_MAX_COLUMNS} columns
 * (or their relative widths add up to more than that), otherwise portrait.
 *
 * <p>The table is written as an iText "large table" and flushed every {@value #FLUSH_EVERY} rows,
 * so long lists do not pile up in memory.
 */
public final class PdfTable implements TableWriter {
  /** MIME type of PDF files. */
  public static final String CONTENT_TYPE = "application/pdf";

  static final int PORTRAIT_MAX_COLUMNS = 6;
  static final int FLUSH_EVERY = 50;

  /** Page orientation. */
  public enum Orientation {
    /** Landscape when there are many columns, otherwise portrait. */
    AUTO,
    /** Always A4 portrait. */
    PORTRAIT,
    /** Always A4 landscape. */
    LANDSCAPE
  }

  private final String title;
  private final String clubName;
  private final LocalDate asOf;
  private final String note;
  private final Orientation orientation;
  private final Locale locale;

  private PdfTable(
      String title,
      String clubName,
      LocalDate asOf,
      String note,
      Orientation orientation,
      Locale locale) {
    this.title = Objects.requireNonNull(title, "title");
    this.clubName = clubName;
    this.asOf = asOf;
    this.note = note;
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    this.locale = Texts.orDefault(locale);
  }

  /**
   * A list titled {@code title} with the subtitle "{@code clubName} · Stand: {@code asOf}".
   *
   * @param title e.g. "Mitgliederliste"
   * @param clubName name of the club, may be {@code null}
   * @param asOf date of the data, may be {@code null}
   */
  public static PdfTable of(String title, String clubName, LocalDate asOf) {
    return new PdfTable(title, clubName, asOf, null, Orientation.AUTO, Locale.GERMANY);
  }

  /** The same list with an extra line under the subtitle, e.g. the filter that was applied. */
  public PdfTable withNote(String newNote) {
    return new PdfTable(title, clubName, asOf, newNote, orientation, locale);
  }

  /** The same list with a fixed orientation. */
  public PdfTable withOrientation(Orientation newOrientation) {
    return new PdfTable(title, clubName, asOf, note, newOrientation, locale);
  }

  /** The same list with texts (page numbers, yes/no, document language) in {@code locale}. */
  public PdfTable withLocale(Locale newLocale) {
    return new PdfTable(title, clubName, asOf, note, orientation, newLocale);
  }

  /** Whether a table with these columns is printed in landscape. */
  public boolean isLandscape(List<? extends Column<?>> columns) {
    return switch (orientation) {
      case PORTRAIT -> false;
      case LANDSCAPE -> true;
      case AUTO ->
          columns.size() > PORTRAIT_MAX_COLUMNS
              || columns.stream().mapToDouble(Column::relativeWidth).sum() > PORTRAIT_MAX_COLUMNS;
    };
  }

  String subtitle() {
    String club = clubName == null ? "" : clubName.strip();
    if (asOf == null) {
      return club;
    }
    return Texts.format(locale, "pdf.subtitle", club, CellValues.DATE.format(asOf))
        .replaceFirst("^ · ", "");
  }

  @Override
  public <T> void write(List<Column<T>> columns, Iterator<? extends T> rows, OutputStream out)
      throws IOException {
    CellValues.requireColumns(columns);
    Objects.requireNonNull(rows, "rows");
    PdfDocument pdf = PdfSupport.open(out, title, locale);
    PageSize pageSize = isLandscape(columns) ? PageSize.A4.rotate() : PageSize.A4;
    float side = 12 * PdfSupport.MM;
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    PdfSupport.PageFooter footer =
        new PdfSupport.PageFooter(pdf, fonts.regular(), locale, title, side);
    try (Document document = new Document(pdf, pageSize, true)) {
      document.setMargins(12 * PdfSupport.MM, side, 16 * PdfSupport.MM, side);
      document.setFont(fonts.regular()).setFontSize(PdfSupport.BODY_SIZE);

      document.add(PdfSupport.heading(title, fonts.bold(), 16f, 1));
      String subtitle = subtitle();
      if (!subtitle.isBlank()) {
        document.add(new Paragraph(subtitle).setFontSize(11f).setMarginTop(0));
      }
      if (note != null && !note.isBlank()) {
        document.add(new Paragraph(note).setFontSize(9f).setMarginTop(0));
      }

      float[] widths = new float[columns.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = columns.get(c).relativeWidth();
      }
      float fontSize = columns.size() > 10 ? 8f : 9f;
      Table table = new Table(UnitValue.createPercentArray(widths), true).useAllAvailableWidth();
      table.setFontSize(fontSize);
      for (Column<T> column : columns) {
        table.addHeaderCell(
            PdfSupport.headerCell(column.header(), fonts.bold(), true)
                .setBackgroundColor(new DeviceGray(0.88f)));
      }
      document.add(table);

      int count = 0;
      while (rows.hasNext()) {
        T row = rows.next();
        for (Column<T> column : columns) {
          table.addCell(cell(column.valueOf(row)));
        }
        if (++count % FLUSH_EVERY == 0) {
          table.flush();
        }
      }
      table.complete();
      if (count == 0) {
        document.add(new Paragraph(Texts.format(locale, "pdf.noEntries")));
      }
      footer.writeTotal();
    }
    out.flush();
  }

  private Cell cell(Object value) {
    Paragraph text = new Paragraph(CellValues.text(value, locale)).setMultipliedLeading(1.1f);
    Cell cell = new Cell().add(text).setPaddingTop(1.5f).setPaddingBottom(1.5f);
    if (value instanceof Number) {
      cell.setTextAlignment(TextAlignment.RIGHT);
    }
    return cell;
  }

  @Override
  public String contentType() {
    return CONTENT_TYPE;
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }
}
