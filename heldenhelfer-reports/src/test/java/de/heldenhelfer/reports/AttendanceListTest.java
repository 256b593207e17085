package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AttendanceListTest {
  static final AttendanceList.Meeting MEETING =
      new AttendanceList.Meeting(
          "TSV Heldenstadt e. V.",
          "Ordentliche Mitgliederversammlung 2025",
          LocalDate.of(2025, 3, 14),
          "Sportheim Würzburg");

  static List<AttendanceList.Attendee> attendees(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                new AttendanceList.Attendee(
                    i == 1 ? "Größer, Jürgen" : "Mitglied " + i, String.format("M-%04d", i)))
        .toList();
  }

  @Test
  void printsSignatureRowsHeaderOnEveryPageAndCountingLines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttendanceList.of(MEETING).write(attendees(40).stream(), out);
    try (PdfDocument pdf = PdfTestSupport.open(out.toByteArray())) {
      PdfTestSupport.assertAccessibleBasics(
          pdf, "Anwesenheitsliste – Ordentliche Mitgliederversammlung 2025", "de-DE");
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 2, "45 rows of 11 mm need two pages");
      String first = PdfTestSupport.text(pdf, 1);
      assertTrue(first.contains("Anwesenheitsliste"), first);
      assertTrue(first.contains("Ordentliche Mitgliederversammlung 2025"), first);
      assertTrue(first.contains("Datum: 14.03.2025 · Ort: Sportheim Würzburg"), first);
      assertTrue(first.contains("TSV Heldenstadt e. V."), first);
      assertTrue(first.contains("Größer, Jürgen"), first);
      assertTrue(first.contains("M-0001"), first);

      int rowsOnFirstPage = count(Pattern.compile("M-\\d{4}").matcher(first));
      assertTrue(
          rowsOnFirstPage >= 15 && rowsOnFirstPage <= 22,
          "rows are high enough to sign: " + rowsOnFirstPage + " on page 1");

      for (int p = 1; p <= pages; p++) {
        String text = PdfTestSupport.text(pdf, p);
        for (String header : List.of("Nr.", "Name", "Mitgliedsnummer", "Unterschrift")) {
          assertTrue(text.contains(header), header + " on page " + p);
        }
        assertTrue(text.contains("Anwesend auf dieser Seite: ________"), "count line " + p);
        assertTrue(text.matches("(?s).*Seite " + p + " von\\s+" + pages + ".*"), text);
      }
      String last = PdfTestSupport.text(pdf, pages);
      assertTrue(last.contains("Mitglied 40"), last);
      assertTrue(last.contains("45"), "blank rows are numbered on: " + last);
      assertTrue(last.contains("Anwesende Mitglieder insgesamt: ____________"), last);
      assertTrue(last.contains("Gezählt und geprüft"), last);
    }
  }

  @Test
  void worksWithoutPlaceAndInEnglish() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AttendanceList.of(new AttendanceList.Meeting(null, "AGM", LocalDate.of(2025, 1, 2), " "))
        .withBlankRows(0)
        .withLocale(Locale.ENGLISH)
        .write(attendees(2).iterator(), out);
    try (PdfDocument pdf = PdfTestSupport.open(out.toByteArray())) {
      assertEquals(1, pdf.getNumberOfPages());
      String text = PdfTestSupport.text(pdf, 1);
      assertTrue(text.contains("Attendance list"), text);
      assertTrue(text.contains("Date: 02.01.2025"), text);
      assertTrue(text.contains("Signature"), text);
      assertTrue(text.contains("Members present in total"), text);
      assertTrue(text.contains("Page 1 of 1"), text);
    }
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
