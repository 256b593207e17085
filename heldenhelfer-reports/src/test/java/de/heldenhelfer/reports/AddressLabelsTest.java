package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.filter.TextRegionEventFilter;
import com.itextpdf.kernel.pdf.canvas.parser.listener.FilteredTextEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressLabelsTest {
  static final float MM = 72f / 25.4f;

  static List<List<String>> labels(int count) {
    List<List<String>> labels = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      labels.add(List.of("Frau Jürgen-Maß " + i, "", "Hauptstraße " + i, "97070 Würzburg"));
    }
    return labels;
  }

  static byte[] write(AddressLabels labels, List<List<String>> content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    labels.write(content.iterator(), out);
    return out.toByteArray();
  }

  /** Text inside label {@code position} (1-based) of a Zweckform 3474 sheet. */
  static String labelText(PdfPage page, int position) {
    int row = (position - 1) / 3;
    int column = (position - 1) % 3;
    float left = column * 70 * MM;
    float top = PageSize.A4.getHeight() - (0.5f + row * 37) * MM;
    Rectangle area = new Rectangle(left + 1, top - 37 * MM + 1, 70 * MM - 2, 37 * MM - 2);
    LocationTextExtractionStrategy strategy = new LocationTextExtractionStrategy();
    new PdfCanvasProcessor(new FilteredTextEventListener(strategy, new TextRegionEventFilter(area)))
        .processPageContent(page);
    return strategy.getResultantText();
  }

  @Test
  void printsThreeByEightLabelsPerA4Sheet() throws IOException {
    byte[] bytes = write(AddressLabels.zweckform3474(), labels(25));
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Adressetiketten", "de-DE");
      assertEquals(2, pdf.getNumberOfPages(), "24 labels per sheet");
      Rectangle size = pdf.getPage(1).getPageSize();
      assertEquals(PageSize.A4.getWidth(), size.getWidth(), 0.5);
      assertEquals(PageSize.A4.getHeight(), size.getHeight(), 0.5);

      String second = labelText(pdf.getPage(1), 2);
      assertEquals("Frau Jürgen-Maß 2\nHauptstraße 2\n97070 Würzburg", second.strip());
      String last = labelText(pdf.getPage(1), 24);
      assertTrue(last.contains("Frau Jürgen-Maß 24"), last);
      assertFalse(last.contains("Frau Jürgen-Maß 23"), last);
      assertTrue(labelText(pdf.getPage(1), 13).contains("Hauptstraße 13"));
      assertTrue(labelText(pdf.getPage(2), 1).contains("Frau Jürgen-Maß 25"));
      assertEquals("", labelText(pdf.getPage(2), 2).strip());
    }
  }

  @Test
  void startsAtAGivenPositionAndShrinksLongLines() throws IOException {
    List<List<String>> content = new ArrayList<>();
    content.add(
        List.of("Familie Mustermann-Schüßler-Großkopf-Überall", "Am Weg 1", "97199 Ochsenfurt"));
    content.add(List.of("Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7", "Z8", "Z9"));
    byte[] bytes = write(AddressLabels.zweckform3474().withStartPosition(5), content);
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      assertEquals(1, pdf.getNumberOfPages());
      assertEquals("", labelText(pdf.getPage(1), 4).strip(), "positions 1-4 stay free");
      String fifth = labelText(pdf.getPage(1), 5);
      assertTrue(fifth.contains("Familie Mustermann-Schüßler-Großkopf-Überall"), fifth);
      assertFalse(labelText(pdf.getPage(1), 6).contains("Überall"), "no overflow to the right");
      String sixth = labelText(pdf.getPage(1), 6);
      assertTrue(sixth.contains("Z1") && sixth.contains("Z9"), "nine lines fit: " + sixth);
    }
  }

  @Test
  void writesOneEmptySheetForNoLabelsAndValidatesLayouts() throws IOException {
    try (PdfDocument pdf = PdfTestSupport.open(write(AddressLabels.zweckform3474(), List.of()))) {
      assertEquals(1, pdf.getNumberOfPages());
      assertTrue(pdf.isTagged());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new AddressLabels.Layout(4, 8, 70, 37, 0, 0, 0, 0, 5),
        "4 × 70 mm do not fit on A4");
    assertThrows(
        IllegalArgumentException.class, () -> AddressLabels.zweckform3474().withStartPosition(25));
    assertEquals(24, AddressLabels.Layout.ZWECKFORM_3474.perSheet());
    byte[] custom =
        write(
            AddressLabels.of(new AddressLabels.Layout(2, 7, 99.1f, 38.1f, 15.1f, 4.65f, 2.5f, 0, 4))
                .withTitle("Etiketten Jugend"),
            labels(15));
    try (PdfDocument pdf = PdfTestSupport.open(custom)) {
      assertEquals(2, pdf.getNumberOfPages());
      assertEquals("Etiketten Jugend", pdf.getDocumentInfo().getTitle());
    }
  }
}
