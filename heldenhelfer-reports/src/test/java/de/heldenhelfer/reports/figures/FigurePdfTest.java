package de.heldenhelfer.reports.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import de.heldenhelfer.reports.PdfTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigurePdfTest {

  static byte[] write(FigureReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigurePdf.write(report, out);
    return out.toByteArray();
  }

  /** All structure elements in document order. */
  static List<PdfStructElem> elements(PdfDocument pdf) {
    List<PdfStructElem> elements = new ArrayList<>();
    for (IStructureNode kid : pdf.getStructTreeRoot().getKids()) {
      collect(kid, elements);
    }
    return elements;
  }

  private static void collect(IStructureNode node, List<PdfStructElem> elements) {
    if (node instanceof PdfStructElem elem) {
      elements.add(elem);
      for (IStructureNode kid : elem.getKids()) {
        if (kid != null) {
          collect(kid, elements);
        }
      }
    }
  }

  private static String role(PdfStructElem elem) {
    return elem.getRole().getValue();
  }

  private static String scope(PdfStructElem elem) {
    PdfObject attributes = elem.getPdfObject().get(PdfName.A);
    List<PdfDictionary> dictionaries = new ArrayList<>();
    if (attributes instanceof PdfDictionary d) {
      dictionaries.add(d);
    } else if (attributes instanceof PdfArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof PdfDictionary d) {
          dictionaries.add(d);
        }
      }
    }
    for (PdfDictionary d : dictionaries) {
      PdfName scope = d.getAsName(new PdfName("Scope"));
      if (scope != null) {
        return scope.getValue();
      }
    }
    return null;
  }

  @Test
  void writesTaggedReportWithChartTableAndMethod() throws IOException {
    FigureReport report =
        FigureFixtures.report(Locale.GERMANY, FigureFixtures.region(), FigureFixtures.census());
    try (PdfDocument pdf = PdfTestSupport.open(write(report))) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Mitglieder in der Region", "de-DE");
      assertTrue(pdf.isTagged());
      Rectangle size = pdf.getPage(1).getPageSize();
      assertTrue(size.getHeight() > size.getWidth(), "3 columns: portrait");

      String text = PdfTestSupport.allText(pdf);
      for (String expected :
          List.of(
              "Mitglieder in der Region",
              "Stichtag 01.01.2026 · Stadt und Landkreis Würzburg",
              "Mitglieder nach Gemeinde und Altersgruppe",
              FigureFixtures.CAPTION,
              "Gemeinde",
              "65 und älter",
              "Zell a. Main",
              "Höchberg",
              "1.234",
              "8.336",
              "•",
              "• = Wert aus Gründen der Geheimhaltung unterdrückt",
              "Summe je Gemeinde",
              "Mitglieder je Abteilung",
              "=Schach; Go",
              "Methode",
              "Quelle: Heldenhelfer, Mitgliederverwaltung der Vereine.",
              "Seite 1 von")) {
        assertTrue(text.contains(expected), expected + " in:\n" + text);
      }

      List<PdfStructElem> elements = elements(pdf);
      List<String> roles = elements.stream().map(FigurePdfTest::role).toList();
      assertTrue(roles.contains("H1"), roles.toString());
      assertEquals(3, roles.stream().filter("H2"::equals).count(), "two tables and Methode");
      assertEquals(2, roles.stream().filter("Table"::equals).count());
      assertEquals(2, roles.stream().filter("Figure"::equals).count());

      List<String> alts =
          elements.stream()
              .filter(e -> role(e).equals("Figure"))
              .map(e -> e.getAlt() == null ? null : e.getAlt().toUnicodeString())
              .toList();
      assertEquals(
          "Balkendiagramm „Summe je Gemeinde“: Würzburg: 7.822; Höchberg: 464;"
              + " Zell a. Main: unterdrückt",
          alts.get(0));
      assertEquals(
          "Balkendiagramm „Mitglieder je Abteilung“: Fußball: 120; Turnen: 85; =Schach; Go: 17",
          alts.get(1));

      List<PdfStructElem> headers = elements.stream().filter(e -> role(e).equals("TH")).toList();
      // region: 5 column headers, 3 row labels and the total row; census: 2 + 3
      assertEquals(14, headers.size());
      assertEquals(7, headers.stream().filter(e -> "Column".equals(scope(e))).count());
      assertEquals(7, headers.stream().filter(e -> "Row".equals(scope(e))).count());

      List<String> actualTexts =
          elements.stream()
              .map(PdfStructElem::getActualText)
              .filter(a -> a != null)
              .map(PdfString::toUnicodeString)
              .toList();
      assertEquals(List.of("unterdrückt", "unterdrückt", "unterdrückt"), actualTexts);
    }
  }

  @Test
  void usesLandscapeForManyColumnsAndEnglishTexts() throws IOException {
    FigureReport report =
        FigureFixtures.report(Locale.ENGLISH, FigureFixtures.wide(9), FigureFixtures.region());
    assertTrue(FigurePdf.isLandscape(report));
    assertFalse(
        FigurePdf.isLandscape(FigureFixtures.report(Locale.ENGLISH, FigureFixtures.wide(8))));
    try (PdfDocument pdf = PdfTestSupport.open(write(report))) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Mitglieder in der Region", "en");
      Rectangle size = pdf.getPage(1).getPageSize();
      assertTrue(size.getWidth() > size.getHeight(), "9 columns: landscape");
      String text = PdfTestSupport.allText(pdf);
      assertTrue(text.contains("Jahr 9"), text);
      assertTrue(text.contains("Total by Gemeinde"), text);
      assertTrue(text.contains("1,234"), text);
      assertTrue(text.contains("• = value suppressed for confidentiality"), text);
      assertTrue(text.contains("Method"), text);
      assertTrue(text.contains("Page 1 of"), text);
      String alt =
          elements(pdf).stream()
              .filter(e -> role(e).equals("Figure"))
              .map(e -> e.getAlt().toUnicodeString())
              .filter(a -> a.contains("Total"))
              .findFirst()
              .orElseThrow();
      assertTrue(alt.startsWith("Bar chart “Total by Gemeinde”: Würzburg: 7,822;"), alt);
      assertTrue(alt.endsWith("Zell a. Main: suppressed"), alt);
    }
  }

  /** Many rows: the chart shrinks to fit, the table runs over pages with its header repeated. */
  @Test
  void writesLongTablesOverSeveralPages() throws IOException {
    int rows = 120;
    List<String> labels = new ArrayList<>();
    List<List<FigureCell>> cells = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      labels.add("Gemeinde mit einem sehr, sehr langen Namen Nummer " + i);
      cells.add(List.of(i % 7 == 0 ? FigureCell.suppressed() : FigureCell.shown(i * 3L)));
    }
    FigureTable table =
        FigureTable.of("Viele Gemeinden", "Gemeinde", labels, List.of("Mitglieder"), cells);
    try (PdfDocument pdf =
        PdfTestSupport.open(write(FigureFixtures.report(Locale.GERMANY, table)))) {
      assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
      String last = PdfTestSupport.text(pdf, pdf.getNumberOfPages());
      assertTrue(last.contains("Methode"), last);
      String second = PdfTestSupport.text(pdf, 2);
      assertTrue(second.contains("Mitglieder"), "header repeated: " + second);
      List<String> alts =
          elements(pdf).stream()
              .filter(e -> role(e).equals("Figure"))
              .map(e -> e.getAlt().toUnicodeString())
              .toList();
      assertTrue(alts.size() >= 2, "chart in parts: " + alts.size());
      int parts = alts.size();
      for (int part = 1; part <= parts; part++) {
        assertTrue(
            alts.get(part - 1)
                .startsWith(
                    "Balkendiagramm „Mitglieder je Gemeinde (Teil "
                        + part
                        + " von "
                        + parts
                        + ")“"),
            alts.get(part - 1));
      }
      String all = String.join("; ", alts);
      assertTrue(all.contains("Nummer 1: 3;") && all.endsWith("Nummer 120: 360"), all);
      assertTrue(all.contains("Nummer 7: unterdrückt"), all);
    }
  }
}
