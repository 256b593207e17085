package de.heldenhelfer.paperwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import de.heldenhelfer.reports.templates.InputField;
import de.heldenhelfer.reports.templates.MemberUse;
import de.heldenhelfer.reports.templates.TemplateSource;
import de.heldenhelfer.reports.templates.TemplateValues;
import de.heldenhelfer.reports.templates.ValueType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starter set: every template parses, uses only the names of docs/templates.md, fills with
 * realistic values (both branches of every [if]) and renders to PDF and docx that read back.
 */
class StarterTemplatesTest {
  static final String DIR = "/de/heldenhelfer/paperwork/templates/";

  /** The names the domain provides, with the types of docs/templates.md. */
  static final Map<String, ValueType> KNOWN = known();

  private static Map<String, ValueType> known() {
    Map<String, ValueType> names = new HashMap<>();
    for (String n :
        List.of(
            "name",
            "registerNumber",
            "registerCourt",
            "street",
            "postalCode",
            "city",
            "address",
            "email",
            "phone",
            "website",
            "purpose",
            "chair",
            "viceChair",
            "treasurer",
            "secretary",
            "taxOffice",
            "taxNumber")) {
      names.put("club." + n, ValueType.TEXT);
    }
    names.put("club.exemptionNoticeDate", ValueType.DATE);
    names.put("club.board", ValueType.LIST);
    for (String n :
        List.of(
            "salutation",
            "firstName",
            "lastName",
            "fullName",
            "street",
            "postalCode",
            "city",
            "memberNumber",
            "email",
            "guardianName")) {
      names.put("member." + n, ValueType.TEXT);
    }
    names.put("member.birthDate", ValueType.DATE);
    names.put("member.entryDate", ValueType.DATE);
    names.put("today", ValueType.DATE);
    return Map.copyOf(names);
  }

  /** What each template must say, besides the values. */
  static final Map<String, List<String>> EXPECTED =
      Map.of(
          "einladung-mitgliederversammlung",
          List.of("Tagesordnung", "Begrüßung", "Entlastung des Vorstands", "§ 32 Abs. 2"),
          "protokoll-mitgliederversammlung",
          List.of("beschlussfähig", "dass sie die Wahl annehmen", "Enthaltung", "Protokollführung"),
          "anmeldung-vorstandsaenderung",
          List.of(
              "An das Amtsgericht Würzburg – Registergericht –",
              "VR 200814",
              "§ 67",
              "§ 77 BGB",
              "öffentlich beglaubigt"),
          "zuwendungsbestaetigung-geld",
          List.of(
              "1.234,56 €",
              "eintausendzweihundertvierunddreißig Euro und 56 Cent",
              "§ 5 Abs. 1 Nr. 9",
              "§ 10b Abs. 4 EStG",
              "länger als 5 Jahre",
              "15.03.2024",
              "Finanzamtes Würzburg, StNr. 257/107/12345"),
          "bestaetigung-uebungsleiter-ehrenamtspauschale",
          List.of("§ 3 Nr. 26", "nicht bereits in einem anderen", "2026"),
          "antrag-erweitertes-fuehrungszeugnis",
          List.of("§ 30a", "§ 72a SGB VIII", "14.05.2012"),
          "datenschutz-information-art13",
          List.of("Art. 6 Abs. 1 lit. b", "lit. c", "lit. f", "Art. 21", "91522 Ansbach"),
          "einwilligung-fotos",
          List.of("\u2610", "widerrufen", "Art. 7 Abs. 3"),
          "anmeldung-veranstaltung-gemeinde",
          List.of("Stadt Würzburg", "bis zu 800 gleichzeitig", "Beantragte Erlaubnisse", "\u2610"));

