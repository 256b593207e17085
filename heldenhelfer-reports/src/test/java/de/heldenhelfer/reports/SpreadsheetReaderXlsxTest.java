package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderXlsxTest {

  static SpreadsheetData read(byte[] bytes, String name) throws Exception {
    return SpreadsheetReader.create()
        .read(TestFiles.in(bytes), name, SpreadsheetReader.DEFAULT_MAX_BYTES);
  }

  static ReportInputException failure(byte[] bytes, String name) {
    return assertThrows(ReportInputException.class, () -> read(bytes, name));
  }

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  @Test
  void readsTypedValuesFromTheFirstSheet() throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook();
    CellStyle dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    CellStyle dateTimeStyle = workbook.createCellStyle();
    dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
    Sheet sheet = workbook.createSheet("Mitglieder");
    Row header = sheet.createRow(0);
    String[] names = {"Name", "Geburtsdatum", "Beitrag", "Aktiv", "PLZ", "Eintritt"};
    for (int i = 0; i < names.length; i++) {
      header.createCell(i).setCellValue(names[i]);
    }
    Row first = sheet.createRow(1);
    first.createCell(0).setCellValue("  Müller, Jürgen\u00A0");
    Cell birth = first.createCell(1);
    birth.setCellValue(LocalDate.of(1980, 2, 29));
    birth.setCellStyle(dateStyle);
    first.createCell(2).setCellValue(12.5);
    first.createCell(3).setCellValue(true);
    first.createCell(4).setCellValue(97070);
    Cell entry = first.createCell(5);
    entry.setCellValue(LocalDateTime.of(2020, 1, 1, 18, 30));
    entry.setCellStyle(dateTimeStyle);
    // row 3 stays empty, row 4 has a gap in column B
    Row third = sheet.createRow(3);
    third.createCell(0).setCellValue("Weiß");
    third.createCell(2).setCellValue(0.1);
    third.createCell(4).setCellValue("01067");
    Sheet second = workbook.createSheet("Archiv");
    second.createRow(0).createCell(0).setCellValue("nicht lesen");

    SpreadsheetData data = read(bytes(workbook), "mitglieder.xlsx");
    assertEquals(SpreadsheetData.Format.XLSX, data.format());
    assertNull(data.csvDialect());
    assertEquals(List.of(names), data.header());
    assertEquals(2, data.rows().size(), "only the first sheet");
    SheetRow row = data.rows().get(0);
    assertEquals(2, row.rowNumber());
    assertEquals("Müller, Jürgen", row.value(0), "stripped incl. no-break space");
    assertEquals(LocalDate.of(1980, 2, 29), row.value(1));
    assertEquals(new BigDecimal("12.5"), row.value(2));
    assertEquals(Boolean.TRUE, row.value(3));
    assertEquals(new BigDecimal("97070"), row.value(4));
    assertEquals("97070", row.text(4));
    assertEquals(LocalDateTime.of(2020, 1, 1, 18, 30), row.value(5));
    SheetRow weiss = data.rows().get(1);
    assertEquals(4, weiss.rowNumber(), "empty rows are skipped but counted");
    assertNull(weiss.value(1));
    assertEquals(new BigDecimal("0.1"), weiss.value(2));
    assertEquals("0,1", weiss.text(2));
    assertEquals("01067", weiss.value(4), "text cells keep leading zeros");
    assertEquals(1, data.warnings().size());
    assertEquals(
        "Die Datei enthält 2 Tabellenblätter. Eingelesen wird nur das erste Blatt („Mitglieder“).",
        data.warnings().get(0).text(Locale.GERMANY));
  }

  @Test
  void honoursThe1904DateSystem() throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook();
    var ct = workbook.getCTWorkbook();
    (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
    CellStyle dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
    Sheet sheet = workbook.createSheet("Mac");
    sheet.createRow(0).createCell(0).setCellValue("Eintritt");
    Cell cell = sheet.createRow(1).createCell(0);
    cell.setCellValue(LocalDate.of(1999, 12, 31));
    cell.setCellStyle(dateStyle);
    assertTrue(workbook.isDate1904());
    SpreadsheetData data = read(bytes(workbook), "mac.xlsx");
    assertEquals(LocalDate.of(1999, 12, 31), data.rows().get(0).value(0));
  }

  /**
   * Decision: formulas are never evaluated; the cell yields the value Excel cached when saving
   * (typed like a normal cell), formulas without cached value are empty, and one warning reports
   * the number of formula cells and the first one.
   */
  @Test
  void usesCachedFormulaValuesWithoutEvaluating() throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Liste");
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("Zahl");
    header.createCell(1).setCellValue("Doppelt");
    header.createCell(2).setCellValue("Text");
    Row row = sheet.createRow(1);
    row.createCell(0).setCellValue(21);
    row.createCell(1).setCellFormula("A2*2");
    row.createCell(2).setCellFormula("\"=\"&\"HYPERLINK(1)\"");
    XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);

    SpreadsheetData data = read(bytes(workbook), "formeln.xlsx");
    assertEquals(new BigDecimal("42"), data.rows().get(0).value(1), "cached result");
    assertEquals("=HYPERLINK(1)", data.rows().get(0).value(2), "cached text, verbatim");
    assertEquals(1, data.warnings().size());
    ReportMessage warning = data.warnings().get(0);
    assertEquals("import.warning.formulas", warning.key());
    assertEquals(List.of("2", "B2"), warning.arguments());
    assertTrue(warning.text(Locale.GERMANY).contains("Formeln werden nicht berechnet"));
  }

  @Test
  void rejectsDoctypeAndNeverResolvesExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("geheim.txt");
    Files.writeString(secret, "GEHEIMNIS-4711");
    String entity = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    String sheet =
        TestFiles.SHEET_START.replace("<worksheet", entity + "<worksheet")
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
            + "</sheetData></worksheet>";
    ReportInputException e =
        failure(TestFiles.xlsx(sheet, TestFiles.EMPTY_SHARED_STRINGS), "xxe.xlsx");
    assertEquals("import.error.corrupt", e.messageKey());
    assertFalse(e.getMessage().contains("GEHEIMNIS"));
    assertTrue(e.getMessage().contains("beschädigt"), e.getMessage());

    // the same entity in the shared strings: POI's own parser refuses the DOCTYPE as well
    String sst =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + entity.replace("worksheet", "sst")
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>Name</t></si><si><t>&xxe;</t></si></sst>";
    String sheetWithSst =
        TestFiles.SHEET_START
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>";
    ReportInputException inStrings = failure(TestFiles.xlsx(sheetWithSst, sst), "xxe2.xlsx");
    assertEquals("import.error.corrupt", inStrings.messageKey());
    for (Throwable t = inStrings; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("GEHEIMNIS"), "entity not resolved");
    }
    // without the DOCTYPE the same package is fine
    SpreadsheetData clean =
        read(
            TestFiles.xlsx(
                sheetWithSst,
                sst.replace(entity.replace("worksheet", "sst"), "").replace("&xxe;", "Müller")),
            "ok.xlsx");
    assertEquals("Müller", clean.rows().get(0).value(0));
  }

  @Test
  void readsAHandWrittenMinimalXlsx() throws Exception {
    String sheet =
        TestFiles.SHEET_START
            + "<sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Ge</t></r><r><t>burtstag</t></r>"
            + "<rPh><t>phonetic</t></rPh></is></c></row>"
            + "<row><c t=\"s\"><v>0</v></c><c t=\"d\"><v>2001-02-03</v></c><c t=\"e\"><v>#NV</v></c>"
            + "<c t=\"b\"><v>0</v></c><c><f>A2*1000</f></c></row>"
            + "<row><c t=\"inlineStr\"><is><t>Ende</t></is></c><c><f>1+1</f><v></v></c>"
            + "<c t=\"str\"><f>\"=\"&amp;\"1\"</f><v>=1</v></c></row>"
            + "</sheetData></worksheet>";
    String sst =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>Jürgen</t></si></sst>";
    SpreadsheetData data = read(TestFiles.xlsx(sheet, sst), "hand.xlsx");
    assertEquals(List.of("Name", "Geburtstag"), data.header());
    SheetRow row = data.rows().get(0);
    assertEquals(2, row.rowNumber(), "rows without r attribute are counted on");
    assertEquals(
        List.of("Jürgen", LocalDate.of(2001, 2, 3), "#NV", false),
        row.values(),
        "formula without cached value: empty, never computed");
    assertEquals(java.util.Arrays.asList("Ende", null, "=1"), data.rows().get(1).values());
    assertEquals(
        List.of("3", "E2"),
        data.warnings().get(0).arguments(),
        "three formula cells, the first in E2");
  }

  @Test
  void stopsZipBombs() {
    byte[] bomb = TestFiles.zipBombXlsx(50);
    assertTrue(bomb.length < 200_000, "50 MB packed into " + bomb.length + " bytes");
    ReportInputException e = failure(bomb, "bombe.xlsx");
    assertEquals("import.error.zipBomb", e.messageKey());
    assertTrue(e.getMessage().contains("Zip-Bomben"), e.getMessage());
    assertTrue(e.localizedMessage(Locale.ENGLISH).contains("zip bombs"));
  }

  @Test
  void refusesEncryptedFiles() throws Exception {
    XSSFWorkbook workbook = new XSSFWorkbook();
    workbook.createSheet("Geheim").createRow(0).createCell(0).setCellValue("Name");
    byte[] plain = bytes(workbook);
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(encrypted);
    }
    ReportInputException e = failure(encrypted.toByteArray(), "geheim.xlsx");
    assertEquals("import.error.encrypted", e.messageKey());
    assertEquals(
        "Die Datei „geheim.xlsx“ ist mit einem Kennwort geschützt. Bitte speichern Sie sie ohne"
            + " Kennwort und laden Sie sie erneut hoch.",
        e.getMessage());
  }

  @Test
  void refusesOldXlsFiles() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      workbook.createSheet("Alt").createRow(0).createCell(0).setCellValue("Name");
      workbook.write(out);
    }
    assertEquals("import.error.xls", failure(out.toByteArray(), "alt.xls").messageKey());
    assertEquals("import.error.xls", failure(out.toByteArray(), "umbenannt.xlsx").messageKey());
  }

  @Test
  void refusesEmptyDamagedAndForeignFiles() throws Exception {
    assertEquals("import.error.empty", failure(new byte[0], "leer.xlsx").messageKey());
    XSSFWorkbook empty = new XSSFWorkbook();
    empty.createSheet("Leer");
    assertEquals("import.error.empty", failure(bytes(empty), "leer.xlsx").messageKey());

    assertEquals(
        "import.error.notSpreadsheet",
        failure(TestFiles.utf8("Name;Ort\nA;B\n"), "csv-umbenannt.xlsx").messageKey());
    assertEquals(
        "import.error.notSpreadsheet",
        failure(TestFiles.utf8("%PDF-1.4\n1 0 obj\n"), "liste.xlsx").messageKey());

    Map<String, byte[]> notOoxml = new LinkedHashMap<>();
    notOoxml.put("mimetype", TestFiles.utf8("application/vnd.oasis.opendocument.spreadsheet"));
    notOoxml.put("content.xml", TestFiles.utf8("<office:document-content/>"));
    assertEquals(
        "import.error.notSpreadsheet",
        failure(TestFiles.zip(notOoxml), "tabelle.ods").messageKey());

    String document = "<?xml version=\"1.0\"?><document xmlns=\"urn:x\"><body/></document>";
    byte[] docxLike =
        TestFiles.xlsx(TestFiles.SHEET_START + "</worksheet>", TestFiles.EMPTY_SHARED_STRINGS);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(TestFiles.in(docxLike))) {
      for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), zip.readAllBytes());
      }
    }
    parts.put("xl/workbook.xml", TestFiles.utf8(document));
    assertEquals(
        "import.error.notSpreadsheet", failure(TestFiles.zip(parts), "brief.xlsx").messageKey());

    byte[] truncated = java.util.Arrays.copyOf(bytes(newWorkbookWithRows(20)), 700);
    String key = failure(truncated, "abgeschnitten.xlsx").messageKey();
    assertTrue(
        key.equals("import.error.corrupt") || key.equals("import.error.notSpreadsheet"), key);
  }

  @Test
  void enforcesTheRowLimit() throws Exception {
    byte[] bytes = bytes(newWorkbookWithRows(11));
    ReportInputException e =
        assertThrows(
            ReportInputException.class,
            () ->
                SpreadsheetReader.create()
                    .withMaxRows(10)
                    .read(TestFiles.in(bytes), "lang.xlsx", 1_000_000));
    assertEquals("import.error.tooManyRows", e.messageKey());
    assertEquals(
        "Die Datei „lang.xlsx“ enthält mehr als 10 Datenzeilen. Bitte teilen Sie sie in kleinere"
            + " Dateien auf.",
        e.getMessage());
  }

  @Test
  void enforcesCellAndColumnLimits() {
    String longCell =
        TestFiles.SHEET_START
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Notiz</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
            + "x".repeat(SpreadsheetReader.MAX_CELL_CHARS + 1)
            + "</t></is></c></row></sheetData></worksheet>";
    ReportInputException tooLong =
        failure(TestFiles.xlsx(longCell, TestFiles.EMPTY_SHARED_STRINGS), "lang.xlsx");
    assertEquals("import.error.cellTooLong", tooLong.messageKey());
    assertEquals("Zeile 2: Eine Zelle enthält mehr als 32767 Zeichen.", tooLong.getMessage());

    String wide =
        TestFiles.SHEET_START
            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
            + "<c r=\"ALM1\"><v>1</v></c></row></sheetData></worksheet>";
    ReportInputException tooWide =
        failure(TestFiles.xlsx(wide, TestFiles.EMPTY_SHARED_STRINGS), "breit.xlsx");
    assertEquals("import.error.tooManyColumns", tooWide.messageKey());
    assertTrue(tooWide.getMessage().startsWith("Zeile 1 enthält Werte in mehr als 1000"));
  }

  private static XSSFWorkbook newWorkbookWithRows(int rows) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Daten");
    sheet.createRow(0).createCell(0).setCellValue("Nr");
    for (int i = 1; i <= rows; i++) {
      sheet.createRow(i).createCell(0).setCellValue(i);
    }
    return workbook;
  }

  record Generated(int number, String name, LocalDate birth, BigDecimal fee, boolean active) {}

  /** 10,000 rows written with SXSSF and read back with the streaming reader in a 256 MB heap. */
  @Test
  void readsTenThousandRowsWithLittleHeap() throws Exception {
    List<Column<Generated>> columns =
        List.of(
            Column.of("nr", "Mitgliedsnummer", Generated::number),
            Column.of("name", "Name", Generated::name),
            Column.of("birth", "Geburtsdatum", Generated::birth),
            Column.of("fee", "Beitrag", Generated::fee),
            Column.of("active", "Aktiv", Generated::active),
            Column.of("street", "Straße", g -> "Hauptstraße " + g.number()),
            Column.of("town", "Ort", g -> "Würzburg"),
            Column.of("mail", "E-Mail", g -> "mitglied" + g.number() + "@example.org"));
    Iterator<Generated> rows =
        IntStream.rangeClosed(1, 10_000)
            .mapToObj(
                i ->
                    new Generated(
                        i,
                        "Mitglied Nummer " + i,
                        LocalDate.of(1950, 1, 1).plusDays(i),
                        new BigDecimal(i % 100 + ".50"),
                        i % 2 == 0))
            .iterator();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxExport.of("Mitglieder").write(columns, rows, out);
    byte[] bytes = out.toByteArray();

    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    SpreadsheetData data =
        SpreadsheetReader.create().read(TestFiles.in(bytes), "gross.xlsx", 20 * 1024 * 1024);
    System.gc();
    long retained = runtime.totalMemory() - runtime.freeMemory() - before;

    assertEquals(10_000, data.rows().size());
    assertEquals("Mitgliedsnummer", data.header().get(0));
    SheetRow last = data.rows().get(9_999);
    assertEquals(10_001, last.rowNumber());
    assertEquals(new BigDecimal("10000"), last.value(0));
    assertEquals("Mitglied Nummer 10000", last.value(1));
    assertEquals(LocalDate.of(1950, 1, 1).plusDays(10_000), last.value(2));
    assertEquals(new BigDecimal("0.5"), last.value(3));
    assertEquals("ja", last.value(4));
    assertEquals("Würzburg", data.rows().get(4_711).value(6));
    assertTrue(
        retained < 64L * 1024 * 1024,
        "10,000 rows should retain far less than 64 MB, was " + retained / 1024 / 1024 + " MB");
  }
}
