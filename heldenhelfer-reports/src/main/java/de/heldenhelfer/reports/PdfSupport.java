package de.heldenhelfer.reports;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Shared PDF plumbing: tagged documents, the embedded font and the page footer. Public for the
 * template engine in {@code de.heldenhelfer.reports.templates}; not meant for other callers.
 */
public final class PdfSupport {
  /** Points per millimetre. */
  public static final float MM = 72f / 25.4f;

  public static final float BODY_SIZE = 10f;
  static final float FOOTER_SIZE = 8f;

  private static final String FONT_DIR = "/de/heldenhelfer/reports/fonts/";
  private static final byte[] REGULAR = loadFont("DejaVuSans.ttf");
  private static final byte[] BOLD = loadFont("DejaVuSans-Bold.ttf");

  private PdfSupport() {}

  /** Regular and bold font of one document (PDF fonts cannot be shared between documents). */
  public record Fonts(PdfFont regular, PdfFont bold) {
    /** Parses and embeds both fonts for one document. */
    public static Fonts create() {
      return new Fonts(font(REGULAR), font(BOLD));
    }

    private static PdfFont font(byte[] bytes) {
      try {
        // parsed per document: iText's font parser keeps a read position and is not shared safely
        FontProgram program = FontProgramFactory.createFont(bytes, false);
        return PdfFontFactory.createFont(
            program, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static byte[] loadFont(String name) {
    try (InputStream in = PdfSupport.class.getResourceAsStream(FONT_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A tagged PDF document with title, language and "display document title" set; the output stream
   * is not closed when the document is.
   */
  public static PdfDocument open(OutputStream out, String title, Locale locale) {
    Objects.requireNonNull(out, "out");
    // full compression packs the many small structure-tree objects of tagged tables
    PdfWriter writer =
        new PdfWriter(out, new WriterProperties().addXmpMetadata().setFullCompressionMode(true));
    writer.setCloseStream(false);
    PdfDocument pdf = new PdfDocument(writer);
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString(languageTag(locale)));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    PdfDocumentInfo info = pdf.getDocumentInfo();
    info.setTitle(title == null || title.isBlank() ? "Heldenhelfer" : title);
    info.setCreator("Heldenhelfer");
    return pdf;
  }

  static String languageTag(Locale locale) {
    Locale l = Texts.orDefault(locale);
    if (l.getLanguage().equals("de")) {
      return l.getCountry().isEmpty() ? "de-DE" : l.toLanguageTag();
    }
    return l.toLanguageTag();
  }

  /** A paragraph tagged as heading of the given level (1 to 6). */
  public static Paragraph heading(String text, PdfFont bold, float size, int level) {
    Paragraph p = new Paragraph(text).setFont(bold).setFontSize(size).setMarginBottom(2f);
    p.getAccessibilityProperties().setRole(level == 1 ? StandardRoles.H1 : "H" + level);
    return p;
  }

  /** A table header cell (TH) with scope Column or Row. */
  public static Cell headerCell(String text, PdfFont bold, boolean columnScope) {
    Cell cell = new Cell().add(new Paragraph(text == null ? "" : text).setFont(bold));
    AccessibilityProperties a = cell.getAccessibilityProperties();
    a.setRole(StandardRoles.TH);
    a.addAttributes(
        new com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes("Table")
            .addEnumAttribute("Scope", columnScope ? "Column" : "Row"));
    return cell;
  }

  /**
   * Draws "Seite x von y" (and an optional text on the left) at the bottom of every page as an
   * artifact. The total is a form XObject filled in by {@link #writeTotal()} once all pages exist.
   */
  public static final class PageFooter extends AbstractPdfDocumentEventHandler {
    private final PdfDocument pdf;
    private final PdfFont font;
    private final Locale locale;
    private final String leftText;
    private final float sideMargin;
    private final PdfFormXObject total;
    private final float descent;

    /** Registers the footer with {@code pdf}. */
    public PageFooter(
        PdfDocument pdf, PdfFont font, Locale locale, String leftText, float sideMargin) {
      this.pdf = pdf;
      this.font = font;
      this.locale = locale;
      this.leftText = leftText;
      this.sideMargin = sideMargin;
      this.descent = -font.getDescent("0", FOOTER_SIZE) + 1f;
      float width = font.getWidth("00000", FOOTER_SIZE);
      this.total = new PdfFormXObject(new Rectangle(0, 0, width, FOOTER_SIZE * 1.5f));
      addType(PdfDocumentEvent.END_PAGE);
      pdf.addEventHandler(PdfDocumentEvent.END_PAGE, this);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
      PdfPage page = ((PdfDocumentEvent) event).getPage();
      int number = pdf.getPageNumber(page);
      Rectangle size = page.getPageSize();
      float y = size.getBottom() + 8 * MM;
      PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
      canvas.openTag(new CanvasArtifact());
      String text = Texts.format(locale, "pdf.pageOf", String.valueOf(number)) + " ";
      float textWidth = font.getWidth(text, FOOTER_SIZE);
      float x = size.getRight() - sideMargin - total.getWidth() - textWidth;
      canvas.beginText().setFontAndSize(font, FOOTER_SIZE).moveText(x, y).showText(text).endText();
      canvas.addXObjectAt(total, x + textWidth, y - descent);
      if (leftText != null && !leftText.isBlank()) {
        canvas
            .beginText()
            .setFontAndSize(font, FOOTER_SIZE)
            .moveText(size.getLeft() + sideMargin, y)
            .showText(leftText)
            .endText();
      }
      canvas.closeTag();
      canvas.release();
    }

    /** Writes the page count into the placeholder; call after all content has been added. */
    public void writeTotal() {
      PdfCanvas canvas = new PdfCanvas(total, pdf);
      canvas
          .beginText()
          .setFontAndSize(font, FOOTER_SIZE)
          .moveText(0, descent)
          .showText(String.valueOf(pdf.getNumberOfPages()))
          .endText();
      canvas.release();
    }
  }
}