  static List<String> codes() throws IOException {
    try (InputStream in = StarterTemplatesTest.class.getResourceAsStream(DIR + "index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }

  static TemplateSource load(String code) throws IOException {
    try (InputStream in = StarterTemplatesTest.class.getResourceAsStream(DIR + code + ".hhtpl")) {
      return TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theSpecNamesAreTheNamesTheDomainProvides() {
    assertEquals(KNOWN, Placeholders.known());
  }

  @Test
  void indexListsExactlyTheTemplateFilesInDisplayOrder() throws IOException, URISyntaxException {
    Path dir =
        Path.of(StarterTemplatesTest.class.getResource(DIR + "index.txt").toURI()).getParent();
    TreeSet<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("index.txt"))
          .forEach(files::add);
    }
    List<String> codes = codes();
    assertEquals(codes.size(), new TreeSet<>(codes).size(), "no code twice");
    assertEquals(files, new TreeSet<>(codes.stream().map(c -> c + ".hhtpl").toList()));
    assertEquals(9, codes.size());
    assertEquals(EXPECTED.keySet(), new TreeSet<>(codes));
    assertEquals("einladung-mitgliederversammlung", codes.get(0));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void parsesChecksFillsAndRendersWithEveryBranch(String code) throws IOException {
    TemplateSource template = load(code);
    assertEquals(List.of(), template.check(KNOWN), code);
    assertFalse(template.description().isBlank(), code);
    assertTrue(template.legalBasis() != null && !template.legalBasis().isBlank(), code);
    for (boolean yes : new boolean[] {true, false}) {
      TemplateValues values = values(template, yes);
      assertEquals(List.of(), template.missingValues(values), code + " yes=" + yes);
      String pdf = pdfText(template.toPdf(values, Locale.GERMANY));
      assertFilled(code, template, yes, pdf);
      if (template.docx()) {
        String docx = docxText(template.toDocx(values, Locale.GERMANY));
        assertFilled(code, template, yes, docx);
      }
    }
  }

  @Test
  void theDonationReceiptTakesTheTaxNumberFromTheClubProfileOrAsksForIt() throws IOException {
    TemplateSource receipt = load("zuwendungsbestaetigung-geld");
    String fromProfile = pdfText(receipt.toPdf(values(receipt, true), Locale.GERMANY));
    String asked = pdfText(receipt.toPdf(values(receipt, false), Locale.GERMANY));
    assertTrue(
        fromProfile.replaceAll("\\s+", " ").contains("Finanzamtes Würzburg, StNr. 257/107/12345"),
        fromProfile);
    assertTrue(
        asked.replaceAll("\\s+", " ").contains("Finanzamtes Würzburg-Land, StNr. 257/107/99999"),
        asked);
    assertEquals(
        List.of("input.finanzamt", "input.steuernummer"),
        receipt
            .missingValues(
                TemplateValues.of(
                    Map.of(
                        "club.name",
                        "x",
                        "club.address",
                        "x",
                        "club.purpose",
                        "x",
                        "club.exemptionNoticeDate",
                        LocalDate.of(2024, 1, 1),
                        "club.city",
                        "x",
                        "today",
                        LocalDate.of(2026, 1, 1))))
            .stream()
            .map(m -> m.name())
            .filter(n -> n.startsWith("input.f") || n.startsWith("input.s"))
            .toList());
  }

  @Test
  void yesNoBranchesChangeTheDocument() throws IOException {
    TemplateSource template = load("bestaetigung-uebungsleiter-ehrenamtspauschale");
    String uebungsleiter = pdfText(template.toPdf(values(template, true), Locale.GERMANY));
    String ehrenamt = pdfText(template.toPdf(values(template, false), Locale.GERMANY));
    assertTrue(uebungsleiter.contains("3.300 €"), uebungsleiter);
    assertFalse(uebungsleiter.contains("960 €"), uebungsleiter);
    assertTrue(ehrenamt.contains("960 €"), ehrenamt);
    assertTrue(ehrenamt.contains("§ 3 Nr. 26a EStG"), ehrenamt);
    assertNotEquals(uebungsleiter, ehrenamt);

    TemplateSource photos = load("einwilligung-fotos");
    String minor = pdfText(photos.toPdf(values(photos, true), Locale.GERMANY));
    String adult = pdfText(photos.toPdf(values(photos, false), Locale.GERMANY));
    assertTrue(minor.contains("Erziehungsberechtigte/r: Bärbel Größlein"), minor);
    assertFalse(adult.contains("Erziehungsberechtigte/r:"), adult);
  }

  private static void assertFilled(String code, TemplateSource template, boolean yes, String text) {
    String flat = text.replaceAll("\\s+", " ");
    assertFalse(flat.contains("{{") || flat.contains("}}") || flat.contains("**"), code + flat);
    assertTrue(flat.contains("Sportfreunde Würzburg-Süd e.V."), code + flat);
    if (template.memberUse() == MemberUse.REQUIRED) {
      assertTrue(flat.contains("Jürgen Größlein"), code + flat);
    }
    // the expected passages include those of [if] branches shown when every YESNO is yes
    for (String expected : yes ? EXPECTED.get(code) : List.<String>of()) {
      assertTrue(flat.contains(expected), code + ": " + expected + " in " + flat);
    }
  }

  /** Realistic values; {@code yes}: every YESNO yes, optional inputs and the guardian set. */
  static TemplateValues values(TemplateSource template, boolean yes) {
    Map<String, Object> v = new HashMap<>();
    v.put("club.name", "Sportfreunde Würzburg-Süd e.V.");
    v.put("club.registerNumber", "VR 200814");
    v.put("club.registerCourt", "Amtsgericht Würzburg – Registergericht –");
    // without tax number in the club profile the receipt asks for tax office and number
    v.put("club.taxOffice", yes ? "Würzburg" : null);
    v.put("club.taxNumber", yes ? "257/107/12345" : null);
    v.put("club.street", "Mergentheimer Straße 15");
    v.put("club.postalCode", "97082");
    v.put("club.city", "Würzburg");
    v.put("club.address", "Mergentheimer Straße 15, 97082 Würzburg");
    v.put("club.email", "vorstand@sportfreunde-wuerzburg.example");
    v.put("club.phone", "0931 123456");
    v.put("club.website", "www.sportfreunde-wuerzburg.example");
    v.put("club.purpose", "des Sports (§ 52 Abs. 2 Satz 1 Nr. 21 AO) und der Jugendhilfe");
    v.put("club.exemptionNoticeDate", LocalDate.of(2024, 3, 15));
    v.put("club.chair", "Marianne Kößler");
    v.put("club.viceChair", "Özgür Demir");
    v.put("club.treasurer", "Grete Weiß");
    v.put("club.secretary", "Jens Hübner");
    v.put("club.board", List.of("Marianne Kößler (Vorsitz)", "Grete Weiß (Kasse)"));
    v.put("today", LocalDate.of(2026, 3, 2));
    if (template.memberUse() != MemberUse.NONE) {
      v.put("member.salutation", "Herr");
      v.put("member.firstName", "Jürgen");
      v.put("member.lastName", "Größlein");
      v.put("member.fullName", "Jürgen Größlein");
      v.put("member.street", "Sanderstraße 7");
      v.put("member.postalCode", "97070");
      v.put("member.city", "Würzburg");
      v.put("member.birthDate", LocalDate.of(2012, 5, 14));
      v.put("member.memberNumber", yes ? "M-0815" : null);
      v.put("member.entryDate", LocalDate.of(2019, 9, 1));
      v.put("member.email", "juergen.groesslein@example.org");
      v.put("member.guardianName", yes ? "Bärbel Größlein" : null);
    }
    for (InputField input : template.inputs()) {
      if (!input.required() && !yes) {
        continue;
      }
      v.put(input.placeholder(), sample(input, yes));
    }
    return TemplateValues.of(v);
  }

  private static final Map<String, Object> SAMPLES =
      Map.ofEntries(
          Map.entry("tagesordnung", List.of("Begrüßung", "Berichte", "Entlastung des Vorstands")),
          Map.entry("art", "ordentlichen Mitgliederversammlung 2026"),
          Map.entry("taetigkeit", "Trainerin der D-Jugend (Fußball)"),
          Map.entry("verantwortlich", "Jörg Mößner"),
          Map.entry("veranstaltung", "Sommerfest am Main"),
          Map.entry("ort", "Vereinsheim, Mergentheimer Straße 15, 97082 Würzburg"),
          Map.entry("satzung", "§ 10 Abs. 2 der Satzung"),
          Map.entry("betrag", new BigDecimal("1234.56")),
          Map.entry("zeitraum", "2021 bis 2023"),
          Map.entry("zweck", "des Sports"),
          Map.entry("finanzamt", "Würzburg-Land"),
          Map.entry("steuernummer", "257/107/99999"),
          Map.entry("jahr", 2026L),
          Map.entry("besucher", 800L),
          Map.entry("gemeinde", "Stadt Würzburg – Ordnungsamt"),
          Map.entry("gemeindeAnschrift", "Karmelitenstraße 20, 97070 Würzburg"),
          Map.entry("versammlungsleitung", "Marianne Kößler"),
          Map.entry("protokollfuehrung", "Jens Hübner"),
          Map.entry(
              "bestellt",
              List.of(
                  "Vorsitz: Marianne Kößler, geb. 03.07.1971, Würzburg",
                  "Kasse: Grete Weiß, geb. 21.11.1985, Höchberg")),
          Map.entry("ausgeschieden", List.of("Kasse: Jörg Übelhör, Gerbrunn")));

  private static Object sample(InputField input, boolean yes) {
    Object sample = SAMPLES.get(input.key());
    if (sample != null) {
      return sample;
    }
    return switch (input.type()) {
      case TEXT -> "Beispiel für „" + input.label() + "“ – Größe äöü";
      case LONGTEXT -> "Erste Zeile mit Umlauten: Übergabe\nZweite Zeile: Straße";
      case DATE -> LocalDate.of(2026, 4, 17);
      case TIME -> LocalTime.of(19, 30);
      case MONEY -> new BigDecimal("960.00");
      case NUMBER -> 42L;
      case LIST -> List.of("Erster Punkt", "Zweiter Punkt: Ärger vermeiden");
      case YESNO -> yes;
    };
  }

  static String pdfText(byte[] bytes) throws IOException {
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
      assertTrue(pdf.isTagged());
      StringBuilder sb = new StringBuilder();
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        sb.append(PdfTextExtractor.getTextFromPage(pdf.getPage(p))).append('\n');
      }
      return sb.toString();
    }
  }

  static String docxText(byte[] bytes) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> texts = new ArrayList<>();
      doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(texts::add);
      for (XWPFTable table : doc.getTables()) {
        texts.add(table.getText());
      }
      return String.join("\n", texts);
    }
  }
}
