package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Planners' statistics in a real browser: every view (municipality x age group, gender, sports,
 * year-over-year, drill-down into a municipality, volunteering) shows no count between 1 and 4,
 * states the rule with every table, is accessible and usable at 360 px; the exports read back (POI,
 * PDF text) hold the same protected figures, no name or birth date of any member, and appear in the
 * export log. A club board has neither the page nor the exports, and its own Bestandserhebung shows
 * exactly its members.
 */
class StatisticsBrowserIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aPlannerSeesAndExportsOnlyProtectedFiguresAndABoardNoneOfThem() throws Exception {
    BrowserIT planner = browsers.as("planung");
    planner.browser.findElement(By.id("navStatistics")).click();
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("table0")));
    assertTrue(planner.text("caption0").startsWith("Werte unter 5 unterdrückt"));
    String table = planner.text("table0");
    assertTrue(table.contains("Würzburg") && table.contains("7 bis 14 Jahre"), table);
    assertTrue(noSmallCounts(planner) > 0, "the small demo region has suppressed cells");
    planner.assertAccessible("statistics: municipality x age group");
    planner.screenshot("statistics-planner");

    // drill down: a municipality's figures by age group, gender, activity and sport
    WebElement link = planner.browser.findElement(By.cssSelector("#table0 tbody th a"));
    String municipality = link.getText();
    link.click();
    planner
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("figure0"), "Mitglieder in " + municipality));
    assertEquals(
        "MUNICIPALITY",
        new Select(planner.browser.findElement(By.id("view")))
            .getFirstSelectedOption()
            .getDomAttribute("value"));
    noSmallCounts(planner);
    planner.assertAccessible("statistics: one municipality");

    for (String[] view :
        new String[][] {
          {"MEMBERS_GENDER", "weiblich"},
          {"SPORTS_AGE", "Sportart"},
          {"SPORTS_MUNICIPALITY", "Wohngemeinde"},
          {"TREND", "Veränderung"},
          {"FACILITIES", "Sporthalle"},
          {"VOLUNTEERING", "Einsätze nach Gemeinde"}
        }) {
      new Select(planner.browser.findElement(By.id("view"))).selectByValue(view[0]);
      planner.browser.findElement(By.id("show")).click();
      planner
          .waitFor()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), view[1]));
      switch (view[0]) {
        // groups and hours count no persons; the participations are protected
        case "FACILITIES" -> noSmallCounts(planner, "#table1 td");
        // deployments and volunteers are protected; hours follow them, shifts count no persons
        case "VOLUNTEERING" -> noSmallCounts(planner, "#table0 td, #table1 td, #table3 td");
        default -> noSmallCounts(planner);
      }
      planner.assertAccessible("statistics: " + view[0]);
    }
    String trendUrl = planner.browser.getCurrentUrl();
    planner.browser.get(trendUrl.replaceAll("view=[A-Z_]+", "view=TREND"));
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("table0")));
    String trend = planner.text("table0");
    assertTrue(trend.contains("01.01.2025") && trend.contains("01.01.2026"), trend);
    planner.screenshot("statistics-trend");

    // exports: the same protected figures, no personal data, logged
    planner.browser.get(trendUrl.replaceAll("view=[A-Z_]+", "view=MEMBERS_AGE"));
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("table0")));
    List<String> names = memberNamesAndBirthDates();
    byte[] xlsx = planner.download("exportXlsx");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertTrue(book.getNumberOfSheets() >= 2);
      String all = workbookText(book);
      assertTrue(all.contains("Würzburg") && all.contains("•"), all.substring(0, 200));
      assertTrue(all.contains("Geheimhaltung"), "the method sheet describes the rules");
      for (String personal : names) {
        assertFalse(all.contains(personal), "the workbook holds " + personal);
      }
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            double n = cell.getNumericCellValue();
            assertTrue(n == 0 || n >= 5, "a small count in the workbook: " + n);
          }
        }
      }
    }
    String pdf = TemplateIT.pdfText(planner.download("exportPdf"));
    assertTrue(pdf.contains("Würzburg") && pdf.contains("Werte unter 5"), pdf);
    for (String personal : names) {
      assertFalse(pdf.contains(personal), "the PDF holds " + personal);
    }
    String csv = new String(planner.download("exportCsv"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.contains("Würzburg;") && csv.contains("•"), csv);
    planner.browser.navigate().refresh();
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("exportLog")));
    String log = planner.text("exportLog");
    assertTrue(log.contains("Andrea Schäfer") && log.contains("MEMBERS_AGE stichtag="), log);
    assertTrue(log.contains("XLSX") && log.contains("PDF") && log.contains("CSV"), log);

    planner.browser.manage().window().setSize(new Dimension(360, 800));
    planner.browser.navigate().refresh();
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("table0")));
    planner.assertNoHorizontalScrolling("statistics at 360 px");
    planner.screenshot("statistics-phone");
    // a planner has no club: neither the census page nor its files
    assertEquals(
        403,
        planner.status(BrowserIT.APP + "/app/statistics/census?format=pdf&stichtag=2026-01-01"));

    BrowserIT board = browsers.as("vorstand-sport");
    assertTrue(board.browser.findElements(By.id("navStatistics")).isEmpty());
    assertEquals(
        403,
        board.status(
            BrowserIT.APP
                + "/app/statistics/export?format=xlsx&view=MEMBERS_AGE&stichtag=2026-01-01"));
    board.browser.get(BrowserIT.APP + "/app/statistics.xhtml");
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kein Zugriff"));
  }

  @Test
  void aBoardSeesItsOwnBestandserhebungAndNoOtherClubs() throws Exception {
    BrowserIT board = browsers.as("vorstand-sport");
    board.browser.findElement(By.id("navCensus")).click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("censusTable0")));
    new Select(board.browser.findElement(By.id("choice:stichtag")))
        .selectByVisibleText("01.01.2026");
    board.browser.findElement(By.id("choice:show")).click();
    board
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("computed"), "Mitglieder"));
    // exactly what the club contributes: the stored counts of that Stichtag (later changes to the
    // member list do not rewrite a past Stichtag)
    long expected = contributed("tsv", "2026-01-01");
    String computed = board.text("computed");
    assertTrue(computed.contains(" " + expected + " Mitglieder"), computed + " / " + expected);
    String a = board.text("censusTable0");
    assertTrue(a.contains("Geburtsjahr") && a.contains("männlich"), a);
    String b = board.text("censusTable1");
    assertTrue(b.contains("Sportart"), b);
    board.assertAccessible("census");
    board.screenshot("census");
    String pdf = TemplateIT.pdfText(board.download("censusPdf"));
    assertTrue(pdf.contains("A-Zahlen") && pdf.contains("B-Zahlen"), pdf);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(board.download("censusXlsx")))) {
      assertTrue(workbookText(book).contains("" + expected), "the workbook has the total");
    }
    // counted again today: the live member list
    board.browser.findElement(By.id("choice:today")).click();
    long today =
        membersOn("tsv", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString());
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("computed"), " " + today + " Mitglieder"));
    board.browser.manage().window().setSize(new Dimension(360, 800));
    board.browser.navigate().refresh();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("censusTable0")));
    board.assertNoHorizontalScrolling("census at 360 px");

    BrowserIT music = browsers.as("vorstand-musik");
    music.browser.findElement(By.id("navCensus")).click();
    music.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("computed")));
    long music2026 = contributed("musik", "2026-01-01");
    assertTrue(
        music.text("computed").contains(" " + music2026 + " Mitglieder"),
        "another club sees its own count: " + music.text("computed") + " / " + music2026);
  }

  @Test
  void aBoardRecordsATrainingGroupAndBadInputIsExplained() throws Exception {
    BrowserIT board = browsers.as("vorstand-sport");
    board.browser.findElement(By.id("navTraining")).click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("groupForm:name")));
    String name = "Bambini " + Long.toString(System.nanoTime(), 36);
    board.type("groupForm:name", name);
    board.type("groupForm:facility", "Sporthalle am Hubland");
    new Select(board.browser.findElement(By.id("groupForm:municipality")))
        .selectByVisibleText("Würzburg");
    new Select(board.browser.findElement(By.id("groupForm:weekday"))).selectByValue("3");
    board.type("groupForm:start", "17:30");
    board.type("groupForm:end", "16:45");
    board.type("groupForm:participants", "12");
    board.browser.findElement(By.id("groupForm:save")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Das Ende muss nach dem Beginn liegen."));
    assertEquals(
        "17:30",
        board.browser.findElement(By.id("groupForm:start")).getDomProperty("value"),
        "nothing typed is lost");
    board.type("groupForm:end", "18:45");
    board.browser.findElement(By.id("groupForm:save")).click();
    board
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups"), name));
    assertTrue(board.text("groups").contains("Mittwoch, 17:30–18:45"), board.text("groups"));
    board.assertAccessible("training groups");
    board.screenshot("training");
    board.browser.manage().window().setSize(new Dimension(360, 800));
    board.browser.navigate().refresh();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("groupForm:name")));
    board.assertNoHorizontalScrolling("training groups at 360 px");

    // another club's board does not see it
    BrowserIT music = browsers.as("vorstand-musik");
    music.browser.findElement(By.id("navTraining")).click();
    music.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertFalse(music.browser.getPageSource().contains(name));
  }

  /** Asserts that no shown count in the page's tables is between 1 and 4; returns the •s. */
  private static int noSmallCounts(BrowserIT ui) {
    return noSmallCounts(ui, "table.hh-numbers td");
  }

  private static int noSmallCounts(BrowserIT ui, String cellSelector) {
    int suppressed = 0;
    List<WebElement> cells = ui.browser.findElements(By.cssSelector(cellSelector));
    assertFalse(cells.isEmpty());
    for (WebElement td : cells) {
      String text = td.getText().strip();
      if (text.equals("•")) {
        suppressed++;
      } else {
        int n = Integer.parseInt(text.replace(".", ""));
        assertTrue(
            n == 0 || Math.abs(n) >= 5 || ui.browser.getCurrentUrl().contains("TREND"),
            "a small count is shown: " + n);
      }
    }
    return suppressed;
  }

  private static String workbookText(Workbook book) {
    StringBuilder all = new StringBuilder();
    org.apache.poi.ss.usermodel.DataFormatter format =
        new org.apache.poi.ss.usermodel.DataFormatter();
    for (Sheet s : book) {
      for (Row row : s) {
        for (Cell cell : row) {
          all.append(format.formatCellValue(cell)).append(' ');
        }
      }
    }
    return all.toString();
  }

  /** Some members' last names and birth dates (as they would print), to look for in exports. */
  private static List<String> memberNamesAndBirthDates() throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection db = BrowserIT.testDatabase();
        ResultSet rs =
            db.createStatement()
                .executeQuery(
                    "SELECT last_name, DATE_FORMAT(birth_date, '%d.%m.%Y') FROM member"
                        + " WHERE birth_date IS NOT NULL AND LENGTH(last_name) > 5 LIMIT 30")) {
      while (rs.next()) {
        out.add(rs.getString(1));
        out.add(rs.getString(2));
      }
    }
    assertFalse(out.isEmpty());
    return out;
  }

  private static long membersOn(String slugPart, String day) throws Exception {
    try (Connection db = BrowserIT.testDatabase();
        var st =
            db.prepareStatement(
                "SELECT COUNT(*) FROM member m JOIN club c ON c.id = m.club_id"
                    + " WHERE c.slug LIKE ? AND m.entry_date <= ? AND (m.exit_date IS NULL OR"
                    + " m.exit_date > ?) AND c.id = (SELECT MIN(id) FROM club WHERE slug LIKE ?)")) {
      st.setString(1, "%" + slugPart + "%");
      st.setString(2, day);
      st.setString(3, day);
      st.setString(4, "%" + slugPart + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The members a club contributed to a Stichtag (its stored snapshot). */
  private static long contributed(String slugPart, String day) throws Exception {
    try (Connection db = BrowserIT.testDatabase();
        var st =
            db.prepareStatement(
                "SELECT s.members FROM stat_snapshot s WHERE s.stichtag = ? AND s.club_id ="
                    + " (SELECT MIN(id) FROM club WHERE slug LIKE ?)")) {
      st.setString(1, day);
      st.setString(2, "%" + slugPart + "%");
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }
}
