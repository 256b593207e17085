package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataReportTest {

  @Test
  void writesSectionsWithKeyValuesTablesAndText() throws IOException {
    List<PersonalDataReport.Section> sections =
        List.of(
            PersonalDataReport.Section.of(
                "Stammdaten",
                PersonalDataReport.KeyValues.of(
                    "Name",
                    "Jürgen Größer",
                    "Geburtsdatum",
                    LocalDate.of(1980, 2, 29),
                    "Newsletter",
                    true,
                    "Bemerkung",
                    null)),
            PersonalDataReport.Section.of(
                "Funktionen",
                new PersonalDataReport.SmallTable(
                    List.of("Funktion", "von", "bis"),
                    List.of(
                        List.of("Übungsleiter", LocalDate.of(2020, 1, 1)),
                        Arrays.asList("Kassenprüfer", LocalDate.of(2021, 3, 1), null)))),
            PersonalDataReport.Section.of(
                "Einwilligungen",
                new PersonalDataReport.SmallTable(List.of("Zweck", "erteilt am"), List.of())),
            PersonalDataReport.Section.of(
                "Empfänger",
                new PersonalDataReport.Text(
                    "Ihre Daten werden an den Bayerischen Landes-Sportverband übermittelt.")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PersonalDataReport.of(
            "Auskunft über gespeicherte Daten (Art. 15 DSGVO)",
            "Jürgen Größer – TSV Heldenstadt e. V.",
            LocalDate.of(2025, 3, 14))
        .write(sections, out);

    try (PdfDocument pdf = PdfTestSupport.open(out.toByteArray())) {
      PdfTestSupport.assertAccessibleBasics(
          pdf, "Auskunft über gespeicherte Daten (Art. 15 DSGVO)", "de-DE");
      String text = PdfTestSupport.allText(pdf);
      for (String expected :
          List.of(
              "Auskunft über gespeicherte Daten (Art. 15 DSGVO)",
              "Jürgen Größer – TSV Heldenstadt e. V.",
              "Erstellt am 14.03.2025",
              "Stammdaten",
              "Geburtsdatum",
              "29.02.1980",
              "Newsletter",
              "ja",
              "Übungsleiter",
              "Kassenprüfer",
              "01.03.2021",
              "Keine Einträge.",
              "Bayerischen Landes-Sportverband",
              "Seite 1 von")) {
        assertTrue(text.contains(expected), expected + " in " + text);
      }
      List<String> roles = PdfTestSupport.roles(pdf);
      assertEquals(1, roles.stream().filter("H1"::equals).count(), roles.toString());
      assertEquals(4, roles.stream().filter("H2"::equals).count(), roles.toString());
      assertTrue(roles.contains("TH"), roles.toString());
    }
  }

  @Test
  void validatesBlocks() {
    assertThrows(
        IllegalArgumentException.class, () -> PersonalDataReport.KeyValues.of("nur Schlüssel"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PersonalDataReport.SmallTable(List.of(), List.of()));
  }
}
