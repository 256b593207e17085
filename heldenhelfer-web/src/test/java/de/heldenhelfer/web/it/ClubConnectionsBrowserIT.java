package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A club's connections to the outside, end to end: the board authorises a Keycloak client
 * (client-credentials token) on the club page, the client then reads exactly that club's members
 * with the access chosen, and nothing of another club; withdrawing the authorisation locks it out.
 * And the club's public-events calendar: created, fetched without login, renewed (the old address
 * dies) and deleted.
 */
class ClubConnectionsBrowserIT {
  static final String MUSIK_CLIENT = "musik-vereinsapp";
  static final String MUSIK_SECRET = "demo-musik-vereinsapp-secret";
  static final String TSV_CLIENT = "tsv-mitgliederverwaltung";
  static final String TSV_SECRET = "demo-tsv-mitgliederverwaltung-secret";

  @RegisterExtension final Browsers browsers = new Browsers();

  /** A token of the client-credentials grant, as a club's program gets it. */
  static String clientToken(String client, String secret) throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(client, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpResponse<String> res =
        ApiIT.HTTP.send(
            HttpRequest.newBuilder(URI.create(ApiIT.KC + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode(), res.body());
    return ApiIT.json(res.body()).asJsonObject().getString("access_token");
  }

  static long clubOf(String slug) throws Exception {
    try (Connection db = BrowserIT.testDatabase();
        var st = db.prepareStatement("SELECT id FROM club WHERE slug = ?")) {
      st.setString(1, slug);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theBoardAuthorisesAClientThatThenSeesOnlyItsClubUntilRevoked() throws Exception {
    try (Connection db = BrowserIT.testDatabase();
        var st = db.prepareStatement("DELETE FROM club_api_client WHERE client_id = ?")) {
      st.setString(1, MUSIK_CLIENT); // the test stack's database is kept between runs
      st.executeUpdate();
    }
    long musik = clubOf("musikverein-hoechberg");
    long tsv = clubOf("tsv-1862-wuerzburg-sued");
    String token = clientToken(MUSIK_CLIENT, MUSIK_SECRET);

    HttpResponse<String> before = ApiIT.get("clubs/" + musik + "/members", token);
    assertEquals(403, before.statusCode(), before.body());
    assertTrue(before.body().contains("für keinen Verein freigegeben"), before.body());
    assertEquals(403, ApiIT.get("me", token).statusCode());

    BrowserIT board = browsers.as("vorstand-musik");
    board.browser.get(BrowserIT.APP + "/app/club.xhtml");
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("noClients")));
    board.type("api:clientId", "x");
    board.type("api:label", "Vereins-App");
    board.browser.findElement(By.id("api:authorise")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("api"), "Bitte geben Sie die Client-ID an"));
    assertEquals(
        "Vereins-App", board.browser.findElement(By.id("api:label")).getAttribute("value"));
    // the platform's own public client is no club program (its users' tokens must never act as
    // a club's client)
    board.type("api:clientId", "heldenhelfer-cli");
    board.browser.findElement(By.id("api:authorise")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("api"), "Clients der Plattform selbst"));
    board.type("api:clientId", MUSIK_CLIENT);
    new Select(board.browser.findElement(By.id("api:access")))
        .selectByVisibleText("Mitglieder lesen");
    board.browser.findElement(By.id("api:authorise")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("api:clients"), MUSIK_CLIENT));
    assertTrue(board.text("api:clients").contains("noch nie"), "not used yet");
    board.assertAccessible("club page with API clients");
    board.browser.manage().window().setSize(new Dimension(360, 800));
    board.assertNoHorizontalScrolling("club page with API clients");
    ((org.openqa.selenium.JavascriptExecutor) board.browser)
        .executeScript("document.getElementById('api:clients').scrollIntoView()");
    board.screenshot("club-api-clients");
    board.browser.manage().window().setSize(new Dimension(1280, 900));

    // the client works for the Musikverein, with read access only
    JsonObject me = ApiIT.json(ApiIT.get("me", token).body()).asJsonObject();
    assertEquals(MUSIK_CLIENT, me.getString("client"));
    assertEquals(1, me.getJsonArray("clubs").size());
    assertEquals(
        musik, me.getJsonArray("clubs").getJsonObject(0).getJsonNumber("clubId").longValue());
    HttpResponse<String> own = ApiIT.get("clubs/" + musik + "/members?limit=5", token);
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(ApiIT.json(own.body()).asJsonObject().getJsonNumber("total").longValue() > 0);
    // the tenant rule: nothing of the TSV, by path or by a guessed member id
    assertEquals(404, ApiIT.get("clubs/" + tsv + "/members", token).statusCode());
    long tsvMember =
        ApiIT.json(
                ApiIT.get("clubs/" + tsv + "/members?limit=1", clientToken(TSV_CLIENT, TSV_SECRET))
                    .body())
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(404, ApiIT.get("clubs/" + musik + "/members/" + tsvMember, token).statusCode());
    // read access: no import; a client is no person: no shifts of its own
    HttpResponse<String> importing =
        ImportApiIT.upload(
            token,
            musik,
            true,
            "liste.csv",
            "Nachname;Vorname\r\nTest;Anna\r\n".getBytes(StandardCharsets.UTF_8),
            null);
    assertEquals(403, importing.statusCode(), importing.body());
    assertEquals(403, ApiIT.get("me/shifts", token).statusCode());

