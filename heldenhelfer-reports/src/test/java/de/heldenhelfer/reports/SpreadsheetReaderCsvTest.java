package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderCsvTest {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static SpreadsheetData read(byte[] bytes, String name) throws Exception {
    return SpreadsheetReader.create().read(TestFiles.in(bytes), name, 1024 * 1024);
  }

  static ReportInputException failure(byte[] bytes, String name) {
    return assertThrows(ReportInputException.class, () -> read(bytes, name));
  }

  @Test
  void readsWindows1252WithUmlautsAndWarns() throws Exception {
    byte[] bytes =
        "Name;Straße;Ort;Geburtsdatum\r\nMüller;Hauptstraße 1;Würzburg;31.02.2001\r\n"
            .getBytes(WINDOWS_1252);
    SpreadsheetData data = read(bytes, "mitglieder.csv");
    assertEquals(List.of("Name", "Straße", "Ort", "Geburtsdatum"), data.header());
    SheetRow row = data.rows().get(0);
    assertEquals("Müller", row.value(0));
    assertEquals("Hauptstraße 1", row.value(1));
    assertEquals("Würzburg", row.value(2));
    assertEquals(WINDOWS_1252, data.csvDialect().charset());
    assertEquals(';', data.csvDialect().separator());
    assertEquals(1, data.warnings().size());
    assertEquals("import.warning.windows1252", data.warnings().get(0).key());
    assertTrue(data.warnings().get(0).text(Locale.GERMAN).contains("Windows-1252"));

    // the broken date from the same file becomes an error value with the row as Excel shows it
    CellResult<java.time.LocalDate> date =
        CellParsers.date(row.value(3), row.rowNumber(), data.headerAt(3));
    assertEquals(
        "Zeile 2, Spalte „Geburtsdatum“: „31.02.2001“ ist kein gültiges Datum (TT.MM.JJJJ).",
        date.error().text(Locale.GERMAN));
  }

  @Test
  void readsUtf8WithAndWithoutBom() throws Exception {
    String content = "Name;Ort\nJürgen Groß;Würzburg\n";
    SpreadsheetData withoutBom = read(content.getBytes(StandardCharsets.UTF_8), "a.csv");
    SpreadsheetData withBom = read(("\uFEFF" + content).getBytes(StandardCharsets.UTF_8), "a.CSV");
    for (SpreadsheetData data : List.of(withoutBom, withBom)) {
      assertEquals(List.of("Name", "Ort"), data.header(), "no BOM in the first header");
      assertEquals("Jürgen Groß", data.rows().get(0).value(0));
      assertEquals(StandardCharsets.UTF_8, data.csvDialect().charset());
      assertTrue(data.warnings().isEmpty());
    }
  }

  @Test
  void readsUtf16UnicodeTextFromExcel() throws Exception {
    byte[] text = "Name\tOrt\r\nÖzil\tKöln\r\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    SpreadsheetData data = read(bytes, "unicode.csv");
    assertEquals('\t', data.csvDialect().separator());
    assertEquals("Köln", data.rows().get(0).value(1));
  }

  @Test
  void detectsTheSeparatorFromTheHeaderLine() throws Exception {
    assertEquals(
        ',', read(TestFiles.utf8("Name,Ort,Land;x\nA,B\n"), "a.csv").csvDialect().separator());
    assertEquals('\t', read(TestFiles.utf8("Name\tOrt\nA\tB\n"), "a.tsv").csvDialect().separator());
    SpreadsheetData semicolon = read(TestFiles.utf8("\"Name;Vorname\";Ort,Land\nA;B\n"), "a.csv");
    assertEquals(';', semicolon.csvDialect().separator(), "separators in quotes do not count");
    assertEquals(List.of("Name;Vorname", "Ort,Land"), semicolon.header());
    SpreadsheetData headerOnly = read(TestFiles.utf8("Name;Ort\r\n"), "a.csv");
    assertEquals(List.of("Name", "Ort"), headerOnly.header());
    assertTrue(headerOnly.rows().isEmpty(), "a header without data is no error");
    SpreadsheetData single = read(TestFiles.utf8("Name\nA\n"), "a.csv");
    assertEquals(List.of("Name"), single.header());
    assertEquals("A", single.rows().get(0).value(0));
  }

  @Test
  void parsesQuotesWithEmbeddedNewlinesAndCountsRowsLikeExcel() throws Exception {
    String csv =
        "Name;Bemerkung;Ort\r\n"
            + "\"Meier, Hans\";\"Zeile 1\r\nZeile 2\";\"Bad \"\"Neustadt\"\"\"\r\n"
            + "\r\n"
            + ";;\r\n"
            + "  Schulz  ;  ;Ochsenfurt\r\n"
            + "Letzte;ohne Zeilenende;\"x\"";
    SpreadsheetData data = read(TestFiles.utf8(csv), "a.csv");
    assertEquals(3, data.rows().size());
    SheetRow first = data.rows().get(0);
    assertEquals(2, first.rowNumber());
    assertEquals("Meier, Hans", first.value(0));
    assertEquals("Zeile 1\r\nZeile 2", first.value(1));
    assertEquals("Bad \"Neustadt\"", first.value(2));
    SheetRow schulz = data.rows().get(1);
    assertEquals(5, schulz.rowNumber(), "empty rows are skipped but counted");
    assertEquals("Schulz", schulz.value(0), "cells are stripped");
    assertNull(schulz.value(1), "blank cells are null");
    assertEquals("Ochsenfurt", schulz.text(2));
    assertEquals(6, data.rows().get(2).rowNumber());
    assertEquals("x", data.rows().get(2).value(2));
    assertEquals(1, data.headerRowNumber());
    assertEquals(1, data.columnIndex(" bemerkung "));
    assertEquals(-1, data.columnIndex("fehlt"));
  }

  @Test
  void reportsAnUnclosedQuoteWithItsRow() {
    ReportInputException e = failure(TestFiles.utf8("Name;Ort\nA;B\n\"C;D\nE;F\n"), "kaputt.csv");
    assertEquals("import.error.unclosedQuote", e.messageKey());
    assertTrue(e.getMessage().startsWith("Zeile 3:"), e.getMessage());
    assertTrue(e.localizedMessage(Locale.ENGLISH).startsWith("Row 3:"));
  }

  @Test
  void refusesEmptyTooLargeBinaryAndNonSpreadsheetFiles() throws Exception {
    assertEquals("import.error.empty", failure(new byte[0], "leer.csv").messageKey());
    assertEquals(
        "import.error.empty", failure(TestFiles.utf8("\r\n ; \r\n"), "a.csv").messageKey());

    ReportInputException tooLarge =
        assertThrows(
            ReportInputException.class,
            () ->
                SpreadsheetReader.create()
                    .read(TestFiles.in(new byte[3 * 1024 * 1024]), "gross.csv", 1024 * 1024));
    assertEquals("import.error.tooLarge", tooLarge.messageKey());
    assertEquals(
        "Die Datei „gross.csv“ ist zu groß. Erlaubt sind höchstens 1 MB.", tooLarge.getMessage());

    ReportInputException txt =
        failure(TestFiles.utf8("Liebe Mitglieder,\nanbei das Protokoll.\n"), "brief.txt");
    assertEquals("import.error.unsupportedType", txt.messageKey());
    assertTrue(txt.getMessage().contains("„.txt“"), txt.getMessage());

    byte[] binary = {'N', 'a', 'm', 'e', 0, 1, 2, 3, 0, 0};
    assertEquals("import.error.notSpreadsheet", failure(binary, "bild.csv").messageKey());
    assertEquals(
        "import.error.notSpreadsheet",
        failure(TestFiles.utf8("%PDF-1.7\n%äöü\n"), "liste.csv").messageKey());
    assertEquals(
        "import.error.unsupportedType",
        failure(TestFiles.utf8("a;b\n"), "ohne-endung").messageKey());
  }

  @Test
  void enforcesTheRowLimit() throws Exception {
    StringBuilder csv = new StringBuilder("Nr\n");
    for (int i = 1; i <= 6; i++) {
      csv.append(i).append('\n');
    }
    ReportInputException e =
        assertThrows(
            ReportInputException.class,
            () ->
                SpreadsheetReader.create()
                    .withMaxRows(5)
                    .read(TestFiles.in(TestFiles.utf8(csv.toString())), "a.csv", 10_000));
    assertEquals("import.error.tooManyRows", e.messageKey());
    assertTrue(e.getMessage().contains("mehr als 5 Datenzeilen"), e.getMessage());
    assertEquals(
        5,
        SpreadsheetReader.create()
            .withMaxRows(5)
            .read(TestFiles.in(TestFiles.utf8("Nr\n1\n2\n3\n4\n5\n")), "a.csv", 10_000)
            .rows()
            .size());
  }

  @Test
  void enforcesColumnAndCellLimits() {
    String wide = "a;".repeat(SpreadsheetReader.MAX_COLUMNS) + "zu viel\n";
    assertEquals(
        "import.error.tooManyColumns",
        failure(TestFiles.utf8("Kopf\n" + wide), "a.csv").messageKey());
    String longCell = "x".repeat(SpreadsheetReader.MAX_CELL_CHARS + 1);
    assertEquals(
        "import.error.cellTooLong",
        failure(TestFiles.utf8("Kopf\n" + longCell + "\n"), "a.csv").messageKey());
  }
}
