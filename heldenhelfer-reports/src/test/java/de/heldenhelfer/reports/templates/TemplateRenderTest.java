package de.heldenhelfer.reports.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import de.heldenhelfer.reports.PdfSupport;
import de.heldenhelfer.reports.PdfTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Filling and rendering: PDF read back with iText, docx read back with POI. */
class TemplateRenderTest {
  static final String SOURCE =
      String.join(
          "\n",
          "title: Einladung zur Mitgliederversammlung",
          "category: MEETING",
          "formats: pdf, docx",
          "input: datum | DATE | Datum",
          "input: beginn | TIME | Beginn",
          "input: betrag | MONEY | Betrag",
          "input: tagesordnung | LIST | Tagesordnung",
          "input: online | YESNO | Online-Teilnahme",
          "input: hinweis | LONGTEXT | Hinweis | optional",
          "===",
          "{{club.name}}",
          "{{club.address}}",
          "",
          "[right]",
          "Würzburg, {{today}}",
          "",
          "# Einladung zur Mitgliederversammlung",
          "",
          "Liebe Mitglieder, wir laden **herzlich** ein: {{input.datum.long}} um {{input.beginn}}.",
          "",
          "## Tagesordnung",
          "",
          "1. {{input.tagesordnung}}",
          "1. Verschiedenes",
          "",
          "- Beitrag: {{input.betrag}} ({{input.betrag.words}})",
          "- Vorstand: {{club.board}}",
          "",
          "| Abstimmung | Ja | Nein | Enthaltung |",
          "|---|---|---|---|",
          "| Entlastung des Vorstands | 42 | 3 | 1 |",
          "",
          "[if input.online]",
          "### Online-Teilnahme",
          "",
          "Die Zugangsdaten erhalten Sie gesondert per E-Mail.",
          "[else]",
          "Die Versammlung findet nur in Präsenz statt.",
          "[end]",
          "",
          "[if input.hinweis]",
          "{{input.hinweis}}",
          "[end]",
          "",
          "[ ] Ich nehme teil",
          "[ ] Ich bevollmächtige ein anderes Mitglied",
          "",
          "[small]",
          "Hinweis nach § 32 BGB: Anträge bis eine Woche vorher.",
          "",
          "[pagebreak]",
          "",
          "[signature: {{club.chair}}, Vorsitz | Schriftführung]");

  static TemplateValues values() {
    Map<String, Object> v = new HashMap<>();
    v.put("club.name", "Schützengesellschaft Würzburg-Heidingsfeld e.V.");
    v.put("club.address", "Mainstraße 12, 97084 Würzburg");
    v.put("club.chair", "Jürgen Weiß");
    v.put("club.board", List.of("Jürgen Weiß (Vorsitz)", "Anna Öztürk (Kasse)"));
    v.put("today", LocalDate.of(2026, 2, 27));
    v.put("input.datum", LocalDate.of(2026, 3, 20));
    v.put("input.beginn", LocalTime.of(19, 30));
    v.put("input.betrag", new BigDecimal("1234.56"));
    v.put("input.tagesordnung", List.of("Begrüßung", "Bericht des Vorstands", "Entlastung"));
    v.put("input.online", Boolean.TRUE);
    v.put("input.hinweis", "Bitte Mitgliedsausweis mitbringen.\nParkplätze am Hof.");
    return TemplateValues.of(v);
  }

  static String pdfText(byte[] pdf) {
    try (PdfDocument doc = PdfTestSupport.open(pdf)) {
      return PdfTestSupport.allText(doc);
    }
  }