    // the TSV's board cannot take the client over, and is not told whose it is
    BrowserIT other = browsers.as("vorstand-sport");
    other.browser.get(BrowserIT.APP + "/app/club.xhtml");
    other.type("api:clientId", MUSIK_CLIENT);
    other.type("api:label", "Fremd");
    other.browser.findElement(By.id("api:authorise")).click();
    other
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("api"), "bereits für einen Verein freigegeben"));
    assertFalse(other.text("api").contains("Musikverein"), "the holder stays unnamed");
    assertFalse(other.text("api").contains("Vereins-App"), "another club's client is not listed");

    // withdrawn: locked out at once
    board.browser.get(BrowserIT.APP + "/app/club.xhtml");
    board
        .browser
        .findElement(By.cssSelector("#api\\:clients button[aria-label*='" + MUSIK_CLIENT + "']"))
        .click();
    board
        .waitFor()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("noClients")));
    assertEquals(403, ApiIT.get("clubs/" + musik + "/members", token).statusCode());
  }

  @Test
  void theDemoClientImportsIntoItsOwnClubOnly() throws Exception {
    String token = clientToken(TSV_CLIENT, TSV_SECRET);
    long tsv = clubOf("tsv-1862-wuerzburg-sued");
    long musik = clubOf("musikverein-hoechberg");
    byte[] file =
        ImportApiIT.cp1252(
            ImportApiIT.clubList("Cli" + Long.toString(System.nanoTime(), 36), "Kirchgasse 2"));
    JsonObject dry = ImportApiIT.report(ImportApiIT.upload(token, tsv, true, "m.csv", file, null));
    assertEquals(3, dry.getInt("created"), dry.toString());
    assertFalse(dry.getBoolean("applied"));
    assertEquals(
        404, ImportApiIT.upload(token, musik, true, "m.csv", file, null).statusCode(), "club B");
  }

  @Test
  void theClubCalendarShowsPublicEventsAndARenewedAddressRetiresTheOldOne() throws Exception {
    String title = DirectoryBrowserIT.publicNeedInWuerzburg();
    String training;
    String clubOnly;
    try (Connection db = BrowserIT.testDatabase()) {
      long tsv = clubOf("tsv-1862-wuerzburg-sued");
      db.createStatement()
          .executeUpdate(
              "UPDATE training_group SET published = TRUE WHERE club_id = "
                  + tsv
                  + " ORDER BY id LIMIT 1");
      try (var rs =
          db.createStatement()
              .executeQuery(
                  "SELECT name FROM training_group WHERE published AND club_id = "
                      + tsv
                      + " ORDER BY id LIMIT 1")) {
        rs.next();
        training = rs.getString(1);
      }
      try (var rs =
          db.createStatement()
              .executeQuery(
                  "SELECT n.title FROM need n JOIN shift s ON s.need_id = n.id WHERE n.club_id = "
                      + tsv
                      + " AND n.visibility <> 'PUBLIC' AND s.day >= CURRENT_DATE ORDER BY n.id"
                      + " LIMIT 1")) {
        clubOnly = rs.next() ? rs.getString(1) : null;
      }
    }
    // the public need is an event on the club's public page too (schema.org markup); the open-need
    // list behind it is cached for a few seconds
    BrowserIT visitor = browsers.as(null);
    visitor
        .waitFor()
        .until(
            d -> {
              d.get(BrowserIT.APP + "/vereine/tsv-1862-wuerzburg-sued");
              return d.getPageSource().contains("{\"@type\":\"Event\",\"name\":\"" + title + "\"");
            });

    BrowserIT board = browsers.as("vorstand-sport");
    board.browser.get(BrowserIT.APP + "/app/club.xhtml");
    board.browser.findElement(By.id("feed:renewFeed")).click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("feed:feedUrl")));
    String first = board.browser.findElement(By.id("feed:feedUrl")).getAttribute("value");

    HttpResponse<String> ics = fetch(first);
    assertEquals(200, ics.statusCode());
    assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    String body = ics.body().replace("\r\n ", "");
    assertTrue(body.contains("BEGIN:VCALENDAR") && body.contains("X-WR-CALNAME:TSV"), body);
    assertTrue(body.contains("SUMMARY:" + title + " (TSV 1862 Würzburg-Süd e.V.)"), body);
    assertTrue(body.contains(training), "the published training group: " + training);
    if (clubOnly != null) {
      assertFalse(body.contains("SUMMARY:" + clubOnly + " ("), "a need only for members");
    }
    assertFalse(body.contains("@" + "demo.heldenhelfer.de"), "no addresses of people");

    board.browser.get(BrowserIT.APP + "/app/club.xhtml");
    assertTrue(board.text("feed").contains("Eine neue Adresse macht die alte ungültig"));
    board.browser.findElement(By.id("feed:renewFeed")).click();
    board.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("feed:feedUrl")));
    String second = board.browser.findElement(By.id("feed:feedUrl")).getAttribute("value");
    assertFalse(second.equals(first));
    assertEquals(404, fetch(first).statusCode(), "the old address is dead");
    assertEquals(200, fetch(second).statusCode());

    // another club's board sees no feed of the TSV and cannot reach its settings
    BrowserIT other = browsers.as("vorstand-musik");
    other.browser.get(BrowserIT.APP + "/app/club.xhtml");
    assertFalse(other.text("feed").contains("seit"), other.text("feed"));

    board.browser.findElement(By.id("feed:deleteFeed")).click();
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("feed"), "Die Kalender-Adresse ist gelöscht"));
    assertEquals(404, fetch(second).statusCode(), "deleted");
  }

  private static HttpResponse<String> fetch(String url) throws Exception {
    return ApiIT.HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
