package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planner's region table in a real browser: reached from the navigation, accessible, no count
 * between 1 and 4 visible anywhere, the suppression rule stated with the table, usable at 360 px; a
 * club board has neither the link nor the page.
 */
class StatisticsBrowserIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aPlannerSeesOnlyProtectedFiguresAndABoardNoneOfThem() throws Exception {
    BrowserIT planner = browsers.as("planung");
    planner.browser.findElement(By.id("navStatistics")).click();
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("regionTable")));
    String note = planner.text("suppressionNote");
    assertTrue(note.startsWith("Werte unter 5 unterdrückt"), note);
    String table = planner.text("regionTable");
    assertTrue(table.contains("Würzburg") && table.contains("7 bis 14 Jahre"), table);
    List<WebElement> cells = planner.browser.findElements(By.cssSelector("#regionTable td"));
    assertTrue(cells.size() > 50, "cells: " + cells.size());
    int suppressed = 0;
    for (WebElement td : cells) {
      String text = td.getText().strip();
      if (text.equals("•")) {
        suppressed++;
      } else {
        int n = Integer.parseInt(text.replace(".", ""));
        assertTrue(n == 0 || n >= 5, "a small count is shown: " + n);
      }
    }
    assertTrue(suppressed > 0, "the small demo region has small cells that are suppressed");
    planner.assertAccessible("region statistics");
    planner.screenshot("statistics-planner");
    planner.browser.manage().window().setSize(new Dimension(360, 800));
    planner.browser.navigate().refresh();
    planner.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("regionTable")));
    planner.assertNoHorizontalScrolling("region statistics at 360 px");

    BrowserIT board = browsers.as("vorstand-sport");
    assertTrue(board.browser.findElements(By.id("navStatistics")).isEmpty());
    board.browser.get(BrowserIT.APP + "/app/statistics.xhtml");
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kein Zugriff"));
  }
}
