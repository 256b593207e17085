package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PdfTableTest {

  record Member(int number, String name, LocalDate birth, BigDecimal fee, boolean active) {}

  static final List<Column<Member>> COLUMNS =
      List.of(
          Column.of("nr", "Nr.", Member::number).withWidth(0.5f),
          Column.of("name", "Name", Member::name).withWidth(2f),
          Column.of("birth", "Geburtsdatum", Member::birth),
          Column.of("fee", "Beitrag", Member::fee),
          Column.of("active", "Aktiv", Member::active).withWidth(0.6f));

  static List<Member> members(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                new Member(
                    i,
                    i == 1 ? "Jürgen Größer-Weiß" : "Mitglied " + i,
                    LocalDate.of(1970, 1, 1).plusDays(i * 100L),
                    new BigDecimal("24.50"),
                    i % 3 == 0))
        .toList();
  }

  static byte[] write(PdfTable table, List<Column<Member>> columns, List<Member> rows)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.write(columns, rows.iterator(), out);
    return out.toByteArray();
  }

  @Test
  void writesTaggedGermanPdfWithRepeatingHeaderAndPageNumbers() throws IOException {
    byte[] bytes =
        write(
            PdfTable.of("Mitgliederliste", "TSV Heldenstadt e. V.", LocalDate.of(2025, 3, 14))
                .withNote("Filter: Abteilung Fußball"),
            COLUMNS,
            members(120));
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Mitgliederliste", "de-DE");
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 3, "120 rows need several pages, got " + pages);
      Rectangle size = pdf.getPage(1).getPageSize();
      assertTrue(size.getHeight() > size.getWidth(), "5 columns: portrait");

      String first = PdfTestSupport.text(pdf, 1);
      assertTrue(first.contains("Mitgliederliste"), first);
      assertTrue(first.contains("TSV Heldenstadt e. V. · Stand: 14.03.2025"), first);
      assertTrue(first.contains("Filter: Abteilung Fußball"), first);
      assertTrue(first.contains("Jürgen Größer-Weiß"), "umlauts and ß extract: " + first);
      assertTrue(first.contains("24,50"), first);
      assertTrue(first.matches("(?s).*Seite 1 von\\s+" + pages + ".*"), first);

      for (int p = 2; p <= pages; p++) {
        String text = PdfTestSupport.text(pdf, p);
        assertTrue(text.contains("Geburtsdatum"), "header repeated on page " + p);
        assertTrue(
            text.matches("(?s).*Seite " + p + " von\\s+" + pages + ".*"), "page number " + p);
      }
      assertTrue(PdfTestSupport.allText(pdf).contains("Mitglied 120"));
      List<String> roles = PdfTestSupport.roles(pdf);
      assertTrue(roles.contains("H1"), roles.toString());
      assertTrue(roles.contains("Table") && roles.contains("TH") && roles.contains("TD"));
    }
  }

  @Test
  void usesLandscapeForManyColumns() throws IOException {
    List<Column<Member>> many = new ArrayList<>(COLUMNS);
    many.add(Column.of("street", "Straße", m -> "Hauptstraße " + m.number()));
    many.add(Column.of("town", "Ort", m -> "Würzburg"));
    PdfTable table = PdfTable.of("Adressliste", "Verein", null);
    assertTrue(table.isLandscape(many));
    assertFalse(table.isLandscape(COLUMNS));
    assertFalse(table.withOrientation(PdfTable.Orientation.PORTRAIT).isLandscape(many));
    try (PdfDocument pdf = PdfTestSupport.open(write(table, many, members(3)))) {
      Rectangle size = pdf.getPage(1).getPageSize();
      assertTrue(size.getWidth() > size.getHeight(), "landscape");
      assertEquals(1, pdf.getNumberOfPages());
      String text = PdfTestSupport.text(pdf, 1);
      assertTrue(text.contains("Straße") && text.contains("Würzburg"), text);
      assertTrue(text.contains("Seite 1 von 1"), text);
    }
  }

  @Test
  void writesAnEmptyListAndEnglishTexts() throws IOException {
    byte[] bytes =
        write(
            PdfTable.of("Member list", null, LocalDate.of(2025, 1, 2)).withLocale(Locale.ENGLISH),
            COLUMNS,
            List.of());
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      PdfTestSupport.assertAccessibleBasics(pdf, "Member list", "en");
      String text = PdfTestSupport.text(pdf, 1);
      assertTrue(text.contains("As of 02.01.2025"), text);
      assertTrue(text.contains("No entries."), text);
      assertTrue(text.contains("Page 1 of 1"), text);
    }
  }

  /** A long list streams through iText's large-table mode within the 256 MB test heap. */
  @Test
  void writesThreeThousandRows() throws IOException {
    byte[] bytes =
        write(PdfTable.of("Mitgliederliste", "Verein", LocalDate.now()), COLUMNS, members(3_000));
    try (PdfDocument pdf = PdfTestSupport.open(bytes)) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages > 50, "pages: " + pages);
      String last = PdfTestSupport.text(pdf, pages);
      assertTrue(last.contains("Mitglied 3000"), last);
      assertTrue(last.contains("Seite " + pages + " von"), last);
    }
  }
}