  @Test
  void pdfCarriesTheValuesTheStructureAndTheFonts() {
    TemplateSource t = TemplateSource.parse(SOURCE);
    assertEquals(List.of(), t.check(TemplateCheckTest.KNOWN_WITH_ADDRESS));
    byte[] bytes = t.toPdf(values(), Locale.ENGLISH);
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Einladung zur Mitgliederversammlung", "de-DE");
      assertEquals(2, pdf.getNumberOfPages());
      String page1 = PdfTestSupport.text(pdf, 1).replace(" \n", "\n");
      String all = PdfTestSupport.allText(pdf);
      for (String expected :
          List.of(
              "Schützengesellschaft Würzburg-Heidingsfeld e.V.",
              "Mainstraße 12, 97084 Würzburg",
              "Würzburg, 27.02.2026",
              "Freitag, 20. März 2026 um 19:30 Uhr",
              "1. Begrüßung",
              "2. Bericht des Vorstands",
              "3. Entlastung",
              "4. Verschiedenes",
              "Beitrag: 1.234,56 € (eintausendzweihundertvierunddreißig Euro und 56 Cent)",
              "Vorstand: Jürgen Weiß (Vorsitz), Anna Öztürk (Kasse)",
              "Abstimmung Ja Nein Enthaltung",
              "Entlastung des Vorstands 42 3 1",
              "Online-Teilnahme",
              "Bitte Mitgliedsausweis mitbringen.\nParkplätze am Hof.",
              "\u2610",
              "Ich bevollmächtige ein anderes Mitglied",
              "Seite 1 von 2")) {
        assertTrue(page1.contains(expected), expected + " in\n" + page1);
      }
      assertTrue(all.contains("Jürgen Weiß, Vorsitz"), all);
      assertTrue(all.contains("Schriftführung"), all);
      assertTrue(PdfTestSupport.text(pdf, 2).contains("Seite 2 von 2"));
      assertFalse(all.contains("Präsenz"), "the [else] branch is hidden");
      assertFalse(all.contains("{{") || all.contains("}}") || all.contains("**"), all);

      List<String> roles = PdfTestSupport.roles(pdf);
      for (String role :
          List.of("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TH", "TD")) {
        assertTrue(roles.contains(role), role + " in " + roles);
      }
      assertEquals(
          1, roles.stream().filter("Table"::equals).count(), "signatures are no data table");
      assertEquals(4, roles.stream().filter("TH"::equals).count());
      assertEquals(2, roles.stream().filter("L"::equals).count());
      assertEquals(6, roles.stream().filter("LI"::equals).count());
      List<String> pairs = new java.util.ArrayList<>();
      for (var kid : pdf.getStructTreeRoot().getKids()) {
        parentChild(kid, "", pairs);
      }
      assertTrue(pairs.contains("TR>TH") && pairs.contains("TR>TD"), pairs.toString());
      assertTrue(pairs.contains("L>LI") && pairs.contains("LI>LBody"), pairs.toString());
      for (String pair : pairs) {
        boolean rowInTable = !pair.endsWith(">TR") || pair.matches("(Table|THead|TBody|TFoot)>TR");
        assertTrue(rowInTable, "table rows only inside tables: " + pairs);
        assertFalse(pair.startsWith("Div>TD") || pair.startsWith("TR>Div"), pairs.toString());
      }
      assertTrue(
          pdf.getPage(1).getResources().getResource(PdfName.Font).toString().contains("Bold")
              || fontNames(pdf).stream().anyMatch(n -> n.contains("Bold")),
          "bold text uses the embedded bold font");
    }
  }

  private static void parentChild(
      com.itextpdf.kernel.pdf.tagging.IStructureNode node, String parent, List<String> pairs) {
    if (node instanceof com.itextpdf.kernel.pdf.tagging.PdfStructElem elem) {
      String role = elem.getRole().getValue();
      pairs.add(parent + ">" + role);
      if (elem.getKids() != null) {
        for (var kid : elem.getKids()) {
          if (kid != null) {
            parentChild(kid, role, pairs);
          }
        }
      }
    }
  }

  private static List<String> fontNames(PdfDocument pdf) {
    var fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
    return fonts.keySet().stream()
        .map(k -> fonts.getAsDictionary(k).getAsName(PdfName.BaseFont).getValue())
        .toList();
  }

  @Test
  void theCheckboxGlyphExistsInTheEmbeddedFont() {
    assertTrue(PdfSupport.Fonts.create().regular().containsGlyph(0x2610));
    assertTrue(PdfSupport.Fonts.create().regular().containsGlyph('€'));
  }

  @Test
  void docxHasHeadingStylesListsTablesBoldAndLineBreaks() throws IOException {
    TemplateSource t = TemplateSource.parse(SOURCE);
    byte[] bytes = t.toDocx(values(), Locale.GERMANY);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertEquals(
          "Einladung zur Mitgliederversammlung",
          doc.getProperties().getCoreProperties().getTitle());
      List<XWPFParagraph> paragraphs = doc.getParagraphs();
      XWPFParagraph h1 = find(paragraphs, "Einladung zur Mitgliederversammlung");
      assertEquals("Heading1", h1.getStyle());
      assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
      assertEquals("Heading2", find(paragraphs, "Tagesordnung").getStyle());
      assertEquals("Heading3", find(paragraphs, "Online-Teilnahme").getStyle());

      XWPFParagraph first = find(paragraphs, "Begrüßung");
      XWPFParagraph last = find(paragraphs, "Verschiedenes");
      assertEquals("decimal", first.getNumFmt());
      assertEquals(first.getNumID(), last.getNumID());
      assertEquals(
          4,
          paragraphs.stream().filter(p -> first.getNumID().equals(p.getNumID())).count(),
          "the LIST value became three items plus one");
      XWPFParagraph bullet =
          find(paragraphs, "Vorstand: Jürgen Weiß (Vorsitz), Anna Öztürk (Kasse)");
      assertEquals("bullet", bullet.getNumFmt());

      XWPFParagraph invitation = find(paragraphs, "Liebe Mitglieder");
      XWPFRun bold =
          invitation.getRuns().stream().filter(r -> r.isBold()).findFirst().orElseThrow();
      assertEquals("herzlich", bold.text());

      XWPFParagraph note = find(paragraphs, "Bitte Mitgliedsausweis");
      assertEquals(1, note.getRuns().get(0).getCTR().sizeOfBrArray(), "line break kept");
      assertEquals("Bitte Mitgliedsausweis mitbringen.\nParkplätze am Hof.", note.getText());
      assertTrue(find(paragraphs, "Ich nehme teil").getText().startsWith("\u2610"));

      XWPFTable table = doc.getTables().get(0);
      assertEquals("Abstimmung", table.getRow(0).getCell(0).getText());
      assertTrue(table.getRow(0).isRepeatHeader());
      assertEquals("Entlastung des Vorstands", table.getRow(1).getCell(0).getText());
      assertEquals("42", table.getRow(1).getCell(1).getText());
      String signatures = doc.getTables().get(1).getRow(0).getCell(0).getText();
      assertTrue(signatures.contains("Jürgen Weiß, Vorsitz"), signatures);

      String all = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
      assertFalse(all.contains("{{") || all.contains("**") || all.contains("Präsenz"), all);
    }
  }

  private static XWPFParagraph find(List<XWPFParagraph> paragraphs, String start) {
    return paragraphs.stream()
        .filter(
            p -> p.getText().startsWith(start) || p.getText().startsWith("\u2610\u00a0" + start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
  }
}
