package de.heldenhelfer.reports.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FigureWorkbookTest {

  static XSSFWorkbook write(FigureReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FigureWorkbook.write(report, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static boolean bold(XSSFWorkbook workbook, Cell cell) {
    return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
  }

  @Test
  void writesOneSheetPerTableWithNumbersTotalsAndSuppressedEntries() throws IOException {
    FigureReport report =
        FigureFixtures.report(Locale.GERMANY, FigureFixtures.region(), FigureFixtures.census());
    try (XSSFWorkbook workbook = write(report)) {
      assertEquals(3, workbook.getNumberOfSheets());
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Mitglieder nach Gemeinde und Al", sheet.getSheetName(), "31 characters");
      assertEquals("Mitglieder nach Abteilung", workbook.getSheetName(1));
      assertEquals("Methode", workbook.getSheetName(2));

      assertEquals(
          "Mitglieder nach Gemeinde und Altersgruppe",
          sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals(
          "Stichtag 01.01.2026 · Stadt und Landkreis Würzburg",
          sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals(FigureFixtures.CAPTION, sheet.getRow(2).getCell(0).getStringCellValue());

      Row header = sheet.getRow(4);
      assertEquals("Gemeinde", header.getCell(0).getStringCellValue());
      assertEquals("18 bis 64", header.getCell(2).getStringCellValue());
      assertEquals("Summe", header.getCell(4).getStringCellValue());
      assertTrue(bold(workbook, header.getCell(1)));
      assertEquals(5, sheet.getPaneInformation().getHorizontalSplitPosition(), "header frozen");

      Row wuerzburg = sheet.getRow(5);
      assertEquals("Würzburg", wuerzburg.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, wuerzburg.getCell(1).getCellType());
      assertEquals(1234.0, wuerzburg.getCell(1).getNumericCellValue());
      assertEquals(5678.0, wuerzburg.getCell(2).getNumericCellValue());
      assertEquals(7822.0, wuerzburg.getCell(4).getNumericCellValue());
      assertTrue(bold(workbook, wuerzburg.getCell(4)), "row total bold");
      assertTrue(!bold(workbook, wuerzburg.getCell(1)), "entries regular");

      Row zell = sheet.getRow(7);
      assertEquals("Zell a. Main", zell.getCell(0).getStringCellValue());
      for (int c : new int[] {1, 4}) {
        Cell suppressed = zell.getCell(c);
        assertEquals(CellType.STRING, suppressed.getCellType(), "no number where suppressed");
        assertEquals("•", suppressed.getStringCellValue());
        assertEquals(FillPatternType.SOLID_FOREGROUND, suppressed.getCellStyle().getFillPattern());
      }
      assertEquals(44.0, zell.getCell(2).getNumericCellValue());
      assertNotEquals(
          FillPatternType.SOLID_FOREGROUND, zell.getCell(2).getCellStyle().getFillPattern());

      Row totals = sheet.getRow(8);
      assertEquals("Summe", totals.getCell(0).getStringCellValue());
      assertTrue(bold(workbook, totals.getCell(0)));
      assertEquals(6043.0, totals.getCell(2).getNumericCellValue());
      assertEquals(8336.0, totals.getCell(4).getNumericCellValue());
      assertTrue(bold(workbook, totals.getCell(4)));

      assertNull(sheet.getRow(9), "blank line before the legend");
      assertEquals(
          "• = Wert aus Gründen der Geheimhaltung unterdrückt",
          sheet.getRow(10).getCell(0).getStringCellValue());

      XSSFSheet census = workbook.getSheetAt(1);
      // no caption: the header follows the subtitle after one blank row
      Row censusHeader = census.getRow(3);
      assertEquals("Abteilung", censusHeader.getCell(0).getStringCellValue());
      assertEquals(2, censusHeader.getLastCellNum(), "no total column");
      assertEquals("=Schach; Go", census.getRow(6).getCell(0).getStringCellValue());
      assertTrue(census.getRow(6).getCell(0).getCellStyle().getQuotePrefixed());
      assertEquals(17.0, census.getRow(6).getCell(1).getNumericCellValue());
      assertEquals(6, census.getLastRowNum(), "no total row, no legend");
      for (Row row : census) {
        for (Cell cell : row) {
          assertNotEquals(CellType.FORMULA, cell.getCellType());
        }
      }
    }
  }

  @Test
  void methodSheetHoldsTitleSubtitleAndParagraphs() throws IOException {
    try (XSSFWorkbook workbook =
        write(FigureFixtures.report(Locale.GERMANY, FigureFixtures.census()))) {
      XSSFSheet method = workbook.getSheet("Methode");
      List<String> texts = new ArrayList<>();
      for (Row row : method) {
        texts.add(row.getCell(0).getStringCellValue());
      }
      assertEquals("Mitglieder in der Region", texts.get(0));
      assertEquals("Stichtag 01.01.2026 · Stadt und Landkreis Würzburg", texts.get(1));
      assertTrue(texts.containsAll(FigureFixtures.method()), texts.toString());
      assertTrue(method.getRow(3).getCell(0).getCellStyle().getWrapText());
      assertEquals(
          "Mitglieder in der Region", workbook.getProperties().getCoreProperties().getTitle());
    }
  }

  @Test
  void writesEnglishTexts() throws IOException {
    try (XSSFWorkbook workbook =
        write(FigureFixtures.report(Locale.ENGLISH, FigureFixtures.region()))) {
      assertEquals("Method", workbook.getSheetName(1));
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Total", sheet.getRow(4).getCell(4).getStringCellValue());
      assertEquals("Total", sheet.getRow(8).getCell(0).getStringCellValue());
      assertEquals(
          "• = value suppressed for confidentiality",
          sheet.getRow(10).getCell(0).getStringCellValue());
    }
  }

  @Test
  void makesSheetNamesSafeAndUnique() throws IOException {
    FigureTable region = FigureFixtures.region();
    FigureTable method = FigureFixtures.census();
    method =
        new FigureTable(
            "Methode",
            null,
            method.rowHeader(),
            method.rowLabels(),
            method.columnLabels(),
            method.cells(),
            null,
            null,
            null,
            null);
    try (XSSFWorkbook workbook =
        write(FigureFixtures.report(Locale.GERMANY, region, region, region, method))) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        names.add(workbook.getSheetName(i));
      }
      assertEquals(
          List.of(
              "Mitglieder nach Gemeinde und Al",
              "Mitglieder nach Gemeinde un (2)",
              "Mitglieder nach Gemeinde un (3)",
              "Methode (2)",
              "Methode"),
          names);
    }
    Set<String> used = new HashSet<>();
    assertEquals("Tabelle1", FigureWorkbook.uniqueSheetName(" ", Locale.GERMANY, used));
    assertEquals("Tabelle1 (2)", FigureWorkbook.uniqueSheetName(null, Locale.GERMANY, used));
    assertEquals("A_B_C", FigureWorkbook.uniqueSheetName("A/B:C", Locale.GERMANY, used));
    assertEquals("a_b_c (2)", FigureWorkbook.uniqueSheetName("a/b:c", Locale.GERMANY, used));
  }
}
