package de.heldenhelfer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

  record Member(String name, LocalDate birth, Number fee, Boolean active, Object extra) {}

  static final List<Column<Member>> COLUMNS =
      List.of(
          Column.of("name", "Name", Member::name),
          Column.of("birth", "Geburtsdatum", Member::birth),
          Column.of("fee", "Beitrag", Member::fee),
          Column.of("active", "Aktiv", Member::active),
          Column.of("extra", "Sonstiges", Member::extra));

  static byte[] export(XlsxExport export, List<Member> members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(COLUMNS, members.iterator(), out);
    return out.toByteArray();
  }

  @Test
  void writesTypedCellsBoldFrozenHeaderAndAutoFilter() throws IOException {
    byte[] bytes =
        export(
            XlsxExport.of("Mitglieder"),
            List.of(
                new Member(
                    "Müller, Jürgen",
                    LocalDate.of(1980, 2, 1),
                    new BigDecimal("12.50"),
                    true,
                    LocalDateTime.of(2024, 5, 6, 7, 8)),
                new Member("Weiß", null, 7, false, null)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.in(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Mitglieder", sheet.getSheetName());
      Row header = sheet.getRow(0);
      assertEquals("Geburtsdatum", header.getCell(1).getStringCellValue());
      for (Cell cell : header) {
        assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), "bold");
      }
      assertTrue(sheet.getPaneInformation().isFreezePane());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals("A1:E3", sheet.getCTWorksheet().getAutoFilter().getRef());

      Row first = sheet.getRow(1);
      Cell birth = first.getCell(1);
      assertEquals(CellType.NUMERIC, birth.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(birth));
      assertEquals(LocalDate.of(1980, 2, 1), birth.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("dd.mm.yyyy", birth.getCellStyle().getDataFormatString());
      assertEquals("01.02.1980", new DataFormatter(Locale.GERMANY).formatCellValue(birth));
      assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
      assertEquals(12.5, first.getCell(2).getNumericCellValue());
      assertEquals("0.00", first.getCell(2).getCellStyle().getDataFormatString());
      assertEquals("12,50", new DataFormatter(Locale.GERMANY).formatCellValue(first.getCell(2)));
      assertEquals(CellType.STRING, first.getCell(3).getCellType());
      assertEquals("ja", first.getCell(3).getStringCellValue());
      assertEquals(
          LocalDateTime.of(2024, 5, 6, 7, 8), first.getCell(4).getLocalDateTimeCellValue());
      Row second = sheet.getRow(2);
      assertEquals(7.0, second.getCell(2).getNumericCellValue());
      assertEquals("nein", second.getCell(3).getStringCellValue());
      assertEquals(null, second.getCell(1), "null values leave the cell out");
      assertTrue(sheet.getColumnWidth(0) >= 14 * 256, "column width from content");
    }
  }

  @Test
  void writesFormulaLikeTextVerbatimAsStringCells() throws IOException {
    List<String> evil =
        List.of(
            "=1+1",
            "=HYPERLINK(\"http://evil.example\",\"klick\")",
            "+49 931 12345",
            "-Abteilung",
            "@SUM(A1)",
            "\t=tab",
            "\r=cr");
    List<Member> members = new ArrayList<>();
    for (String e : evil) {
      members.add(new Member(e, null, null, null, e));
    }
    byte[] bytes = export(XlsxExport.of("X"), members);
    try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.in(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      for (int i = 0; i < evil.size(); i++) {
        XSSFCell cell = sheet.getRow(i + 1).getCell(0);
        assertEquals(CellType.STRING, cell.getCellType(), "never a formula: " + evil.get(i));
        assertEquals(evil.get(i), cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix keeps it text in Excel");
      }
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertNotEquals(CellType.FORMULA, cell.getCellType());
        }
      }
    }
  }

  @Test
  void keepsHugeIntegersAndOldDatesExactAsText() throws IOException {
    byte[] bytes =
        export(
            XlsxExport.of("X"),
            List.of(
                new Member("A", LocalDate.of(1860, 5, 1), 12345678901234567L, null, Double.NaN)));
    try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.in(bytes))) {
      Row row = workbook.getSheetAt(0).getRow(1);
      assertEquals("01.05.1860", row.getCell(1).getStringCellValue(), "Excel has no 1860 dates");
      assertEquals(CellType.STRING, row.getCell(2).getCellType());
      assertEquals("12345678901234567", row.getCell(2).getStringCellValue());
      assertEquals("NaN", row.getCell(4).getStringCellValue());
    }
  }

  @Test
  void sanitisesSheetNames() {
    String safe =
        XlsxExport.of("Mitglieder: Fußball/Jugend [2025] *neu* und noch viel mehr").safeSheetName();
    assertTrue(safe.length() <= 31, safe);
    assertFalse(safe.matches(".*[\\[\\]*?/\\\\:].*"), safe);
    assertTrue(safe.startsWith("Mitglieder_ Fußball_Jugend _20"), safe);
    assertEquals("Tabelle1", XlsxExport.of("  ").safeSheetName());
    assertEquals("Tabelle1", XlsxExport.of(null).safeSheetName());
    assertEquals("Sheet1", XlsxExport.of("").withLocale(Locale.ENGLISH).safeSheetName());
    assertEquals("History_", XlsxExport.of("History").safeSheetName());
    assertEquals("_Liste_", XlsxExport.of("'Liste'").safeSheetName());
  }

  @Test
  void disposesTemporaryFiles() throws IOException {
    Set<String> before = poiTempFiles();
    export(
        XlsxExport.of("X"),
        Stream.generate(() -> new Member("Name", LocalDate.of(2000, 1, 1), 1, true, null))
            .limit(1_000)
            .toList());
    Set<String> after = poiTempFiles();
    after.removeAll(before);
    assertEquals(Set.of(), after, "no temporary files left behind");
  }

  private static Set<String> poiTempFiles() {
    File dir = new File(System.getProperty("java.io.tmpdir"), "poifiles");
    String[] names = dir.list();
    return names == null
        ? new java.util.HashSet<>()
        : Stream.of(names)
            .filter(n -> n.startsWith("poi-sxssf"))
            .collect(Collectors.toCollection(java.util.HashSet::new));
  }

  @Test
  void exportsAnEmptyList() throws IOException {
    byte[] bytes = export(XlsxExport.of("Leer"), List.of());
    try (XSSFWorkbook workbook = new XSSFWorkbook(TestFiles.in(bytes))) {
      assertEquals(0, workbook.getSheetAt(0).getLastRowNum());
      assertEquals("Name", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
    }
    assertEquals(XlsxExport.CONTENT_TYPE, XlsxExport.of("x").contentType());
    assertEquals("xlsx", XlsxExport.of("x").fileExtension());
  }
}
