package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  record Person(String name, LocalDate birth, Number fee, Boolean active, String note) {}

  static final List<Column<Person>> COLUMNS =
      List.of(
          Column.of("name", "Name", Person::name),
          Column.of("birth", "Geburtsdatum", Person::birth),
          Column.of("fee", "Beitrag", Person::fee),
          Column.of("active", "Aktiv", Person::active),
          Column.of("note", "Notiz", Person::note));

  static String csv(TableWriter writer, List<Person> people) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(COLUMNS, people.iterator(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesBomSemicolonsCrlfAndGermanValues() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.excel()
        .write(
            COLUMNS,
            List.of(
                    new Person(
                        "Müller, Jürgen",
                        LocalDate.of(1980, 2, 1),
                        new BigDecimal("12.50"),
                        true,
                        null),
                    new Person("Weiß", null, 7, false, "Straße"))
                .iterator(),
            out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
    assertEquals(
        "\uFEFFName;Geburtsdatum;Beitrag;Aktiv;Notiz\r\n"
            + "Müller, Jürgen;01.02.1980;12,50;ja;\r\n"
            + "Weiß;;7;nein;Straße\r\n",
        new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void quotesAfterRfc4180() {
    CsvExport csv = CsvExport.excel();
    assertEquals("\"a;b\"", csv.field("a;b", true));
    assertEquals("\"Er sagte \"\"Hallo\"\"\"", csv.field("Er sagte \"Hallo\"", true));
    assertEquals("\"Zeile 1\nZeile 2\"", csv.field("Zeile 1\nZeile 2", true));
    assertEquals("\"a\r\nb\"", csv.field("a\r\nb", true));
    assertEquals("a,b", csv.field("a,b", true), "comma needs no quotes with ; separator");
    assertEquals("\"a,b\"", csv.withSeparator(',').field("a,b", true));
    assertEquals("\"a\tb\"", csv.withSeparator('\t').field("a\tb", true));
  }

  @Test
  void prefixesFormulaLikeTextWithApostrophe() throws IOException {
    List<Person> people =
        List.of(
            new Person("=HYPERLINK(\"http://evil\";\"klick\")", null, -5, null, "+49 931 12345"),
            new Person("@SUMME(A1:A2)", null, new BigDecimal("-1.5"), null, "-Abteilung"),
            new Person("\tTab", null, null, null, "\rCR"));
    String text = csv(CsvExport.excel(), people);
    List<String> lines = Arrays.asList(text.split("\r\n"));
    assertEquals(
        "\"'=HYPERLINK(\"\"http://evil\"\";\"\"klick\"\")\";;-5;;'+49 931 12345", lines.get(1));
    assertEquals("'@SUMME(A1:A2);;-1,5;;'-Abteilung", lines.get(2));
    assertTrue(text.contains("'\tTab;;;;\"'\rCR\""), text);
    for (String line : lines.subList(1, lines.size())) {
      for (String cell : line.split(";")) {
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(
            unquoted.startsWith("=") || unquoted.startsWith("@") || unquoted.startsWith("+"),
            "no cell may start with a formula character: " + cell);
      }
    }
  }

  @Test
  void englishBooleansAndOtherSeparator() throws IOException {
    String text =
        csv(
            CsvExport.excel().withLocale(Locale.ENGLISH).withSeparator(','),
            List.of(new Person("A", LocalDate.of(2024, 12, 31), 1.25, true, null)));
    assertEquals(
        "\uFEFFName,Geburtsdatum,Beitrag,Aktiv,Notiz\r\nA,31.12.2024,\"1,25\",yes,\r\n", text);
    assertThrows(IllegalArgumentException.class, () -> CsvExport.excel().withSeparator('|'));
  }

  @Test
  void closesTheStreamButNotTheOutput() throws IOException {
    AtomicBoolean streamClosed = new AtomicBoolean();
    AtomicBoolean outClosed = new AtomicBoolean();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            outClosed.set(true);
          }
        };
    Stream<Person> people =
        Stream.of(new Person("A", null, null, null, null)).onClose(() -> streamClosed.set(true));
    CsvExport.excel().write(COLUMNS, people, out);
    assertTrue(streamClosed.get(), "row stream closed");
    assertFalse(outClosed.get(), "output stream left open");
    assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("A;;;;\r\n"));
    assertEquals("text/csv; charset=UTF-8", CsvExport.excel().contentType());
    assertEquals("csv", CsvExport.excel().fileExtension());
  }

  @Test
  void roundTripsThroughTheReader() throws Exception {
    List<Person> people =
        List.of(
            new Person("=1+1", LocalDate.of(1999, 9, 9), 3, true, "Zeile 1\r\nZeile 2"),
            new Person("Jörg \"Jojo\" Groß", null, null, false, "a;b"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExport.excel().write(COLUMNS, people.iterator(), out);
    SpreadsheetData data =
        SpreadsheetReader.create()
            .read(
                TestFiles.in(out.toByteArray()), "export.csv", SpreadsheetReader.DEFAULT_MAX_BYTES);
    assertEquals(List.of("Name", "Geburtsdatum", "Beitrag", "Aktiv", "Notiz"), data.header());
    assertEquals(2, data.rows().size());
    SheetRow first = data.rows().get(0);
    assertEquals("=1+1", first.value(0), "apostrophe removed on import");
    assertEquals("09.09.1999", first.value(1));
    assertEquals("Zeile 1\r\nZeile 2", first.value(4));
    SheetRow second = data.rows().get(1);
    assertEquals(3, second.rowNumber());
    assertEquals("Jörg \"Jojo\" Groß", second.value(0));
    assertEquals("a;b", second.value(4));
    assertTrue(data.warnings().isEmpty());
  }
}
