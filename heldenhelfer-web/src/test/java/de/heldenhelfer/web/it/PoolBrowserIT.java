package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The volunteer pool in real browsers (one per person, all logged in through Keycloak's page): a
 * board posts a need, a volunteer finds it on a 360 px phone screen and signs up, the board
 * confirms and records the hours, the volunteer downloads the certificate; the agency proposes the
 * one volunteer who holds a required qualification and the volunteer accepts. Every page passes
 * axe-core.
 */
class PoolBrowserIT {
  private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String WUERZBURG = "09663000";

  @RegisterExtension final Browsers browsers = new Browsers();

  private BrowserIT as(String user) throws Exception {
    return browsers.as(user);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void volunteerFindsANeedOnAPhoneSignsUpAndTheClubConfirmsAndRecordsHours() throws Exception {
    long run = System.nanoTime() % 1_000_000;
    String title = "Helfer für das Sportfest " + run;
    // a day of its own, so that a rerun on the same database does not overlap an earlier sign-up
    LocalDate day = today().plusDays(14 + run % 300);

    // the board posts a need; broken date and time are explained, nothing is saved
    BrowserIT board = as("vorstand-sport");
    board.browser.findElement(By.id("navClubNeeds")).click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("newNeed:title")));
    board.assertAccessible("club needs");
    board.type("newNeed:title", title);
    board.type("newNeed:description", "Aufbau der Zelte und Ausschank am Sportfest.");
    new Select(board.browser.findElement(By.id("newNeed:ags"))).selectByValue(WUERZBURG);
    board.type("newNeed:address", "Sportpark, Am Sportpark 4");
    board.type("newNeed:day", "31.02.2027");
    board.type("newNeed:start", "25:00");
    board.type("newNeed:end", "18:00");
    number(board, "newNeed:capacity_input", "2");
    board.browser.findElement(By.id("newNeed:create")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "kein gültiges Datum"));
    assertTrue(board.text("messages").contains("keine gültige Uhrzeit"));
    board.type("newNeed:day", DE.format(day));
    board.type("newNeed:start", "14:00");
    board.browser.findElement(By.id("newNeed:create")).click();
    board
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("needTitle"), title));
    assertTrue(board.text("messages").contains("ist veröffentlicht"));
    long needId =
        Long.parseLong(board.browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    board.assertAccessible("club need without sign-ups");
    board.screenshot("pool-club-need-new");

    // an anonymous visitor sees pool needs only once the club makes them public
    BrowserIT visitor = browsers.as(null);
    visitor.browser.manage().window().setSize(new Dimension(360, 800));
    String search = BrowserIT.APP + "/needs.xhtml";
    visitor.browser.get(search);
    visitor.type("filter:text", String.valueOf(run));
    visitor.browser.findElement(By.id("filter:apply")).click();
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("noNeeds")));
    visitor.assertAccessible("public needs, none found");
    new Select(board.browser.findElement(By.id("edit:visibility"))).selectByValue("PUBLIC");
    board.browser.findElement(By.id("edit:save")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "gespeichert"));
    visitor.browser.findElement(By.id("filter:apply")).click();
    visitor
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("needList"), title));
    visitor.assertNoHorizontalScrolling("public needs at 360 px");
    visitor.assertAccessible("public needs");
    visitor.screenshot("pool-public-needs");

    // the volunteer, on a phone, finds it in the pool and signs up
    BrowserIT helper = as("helfer");
    helper.browser.manage().window().setSize(new Dimension(360, 800));
    helper.browser.get(BrowserIT.APP + "/app/pool.xhtml");
    helper.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("filter:text")));
    helper.type("filter:text", title.substring(title.lastIndexOf(' ') + 1));
    helper.browser.findElement(By.id("filter:apply")).click();
    helper
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("needList"), title));
    String card = helper.text("needList");
    assertTrue(card.contains("2 Plätze frei") || card.contains("2 "), card);
    helper.assertNoHorizontalScrolling("pool at 360 px");
    helper.assertAccessible("pool");
    helper.screenshot("pool-phone");
    helper.browser.findElement(By.linkText(title)).click();
    helper
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("needTitle"), title));
    helper.assertNoHorizontalScrolling("need at 360 px");
    helper.assertAccessible("need");
    helper.browser.findElement(By.id("shifts:shiftTable:0:signUp")).click();
    helper
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Sie sind angemeldet"));
    assertTrue(helper.text("shifts:shiftTable").contains("Angemeldet, Bestätigung offen"));
    helper.assertNoHorizontalScrolling("need after sign-up at 360 px");
    helper.screenshot("pool-phone-signed-up");

    // the board sees the contact data now and confirms
    board.browser.navigate().refresh();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("shifts"), "jonas.scheuring@demo.heldenhelfer.de"));
    board
        .browser
        .findElement(
            By.xpath(
                "//tr[contains(., 'jonas.scheuring@')]//button[substring(@id, string-length(@id) - 7) = ':confirm']"))
        .click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Die Anmeldung ist bestätigt"));
    assertTrue(board.text("shifts").contains("Bestätigt"));
    board.assertAccessible("club need with a confirmed sign-up");

    // the shift took place yesterday; "everybody was there" records 4 hours
    try (Connection db = BrowserIT.testDatabase();
        PreparedStatement move =
            db.prepareStatement("UPDATE shift SET day = ? WHERE need_id = ?")) {
      move.setObject(1, today().minusDays(1));
      move.setLong(2, needId);
      assertEquals(1, move.executeUpdate());
    }
    board.browser.navigate().refresh();
    board
        .waitFor()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#shifts button[id$=':allAttended']")))
        .click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Für 1 Personen sind Anwesenheit und Stunden bestätigt"));
    assertTrue(board.text("shifts").contains("Teilgenommen"));
    board.assertAccessible("club need after hours");
    board.screenshot("pool-club-need-hours");

    // the volunteer sees the engagement and downloads the certificate
    helper.browser.get(BrowserIT.APP + "/app/my-shifts.xhtml");
    helper.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("record:from")));
    helper.type("record:from", DE.format(today().minusDays(2)));
    helper.type("record:to", DE.format(today()));
    helper.browser.findElement(By.id("record:showRecord")).click();
    helper
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("record:lines"), title));
    String record = helper.text("record:lines");
    assertTrue(record.contains("TSV 1862 Würzburg-Süd"), record);
    assertTrue(record.contains("4"), record);
    helper.assertNoHorizontalScrolling("my shifts at 360 px");
    helper.assertAccessible("my shifts with record");
    helper.screenshot("pool-phone-record");
    String pdf = TemplateIT.pdfText(fetch(helper, "certificate"));
    assertTrue(pdf.contains("Jonas Scheuring"), pdf);
    assertTrue(pdf.contains("TSV 1862 Würzburg-"), pdf);
    assertTrue(pdf.contains(" " + run + " "), pdf); // the need's title, wrapped in its cell
    assertTrue(pdf.contains("Bayerische Ehrenamtskarte"), pdf);
  }

  @Test
  void agencyProposesTheOnlyQualifiedVolunteerWhoAccepts() throws Exception {
    long run = System.nanoTime() % 1_000_000;
    String title = "Badeaufsicht Ferienfreizeit " + run;
    LocalDate day = today().plusDays(14 + run % 300);

    // the volunteer records a lifeguard qualification in the profile
    BrowserIT helper = as("helfer");
    helper.browser.get(BrowserIT.APP + "/app/volunteer-profile.xhtml");
    helper.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("profile:save")));
    helper.assertAccessible("volunteer profile");
    WebElement lifeguard =
        helper.browser.findElement(
            By.xpath("//tr[td/label[normalize-space(.)='Rettungsschwimmer']]"));
    WebElement held = lifeguard.findElement(By.cssSelector("input[type=checkbox]"));
    if (!held.isSelected()) {
      held.click();
    }
    WebElement until = lifeguard.findElement(By.cssSelector("input[type=text]"));
    until.clear();
    until.sendKeys(DE.format(today().plusYears(1)));
    helper.browser.findElement(By.id("profile:save")).click();
    helper
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Ihr Helferprofil ist gespeichert"));

    // the board posts a need that requires it
    BrowserIT board = as("vorstand-sport");
    board.browser.get(BrowserIT.APP + "/app/club-needs.xhtml");
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("newNeed:title")));
    board.type("newNeed:title", title);
    new Select(board.browser.findElement(By.id("newNeed:ags"))).selectByValue(WUERZBURG);
    board.browser.findElement(By.id("newNeed:qualifications")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[@id='newNeed:qualifications_panel']//li[contains(., 'Rettungsschwimmer')]")))
        .click();
    board.browser.findElement(By.id("newNeed:title")).click();
    board.type("newNeed:day", DE.format(day));
    board.type("newNeed:start", "9:00");
    board.type("newNeed:end", "12:30");
    number(board, "newNeed:capacity_input", "1");
    board.browser.findElement(By.id("newNeed:create")).click();
    board
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("needTitle"), title));

    // the agency finds the shift short of helpers; only the qualified volunteer is suggested
    BrowserIT agency = as("agentur");
    agency.browser.findElement(By.id("navAgency")).click();
    agency
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("agency:shiftTable"), title));
    agency.assertAccessible("agency");
    agency
        .browser
        .findElement(
            By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'choose')]"))
        .click();
    agency
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("suggestionsHeading"), title));
    List<WebElement> suggestions =
        agency.browser.findElements(By.cssSelector("#suggestionList > li"));
    assertEquals(1, suggestions.size(), agency.text("suggestionList"));
    String why = suggestions.get(0).getText();
    assertTrue(why.contains("Jonas Scheuring"), why);
    assertTrue(why.contains("Rettungsschwimmer"), why);
    agency.assertAccessible("agency with suggestions");
    agency.screenshot("pool-agency-suggestions");
    agency.type("agency:message", "Sie haben als Einzige die passende Qualifikation.");
    suggestions.get(0).findElement(By.cssSelector("button")).click();
    agency
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Der Vorschlag ist verschickt"));
    assertTrue(agency.text("agency:proposalTable").contains(title));

    // the volunteer accepts on the pool page; the club sees the sign-up via the agency
    helper.browser.get(BrowserIT.APP + "/app/pool.xhtml");
    helper
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposals"), title));
    helper.assertAccessible("pool with a proposal");
    helper
        .browser
        .findElement(
            By.xpath("//li[contains(., '" + title + "')]//button[contains(@id, 'accept')]"))
        .click();
    helper
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Sie sind für die Schicht angemeldet"));

    board.browser.navigate().refresh();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("shifts"), "über die Freiwilligenagentur"));
    agency.browser.navigate().refresh();
    agency
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("agency:proposalTable"), "Angenommen"));
  }

  /** Types into a PrimeFaces inputNumber (whose script reformats what it holds). */
  private static void number(BrowserIT ui, String id, String value) {
    WebElement field = ui.browser.findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(value);
  }

  private static byte[] fetch(BrowserIT ui, String linkId) {
    return ui.download(linkId);
  }
}
