package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reading generated PDFs back in tests (also used by the template engine tests). */
public final class PdfTestSupport {
  private PdfTestSupport() {}

  public static PdfDocument open(byte[] bytes) {
    try {
      return new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(PdfDocument pdf, int page) {
    return PdfTextExtractor.getTextFromPage(pdf.getPage(page));
  }

  public static String allText(PdfDocument pdf) {
    StringBuilder sb = new StringBuilder();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      sb.append(text(pdf, p)).append('\n');
    }
    return sb.toString();
  }

  /** Tagged, language, title shown in the title bar, all fonts embedded. */
  public static void assertAccessibleBasics(PdfDocument pdf, String title, String lang) {
    assertTrue(pdf.isTagged(), "tagged PDF");
    assertEquals(lang, pdf.getCatalog().getLang().toUnicodeString());
    assertEquals(title, pdf.getDocumentInfo().getTitle());
    PdfDictionary prefs =
        pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.ViewerPreferences);
    assertEquals(Boolean.TRUE, prefs.getAsBoolean(PdfName.DisplayDocTitle).getValue());
    assertTrue(
        pdf.getCatalog().getPdfObject().getAsStream(PdfName.Metadata) != null, "XMP metadata");
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      PdfResources resources = pdf.getPage(p).getResources();
      PdfDictionary fonts = resources.getResource(PdfName.Font);
      if (fonts == null) {
        continue;
      }
      for (PdfName name : fonts.keySet()) {
        PdfDictionary font = fonts.getAsDictionary(name);
        assertTrue(isEmbedded(font), "font embedded: " + font.get(PdfName.BaseFont));
        assertTrue(
            font.getAsName(PdfName.BaseFont).getValue().contains("DejaVuSans"),
            "DejaVu Sans used: " + font.get(PdfName.BaseFont));
      }
    }
  }

  private static boolean isEmbedded(PdfDictionary font) {
    PdfDictionary descriptor = font.getAsDictionary(PdfName.FontDescriptor);
    if (PdfName.Type0.equals(font.getAsName(PdfName.Subtype))) {
      PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
      descriptor = descendants.getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
    }
    return descriptor != null
        && (descriptor.containsKey(PdfName.FontFile2)
            || descriptor.containsKey(PdfName.FontFile)
            || descriptor.containsKey(PdfName.FontFile3));
  }

  /** Roles of the structure tree in document order. */
  public static List<String> roles(PdfDocument pdf) {
    List<String> roles = new ArrayList<>();
    for (IStructureNode kid : pdf.getStructTreeRoot().getKids()) {
      collect(kid, roles);
    }
    return roles;
  }

  private static void collect(IStructureNode node, List<String> roles) {
    if (node instanceof PdfStructElem elem) {
      roles.add(elem.getRole().getValue());
      List<IStructureNode> kids = elem.getKids();
      if (kids != null) {
        for (IStructureNode kid : kids) {
          if (kid != null) {
            collect(kid, roles);
          }
        }
      }
    }
  }
}
