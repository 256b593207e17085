package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The service desk's own pages in a real browser, logged in as the Servicestelle: the queue with
 * its text blocks, a request answered with a text block and a new status (a stale version is
 * refused with a message), and an announcement published to the music clubs after a preview of how
 * many it reaches. Every page passes axe-core and fits a 360 px phone screen.
 */
class DeskPagesBrowserIT {
  private static final DateTimeFormatter DE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @RegisterExtension final Browsers browsers = new Browsers();

  private BrowserIT desk() throws Exception {
    return browsers.as("servicestelle");
  }

  @Test
  void theQueueShowsARequestAndTheDeskKeepsItsTextBlocks() throws Exception {
    String subject = "Hallenzeiten im Winter " + System.nanoTime() % 1_000_000;
    long id = insertRequest(subject);
    BrowserIT desk = desk();
    desk.browser.get(BrowserIT.APP + "/app/desk.xhtml");
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), subject));
    String row =
        desk.browser
            .findElement(By.xpath("//table[@id='queue']//tr[contains(., '" + subject + "')]"))
            .getText();
    assertTrue(row.contains("TSV 1862 Würzburg-Süd"), row);
    assertTrue(row.contains("Räume und Sportstätten"), row);
    assertTrue(row.contains("Offen"), row);
    assertTrue(row.contains("seit 2 Tagen"), row);
    assertTrue(row.contains("niemand"), row);
    desk.assertAccessible("desk queue");
    page(desk, "desk-queue");

    // filtered to "done": not there; done, only mine, data protection: the empty state
    new Select(desk.browser.findElement(By.id("filter:status"))).selectByValue("DONE");
    desk.browser.findElement(By.id("filter:apply")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("queueArea"), subject)));
    desk.browser.findElement(By.id("filter:mineOnly")).click();
    new Select(desk.browser.findElement(By.id("filter:category"))).selectByValue("DATA_PROTECTION");
    desk.browser.findElement(By.id("filter:apply")).click();
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("emptyQueue")));
    assertTrue(desk.text("emptyQueue").contains("Für diese Auswahl gibt es keine Anfragen"));
    desk.assertAccessible("desk queue, nothing found");
    desk.browser.findElement(By.id("filter:reset")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), subject));

    // a text block: created, changed, a stale version refused, deleted
    String title = "Hallenbelegung " + System.nanoTime() % 1_000_000;
    desk.type("textBlockForm:blockTitle", title);
    desk.type(
        "textBlockForm:blockBody",
        "die Hallenzeiten vergibt das Sportamt.\nBitte melden Sie sich dort.");
    desk.browser.findElement(By.id("textBlockForm:saveBlock")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Der Textbaustein „" + title + "“ ist angelegt"));
    assertTrue(desk.text("textBlockTable").contains(title));
    assertTrue(desk.text("textBlockFormHeading").contains("Textbaustein bearbeiten: " + title));
    desk.type("textBlockForm:blockBody", "die Hallenzeiten vergibt das Sportamt der Stadt.");
    desk.browser.findElement(By.id("textBlockForm:saveBlock")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "ist gespeichert"));
    try (Connection db = BrowserIT.testDatabase();
        PreparedStatement other =
            db.prepareStatement(
                "UPDATE desk_text_block SET version = version + 1, body = ? WHERE title = ?")) {
      other.setString(1, "Fassung der Kollegin");
      other.setString(2, title);
      assertEquals(1, other.executeUpdate());
    }
    desk.type("textBlockForm:blockBody", "meine Fassung");
    desk.browser.findElement(By.id("textBlockForm:saveBlock")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Jemand anderes hat diese Daten inzwischen geändert"));
    assertEquals(
        "Fassung der Kollegin",
        desk.browser.findElement(By.id("textBlockForm:blockBody")).getDomProperty("value"));
    desk.assertAccessible("desk text block form");
    desk.browser.findElement(By.id("textBlockForm:deleteBlock")).click();
    desk.waitFor()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ist gelöscht"));
    assertTrue(!desk.text("textBlockArea").contains(title));

    // on a phone
    desk.browser.manage().window().setSize(new Dimension(360, 800));
    desk.browser.get(BrowserIT.APP + "/app/desk.xhtml");
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
    desk.assertNoHorizontalScrolling("desk queue at 360 px");
    page(desk, "desk-queue-360");
    assertTrue(id > 0);
  }

  @Test
  void aLongQueueHasPagesThatReachTheNewestRequest() throws Exception {
    String tag = "Seitenweise " + System.nanoTime() % 1_000_000;
    LocalDateTime now = LocalDateTime.now(BERLIN).truncatedTo(ChronoUnit.MILLIS);
    try (Connection db = BrowserIT.testDatabase();
        PreparedStatement r =
            db.prepareStatement(
                "INSERT INTO desk_request (version, club_id, category, subject, status,"
                    + " opened_by, created_at, updated_at) VALUES (0, 1, 'OTHER', ?, 'OPEN', 1,"
                    + " ?, ?)")) {
      for (int i = 1; i <= 51; i++) { // one page more than fits, whatever the queue held before
        r.setString(1, tag + " Nr. " + i);
        r.setObject(2, now.plusNanos(i * 1_000_000L));
        r.setObject(3, now);
        r.addBatch();
      }
      r.executeBatch();
    }
    try {
      BrowserIT desk = desk();
      desk.browser.get(BrowserIT.APP + "/app/desk.xhtml");
      desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("queuePageOf")));
      assertTrue(desk.text("queuePageOf").startsWith("Seite 1 von "), desk.text("queuePageOf"));
      assertEquals(50, desk.browser.findElements(By.cssSelector("#queue tbody tr")).size());
      // page forward to the last page: the newest request is there
      while (!desk.browser.findElements(By.id("queuePager:next")).isEmpty()) {
        String before = desk.text("queuePageOf");
        desk.browser.findElement(By.id("queuePager:next")).click();
        desk.waitFor()
            .until(
                ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(
                        By.id("queuePageOf"), before)));
      }
      assertTrue(desk.text("queue").contains(tag + " Nr. 51"), "the newest on the last page");
      assertFalse(desk.text("queue").contains(tag + " Nr. 1\n"), "the oldest not there");
      desk.assertAccessible("desk queue, last page");
      desk.browser.manage().window().setSize(new Dimension(360, 800));
      desk.assertNoHorizontalScrolling("desk queue, last page");
      ((org.openqa.selenium.JavascriptExecutor) desk.browser)
          .executeScript("document.getElementById('queuePageOf').scrollIntoView()");
      desk.screenshot("desk-queue-pages-phone");
      desk.browser.manage().window().setSize(new Dimension(1280, 900));
      desk.browser.findElement(By.id("queuePager:prev")).click();
      desk.waitFor()
          .until(
              ExpectedConditions.not(
                  ExpectedConditions.textToBePresentInElementLocated(
                      By.id("queue"), tag + " Nr. 51")));
    } finally {
      try (Connection db = BrowserIT.testDatabase();
          PreparedStatement done =
              db.prepareStatement(
                  "UPDATE desk_request SET status = 'DONE', closed_at = updated_at WHERE"
                      + " subject LIKE ?")) {
        done.setString(1, tag + " Nr. %");
        done.executeUpdate(); // the test database is kept: leave the queue as it was
      }
    }
  }

  @Test
  void theDeskAnswersARequestWithATextBlockAndANewStatus() throws Exception {
    String subject = "Zuschuss für Notenständer " + System.nanoTime() % 1_000_000;
    long id = insertRequest(subject);
    BrowserIT desk = desk();

    // an unknown id: the 404 page
    desk.browser.get(BrowserIT.APP + "/app/desk-request.xhtml?id=987654321");
    assertTrue(
        desk.browser.findElement(By.tagName("h1")).getText().contains("Nicht gefunden"),
        desk.browser.getPageSource());

    desk.browser.get(BrowserIT.APP + "/app/desk-request.xhtml?id=" + id);
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("subject"), subject));
    assertTrue(desk.text("currentStatus").contains("Offen"));
    assertTrue(desk.text("thread").contains("Sabine Kraus"), desk.text("thread"));
    desk.assertAccessible("desk request");
    page(desk, "desk-request");

    // somebody else changed the request meanwhile: refused with a message, the page reloads
    try (Connection db = BrowserIT.testDatabase();
        PreparedStatement other =
            db.prepareStatement("UPDATE desk_request SET version = version + 1 WHERE id = ?")) {
      other.setLong(1, id);
      assertEquals(1, other.executeUpdate());
    }
    new Select(desk.browser.findElement(By.id("status:newStatus")))
        .selectByVisibleText("In Bearbeitung");
    desk.browser.findElement(By.id("status:changeStatus")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Jemand anderes hat diese Daten inzwischen geändert"));
    assertTrue(desk.text("currentStatus").contains("Offen"));

    // assigned to a person of the desk
    Select assignee = new Select(desk.browser.findElement(By.id("assign:assignee")));
    String me = assignee.getOptions().get(1).getText();
    assignee.selectByIndex(1);
    desk.browser.findElement(By.id("assign:assignButton")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentAssignee"), me));
    assertTrue(desk.text("history").contains("Zugewiesen an " + me));

    // the answer: a text block, a line of one's own, "waiting for the club"
    new Select(desk.browser.findElement(By.id("reply:textBlock")))
        .selectByVisibleText("Unterlagen fehlen");
    desk.browser.findElement(By.id("reply:insertBlock")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.attributeContains(
                By.id("reply:body"), "value", "fehlen uns noch folgende Unterlagen"));
    desk.browser.findElement(By.id("reply:body")).sendKeys("\nViele Grüße\nIhre Servicestelle");
    new Select(desk.browser.findElement(By.id("reply:nextStatus")))
        .selectByVisibleText("Wartet auf den Verein");
    Path pdf = Files.createTempFile("Merkblatt", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    desk.browser.findElement(By.id("reply:files")).sendKeys(pdf.toString());
    desk.browser.findElement(By.id("reply:send")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Ihre Antwort ist gesendet"));
    assertTrue(desk.text("currentStatus").contains("Wartet auf den Verein"));
    String thread = desk.text("thread");
    assertTrue(thread.contains("fehlen uns noch folgende Unterlagen"), thread);
    assertTrue(thread.contains("Servicestelle"), thread);
    assertTrue(thread.contains(pdf.getFileName().toString()), thread);
    assertTrue(thread.contains("Viele Grüße\nIhre Servicestelle"), "line breaks kept: " + thread);
    String history = desk.text("history");
    assertTrue(history.contains("Antwort der Servicestelle"), history);
    assertTrue(history.contains("Stand: Wartet auf den Verein"), history);
    // the status choices follow the rules: from "waiting", only "in progress" and "done"
    List<String> next =
        new Select(desk.browser.findElement(By.id("status:newStatus")))
            .getOptions().stream().map(o -> o.getText()).toList();
    assertEquals(List.of("Bitte wählen", "In Bearbeitung", "Erledigt"), next);
    desk.assertAccessible("desk request answered");
    page(desk, "desk-request-answered");

    desk.browser.manage().window().setSize(new Dimension(360, 800));
    desk.browser.navigate().refresh();
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reply:send")));
    desk.assertNoHorizontalScrolling("desk request at 360 px");
    page(desk, "desk-request-360");
  }

  @Test
  void theDeskPublishesAnAnnouncementToTheMusicClubs() throws Exception {
    String title = "Förderaufruf Musikinstrumente " + System.nanoTime() % 1_000_000;
    long musicClubs;
    try (Connection db = BrowserIT.testDatabase();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM club WHERE kind = 'MUSIC'")) {
      r.next();
      musicClubs = r.getLong(1);
    }
    BrowserIT desk = desk();
    desk.browser.get(BrowserIT.APP + "/app/desk-announcements.xhtml");
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("announce:publish")));
    desk.assertAccessible("desk announcements");
    page(desk, "desk-announcements");

    new Select(desk.browser.findElement(By.id("announce:topic")))
        .selectByVisibleText("Förderaufruf");
    desk.type("announce:title", title);
    desk.type(
        "announce:body",
        "Der Bezirk fördert neue Instrumente mit bis zu 50 %.\nAnträge bis Ende des Monats.");
    desk.type("announce:expires", DE.format(LocalDate.now(BERLIN).plusDays(30)));
    desk.browser
        .findElement(
            By.xpath("//table[@id='announce:kinds']//label[normalize-space(.)='Musikverein']"))
        .click();
    desk.browser.findElement(By.id("announce:preview")).click();
    String reach = musicClubs == 1 ? "einen Verein" : musicClubs + " Vereine";
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("announce:previewText"), "Diese Auswahl erreicht " + reach + ":"));
    assertTrue(desk.text("announce:previewText").contains("Musikverein Höchberg"));
    desk.assertAccessible("desk announcements with preview");
    desk.browser.findElement(By.id("announce:publish")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "ist veröffentlicht und erreicht " + reach));
    String row =
        desk.browser
            .findElement(
                By.xpath("//table[@id='announcementTable']//tr[contains(., '" + title + "')]"))
            .getText();
    assertTrue(row.contains("Musikvereine"), row);
    assertTrue(row.contains("0 von " + musicClubs + " (0 %)"), row);
    assertTrue(row.contains("Förderaufruf"), row);
    assertEquals("", desk.browser.findElement(By.id("announce:title")).getDomProperty("value"));
    desk.assertAccessible("desk announcements after publishing");
    page(desk, "desk-announcements-published");

    desk.browser.manage().window().setSize(new Dimension(360, 800));
    desk.browser.navigate().refresh();
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("announce:publish")));
    desk.assertNoHorizontalScrolling("desk announcements at 360 px");
    page(desk, "desk-announcements-360");

    // in English on request
    desk.browser.manage().window().setSize(new Dimension(1280, 900));
    desk.browser.findElement(By.id("langEn")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Announcements to clubs"));
    assertTrue(desk.text("announcementTable").contains("0 of " + musicClubs + " (0 %)"));
    desk.assertAccessible("desk announcements in English");
  }

  /** A screenshot of the whole page at the window's current width, then the window as it was. */
  private static void page(BrowserIT ui, String name) throws Exception {
    Dimension before = ui.browser.manage().window().getSize();
    long height =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) ui.browser)
                .executeScript("return document.documentElement.scrollHeight;");
    ui.browser
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 6000)));
    ui.screenshot(name);
    ui.browser.manage().window().setSize(before);
  }

  /** A request of the TSV (Sabine Kraus), opened two days ago, as the club page would store it. */
  private static long insertRequest(String subject) throws Exception {
    LocalDateTime at = LocalDateTime.now(BERLIN).minusDays(2).truncatedTo(ChronoUnit.MILLIS);
    try (Connection db = BrowserIT.testDatabase()) {
      long id;
      try (PreparedStatement r =
          db.prepareStatement(
              "INSERT INTO desk_request (version, club_id, category, subject, status, opened_by,"
                  + " created_at, updated_at) VALUES (0, 1, 'ROOMS_FACILITIES', ?, 'OPEN', 1, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        r.setString(1, subject);
        r.setObject(2, at);
        r.setObject(3, at);
        r.executeUpdate();
        try (ResultSet keys = r.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement m =
          db.prepareStatement(
              "INSERT INTO desk_message (request_id, author_id, author_name, from_desk, body,"
                  + " created_at) VALUES (?, 1, 'Sabine Kraus', FALSE, ?, ?)")) {
        m.setLong(1, id);
        m.setString(2, "Guten Tag,\nwir brauchen im Winter mehr Hallenzeiten.\nDanke!");
        m.setObject(3, at);
        m.executeUpdate();
      }
      try (PreparedStatement e =
          db.prepareStatement(
              "INSERT INTO desk_event (request_id, seq, at, actor_name, kind)"
                  + " VALUES (?, 1, ?, 'Sabine Kraus', 'OPENED')")) {
        e.setLong(1, id);
        e.setObject(2, at);
        e.executeUpdate();
      }
      return id;
    }
  }
}
