package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EngagementCertificateTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 12, 31);
  static final LocalDate ISSUED = LocalDate.of(2026, 12, 6);

  static final List<EngagementCertificate.Line> LINES =
      List.of(
          new EngagementCertificate.Line(
              LocalDate.of(2026, 7, 4),
              "Tafel Würzburg e. V.",
              "Lebensmittelausgabe",
              3.5,
              "Erika Muster",
              LocalDate.of(2026, 7, 6)),
          new EngagementCertificate.Line(
              LocalDate.of(2026, 3, 14),
              "TSV Heldenstadt e. V.",
              "Kasse beim Hallenturnier",
              4.25,
              "Jürgen Größer",
              LocalDate.of(2026, 3, 16)),
          new EngagementCertificate.Line(
              LocalDate.of(2026, 5, 9),
              "TSV Heldenstadt e. V.",
              "Aufbau Sommerfest",
              2,
              "Jürgen Größer",
              LocalDate.of(2026, 5, 10)));

  static byte[] write(List<EngagementCertificate.Line> lines, List<String> karte, Locale locale)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EngagementCertificate.write(out, "Anna Schäfer", FROM, TO, lines, karte, ISSUED, locale);
    return out.toByteArray();
  }

  /** All text with line breaks from the layout turned into single spaces. */
  static String flat(PdfDocument pdf) {
    return PdfTestSupport.allText(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void germanCertificateWithTableSumsAndEhrenamtskarte() throws IOException {
    byte[] bytes =
        write(
            LINES,
            List.of("Ø 5,3 Stunden pro Woche in den letzten 2 Jahren (nötig: 5) – erfüllt"),
            Locale.GERMANY);
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Ehrenamtsnachweis – Anna Schäfer", "de-DE");
      String text = flat(pdf);
      assertTrue(text.contains("Ehrenamtsnachweis"), text);
      assertTrue(text.contains("Anna Schäfer"), text);
      assertTrue(text.contains("Zeitraum: 01.01.2026 – 31.12.2026"), text);
      assertTrue(text.contains("ehrenamtlich in folgenden Vereinen engagiert"), text);
      assertTrue(text.contains("Tafel Würzburg e. V."), text);
      assertTrue(text.contains("TSV Heldenstadt e. V."), text);
      assertTrue(text.contains("Jürgen Größer, 16.03.2026"), text);
      assertTrue(text.contains("4,25"), text);
      // per club: TSV 4.25 + 2 = 6.25, Tafel 3.5; total 9.75
      assertTrue(text.contains("6,25"), text);
      assertTrue(text.contains("Stunden insgesamt: 9,75"), text);
      assertTrue(text.contains("Bayerische Ehrenamtskarte"), text);
      assertTrue(text.contains("Ø 5,3 Stunden pro Woche"), text);
      assertTrue(text.contains("in Heldenhelfer bestätigt"), text);
      assertTrue(text.contains("Seite 1 von"), text);
      // lines ordered by date: March before May before July
      assertTrue(text.indexOf("14.03.2026") < text.indexOf("09.05.2026"), text);
      assertTrue(text.indexOf("09.05.2026") < text.indexOf("04.07.2026"), text);
      List<String> roles = PdfTestSupport.roles(pdf);
      assertTrue(roles.contains("H1"), roles.toString());
      assertTrue(roles.contains("Table"), roles.toString());
      assertTrue(roles.contains("TH"), roles.toString());
      assertTrue(roles.contains("L"), roles.toString());
    }
  }

  @Test
  void englishTextsAndNoEhrenamtskarteSection() throws IOException {
    byte[] bytes = write(LINES, List.of(), Locale.ENGLISH);
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(
          pdf, "Certificate of voluntary work – Anna Schäfer", "en");
      String text = flat(pdf);
      assertTrue(text.contains("Period: 01.01.2026 – 31.12.2026"), text);
      assertTrue(text.contains("volunteered in the following clubs"), text);
      assertTrue(text.contains("Total hours: 9.75"), text);
      assertTrue(text.contains("confirmed by / on"), text);
      assertTrue(text.contains("Page 1 of"), text);
      assertFalse(text.contains("Ehrenamtskarte"), text);
    }
  }

  @Test
  void noLinesGivesAValidPdfWithASentence() throws IOException {
    byte[] bytes = write(List.of(), null, Locale.GERMAN);
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Ehrenamtsnachweis – Anna Schäfer", "de-DE");
      assertEquals(1, pdf.getNumberOfPages());
      String text = flat(pdf);
      assertTrue(text.contains("keine bestätigten Stunden erfasst"), text);
      assertTrue(text.contains("01.01.2026"), text);
      assertFalse(text.contains("Stunden insgesamt"), text);
    }
  }
}
