package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The board's paperwork in a real browser (headless Chromium, Keycloak's login page): the
 * dashboard's deadlines, preparing a general meeting, the task pages with checklist and bad input,
 * axe-core and the 360 px phone width. Uses the browser plumbing of {@link BrowserIT}.
 */
class PaperworkBrowserIT {
  private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final BrowserIT ui = new BrowserIT();

  @RegisterExtension
  final AfterTestExecutionCallback keepEvidence =
      context -> {
        if (context.getExecutionException().isPresent() && ui.browser != null) {
          String name = "failed-" + context.getRequiredTestMethod().getName();
          ui.screenshot(name);
          Files.writeString(
              Path.of("target", "screenshots", name + ".html"), ui.browser.getPageSource());
        }
      };

  @BeforeEach
  void open() throws Exception {
    ui.open();
  }

  @AfterEach
  void close() {
    ui.close();
  }

  private WebDriver browser() {
    return ui.browser;
  }

  @Test
  void boardPreparesTheGeneralMeetingFromTheDashboard() throws Exception {
    ui.login("vorstand-sport");
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("taskBoard")));
    ui.assertAccessible("dashboard with tasks");
    ui.screenshot("paperwork-dashboard");

    LocalDate meeting =
        LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(50 + (int) (System.nanoTime() % 30));
    ui.type("meeting:meetingDate", "31.02.2027");
    browser().findElement(By.id("meeting:planMeeting")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "kein gültiges Datum"));
    ui.type("meeting:meetingDate", DE.format(meeting));
    browser().findElement(By.id("meeting:planMeeting")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ist geplant"));
    String board = browser().findElement(By.id("taskBoard")).getText();
    assertTrue(
        board.contains(
            "Einladung zur Mitgliederversammlung am " + DE.format(meeting) + " versenden"),
        board);
    assertTrue(board.contains("Einladung erstellen"), board);
    ui.assertAccessible("dashboard after planning");

    // "Einladung erstellen" opens the invitation template with the meeting date filled in
    browser()
        .findElement(
            By.xpath(
                "//li[contains(., 'am "
                    + DE.format(meeting)
                    + " versenden')]//a[contains(., 'Einladung erstellen')]"))
        .click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("fillTitle"), "Einladung zur Mitgliederversammlung"));
    assertTrue(
        field("Datum der Versammlung").getAttribute("value").equals(DE.format(meeting)),
        "meeting date prefilled");
    ui.assertAccessible("template fill page");
    // a missing place is named before anything is generated
    browser().findElement(By.id("fill:pdf")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("fill:messages"), "Versammlungsort"));
    field("Beginn").sendKeys("19:30");
    field("Versammlungsort mit Anschrift").sendKeys("Sportheim Würzburg-Süd, Am Sportpark 4");
    field("Tagesordnung").sendKeys("Begrüßung\nBericht des Vorstands\nWahlen zum Vorstand");
    field("Satzungsbestimmung").sendKeys("§ 10 der Satzung");
    field("Anträge zur Tagesordnung bis").sendKeys(DE.format(meeting.minusDays(7)));
    browser().findElement(By.id("fill:pdf")).click();
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("download")));
    ui.screenshot("paperwork-invitation-filled");
    Object base64 =
        ((JavascriptExecutor) browser())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('download').href).then(r => r.arrayBuffer())"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done(btoa(s)); }).catch(e => done('error ' + e));");
    byte[] pdf = java.util.Base64.getDecoder().decode(String.valueOf(base64));
    String text = TemplateIT.pdfText(pdf);
    assertTrue(text.contains("TSV 1862 Würzburg-Süd e.V."), text);
    assertTrue(text.contains("Bericht des Vorstands"), text);
    assertTrue(text.contains("Sportheim Würzburg-Süd"), text);
  }

  /** The input a label names (labels of generated fields have unpredictable ids). */
  private org.openqa.selenium.WebElement field(String labelStart) {
    String id =
        browser()
            .findElement(By.xpath("//label[starts-with(normalize-space(.), '" + labelStart + "')]"))
            .getAttribute("for");
    return browser().findElement(By.id(id));
  }

  @Test
  void boardCreatesATaskTicksItsChecklistAndCompletesIt() throws Exception {
    String title = "Hallenschlüssel zurückgeben " + System.nanoTime() % 100000;
    ui.login("vorstand-sport");
    browser().findElement(By.id("navTasks")).click();
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("newTask:title")));
    ui.assertAccessible("task list");

    // a missing title and a broken date: German messages, nothing saved
    ui.type("newTask:due", "32.13.2026");
    browser().findElement(By.id("newTask:create")).click();
    ui.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Titel"));
    assertTrue(browser().findElement(By.id("messages")).getText().contains("Datum"));

    ui.type("newTask:title", title);
    ui.type(
        "newTask:due", DE.format(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).plusDays(5)));
    ui.type("newTask:steps", "Schlüssel holen\nHausmeister anrufen");
    browser().findElement(By.id("newTask:create")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ist angelegt"));
    browser().findElement(By.linkText(title)).click();
    ui.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("taskTitle"), title));
    ui.assertAccessible("task page");
    browser().findElement(By.cssSelector("#work button")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.attributeContains(
                By.cssSelector("#work li span.hh-step-text"), "class", "hh-step-done"));
    browser().findElement(By.id("work:complete")).click();
    ui.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Erledigt"));

    // usable on a 360 px phone
    browser().manage().window().setSize(new Dimension(360, 800));
    for (String page :
        new String[] {"/app/tasks.xhtml", "/app/dashboard.xhtml", "/app/club.xhtml"}) {
      browser().get(BrowserIT.APP + page);
      ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
      long width =
          (Long)
              ((JavascriptExecutor) browser())
                  .executeScript("return document.documentElement.scrollWidth;");
      assertTrue(width <= 360, page + " is " + width + " px wide at 360 px");
    }
    ui.screenshot("paperwork-club-360");
  }

  @Test
  void serviceDeskRefusesUnknownPlaceholdersAndPublishesANewTemplateVersion() throws Exception {
    String stamp = "Stand " + System.nanoTime() % 100000;
    ui.login("servicestelle");
    browser().findElement(By.id("navTemplates")).click();
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("library")));
    ui.assertAccessible("template library (service desk)");
    ui.screenshot("paperwork-templates-servicedesk");
    browser()
        .findElement(
            By.xpath("//li[.//h2[contains(., 'Veranstaltung')]]//a[contains(., 'Bearbeiten')]"))
        .click();
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("text:source")));
    ui.assertAccessible("template text (service desk)");
    // an unknown placeholder is refused with its line
    browser().findElement(By.id("text:source")).sendKeys("\n{{club.gibtEsNicht}}\n");
    browser().findElement(By.id("text:save")).click();
    ui.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Zeile"));
    assertTrue(
        browser().findElement(By.id("messages")).getText().contains("club.gibtEsNicht"),
        browser().findElement(By.id("messages")).getText());
    String source = browser().findElement(By.id("text:source")).getAttribute("value");
    org.openqa.selenium.WebElement area = browser().findElement(By.id("text:source"));
    ((JavascriptExecutor) browser())
        .executeScript(
            "arguments[0].value = arguments[1];",
            area,
            source.replace("\n{{club.gibtEsNicht}}\n", "") + "\n" + stamp + "\n");
    ui.type("text:note", "Browsertest " + stamp);
    browser().findElement(By.id("text:save")).click();
    ui.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "ist gespeichert"));
    assertTrue(browser().getPageSource().contains("Browsertest " + stamp), "the version list");
  }

  @Test
  void aMemberSeesNoTasks() throws Exception {
    ui.login("mitglied");
    assertTrue(browser().findElements(By.id("navTasks")).isEmpty());
    assertTrue(browser().findElements(By.id("taskBoard")).isEmpty());
    browser().get(BrowserIT.APP + "/app/tasks.xhtml");
    ui.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertTrue(
        browser().findElement(By.tagName("h1")).getText().contains("Kein Zugriff"),
        browser().getPageSource());
  }
}
