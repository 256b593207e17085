package de.heldenhelfer.reports;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.OverflowPropertyValue;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Address labels on A4 sheets, by default 3 × 8 labels of 70 × 37 mm without margins (Avery
 * Zweckform 3474 and compatibles). The caller passes the lines of each label (e.g. name, street,
 * postcode and town); blank lines are skipped. Lines are printed at 10 pt; more lines or long lines
 * are set smaller (down to 6 pt) so that they fit, anything still too large is cut off at the label
 * edge.
 */
public final class AddressLabels {
  static final float BASE_SIZE = 10f;
  static final float MIN_SIZE = 6f;
  static final float LEADING = 1.2f;

  /**
   * Geometry of a label sheet in millimetres on A4 portrait.
   *
   * @param columns labels per row
   * @param rows label rows per sheet
   * @param labelWidth width of a label
   * @param labelHeight height of a label
   * @param marginTop distance from the top edge of the sheet to the first label row
   * @param marginLeft distance from the left edge of the sheet to the first label column
   * @param gapX horizontal gap between labels
   * @param gapY vertical gap between labels
   * @param padding inner distance of the text from the label edges
   */
  public record Layout(
      int columns,
      int rows,
      float labelWidth,
      float labelHeight,
      float marginTop,
      float marginLeft,
      float gapX,
      float gapY,
      float padding) {

    /** Avery Zweckform 3474: 3 × 8 labels of 70 × 37 mm, no side margins. */
    public static final Layout ZWECKFORM_3474 = new Layout(3, 8, 70f, 37f, 0.5f, 0f, 0f, 0f, 5f);

    /** Validates that the labels fit on an A4 sheet. */
    public Layout {
      if (columns < 1 || rows < 1 || labelWidth <= 0 || labelHeight <= 0 || padding < 0) {
        throw new IllegalArgumentException("invalid label layout");
      }
      float width = marginLeft + columns * labelWidth + (columns - 1) * gapX;
      float height = marginTop + rows * labelHeight + (rows - 1) * gapY;
      if (width > 210.01f || height > 297.01f || 2 * padding >= Math.min(labelWidth, labelHeight)) {
        throw new IllegalArgumentException("labels do not fit on A4: " + width + " × " + height);
      }
    }

    /** Labels per sheet. */
    public int perSheet() {
      return columns * rows;
    }
  }

  private final Layout layout;
  private final int startPosition;
  private final String title;
  private final Locale locale;

  private AddressLabels(Layout layout, int startPosition, String title, Locale locale) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.startPosition = startPosition;
    this.title = title;
    this.locale = Texts.orDefault(locale);
  }

  /** Labels for Avery Zweckform 3474 (3 × 8, 70 × 37 mm). */
  public static AddressLabels zweckform3474() {
    return new AddressLabels(Layout.ZWECKFORM_3474, 1, null, Locale.GERMANY);
  }

  /** Labels of another sheet geometry. */
  public static AddressLabels of(Layout layout) {
    return new AddressLabels(layout, 1, null, Locale.GERMANY);
  }

  /**
   * Starts on the first sheet at label {@code position} (1-based, row by row from the top left), so
   * that a partly used sheet can be printed again.
   */
  public AddressLabels withStartPosition(int position) {
    if (position < 1 || position > layout.perSheet()) {
      throw new IllegalArgumentException("start position must be 1.." + layout.perSheet());
    }
    return new AddressLabels(layout, position, title, locale);
  }

  /** The same labels with another document title (default "Adressetiketten"). */
  public AddressLabels withTitle(String newTitle) {
    return new AddressLabels(layout, startPosition, newTitle, locale);
  }

  /** The same labels with document language and default title in {@code locale}. */
  public AddressLabels withLocale(Locale newLocale) {
    return new AddressLabels(layout, startPosition, title, newLocale);
  }

  /** Writes one label per element of {@code labels}; closes the stream. */
  public void write(Stream<? extends List<String>> labels, OutputStream out) throws IOException {
    try (labels) {
      write(labels.iterator(), out);
    }
  }

  /**
   * Writes one label per element of {@code labels} (each a list of lines). An empty iterator gives
   * one empty sheet. The output stream is flushed, not closed.
   */
  public void write(Iterator<? extends List<String>> labels, OutputStream out) throws IOException {
    Objects.requireNonNull(labels, "labels");
    String docTitle =
        title == null || title.isBlank() ? Texts.format(locale, "labels.title") : title;
    PdfDocument pdf = PdfSupport.open(out, docTitle, locale);
    PdfSupport.Fonts fonts = PdfSupport.Fonts.create();
    float mm = PdfSupport.MM;
    float pageHeight = PageSize.A4.getHeight();
    try (Document document = new Document(pdf, PageSize.A4, false)) {
      document.setMargins(0, 0, 0, 0);
      document.setFont(fonts.regular());
      int position = startPosition - 1;
      int page = 1;
      while (labels.hasNext()) {
        List<String> lines = labels.next();
        if (position == layout.perSheet()) {
          position = 0;
          page++;
        }
        int row = position / layout.columns();
        int column = position % layout.columns();
        float left = (layout.marginLeft() + column * (layout.labelWidth() + layout.gapX())) * mm;
        float top =
            pageHeight - (layout.marginTop() + row * (layout.labelHeight() + layout.gapY())) * mm;
        float bottom = top - layout.labelHeight() * mm;
        Div label = label(lines == null ? List.of() : lines, fonts.regular());
        label.setFixedPosition(page, left, bottom, layout.labelWidth() * mm);
        document.add(label);
        position++;
      }
      if (pdf.getNumberOfPages() == 0) {
        pdf.addNewPage(PageSize.A4);
      }
    }
    out.flush();
  }

  private Div label(List<String> rawLines, PdfFont font) {
    List<String> lines =
        rawLines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    float mm = PdfSupport.MM;
    float innerWidth = (layout.labelWidth() - 2 * layout.padding()) * mm;
    float innerHeight = (layout.labelHeight() - 2 * layout.padding()) * mm;
    float size = BASE_SIZE;
    if (!lines.isEmpty()) {
      size = Math.max(MIN_SIZE, Math.min(BASE_SIZE, innerHeight / (lines.size() * LEADING)));
    }
    Div div =
        new Div()
            .setHeight(layout.labelHeight() * mm)
            .setPaddingLeft(layout.padding() * mm)
            .setPaddingRight(layout.padding() * mm)
            .setPaddingTop(layout.padding() * mm * 0.8f)
            .setPaddingBottom(layout.padding() * mm * 0.8f)
            .setVerticalAlignment(VerticalAlignment.MIDDLE);
    div.setProperty(Property.OVERFLOW_X, OverflowPropertyValue.HIDDEN);
    div.setProperty(Property.OVERFLOW_Y, OverflowPropertyValue.HIDDEN);
    for (String line : lines) {
      float lineSize = size;
      while (lineSize > MIN_SIZE && font.getWidth(line, lineSize) > innerWidth) {
        lineSize -= 0.25f;
      }
      div.add(
          new Paragraph(line)
              .setFontSize(lineSize)
              .setFixedLeading(lineSize * LEADING)
              .setMargin(0)
              .setPadding(0));
    }
    return div;
  }
}
