package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public directory without login: a visitor finds a club in Höchberg, reads its page (meta
 * description, schema.org markup, no e-mail address) and writes to it through the contact form –
 * the mail reaches the club over SMTP; bad input is explained. Unverified clubs appear nowhere,
 * neither on a page nor in the API.
 */
class DirectoryBrowserIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aVisitorFindsAClubInHoechbergAndWritesToIt() throws Exception {
    String hidden = hiddenClub();
    BrowserIT visitor = browsers.as(null);
    visitor.browser.get(BrowserIT.APP + "/");
    visitor.browser.findElement(By.id("toClubs")).click();
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("clubList")));
    assertFalse(visitor.browser.getPageSource().contains(hidden), "an unverified club is listed");
    visitor.assertAccessible("club directory");
    visitor.type("q", "Musik");
    new Select(visitor.browser.findElement(By.id("ags"))).selectByVisibleText("Höchberg");
    new Select(visitor.browser.findElement(By.id("near"))).selectByVisibleText("Würzburg");
    visitor.browser.findElement(By.id("find")).click();
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("clubList"), "Musikverein Höchberg"));
    assertTrue(visitor.text("clubList").contains("km"), "sorted by distance, with the distance");
    assertTrue(
        visitor.browser.getCurrentUrl().contains("ags=09679147"), "the search has an address");
    visitor.screenshot("directory");
    visitor.browser.findElement(By.linkText("Musikverein Höchberg e.V.")).click();
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("clubName")));
    assertTrue(visitor.browser.getCurrentUrl().endsWith("/vereine/musikverein-hoechberg"));
    String source = visitor.browser.getPageSource();
    assertTrue(
        source.contains("<meta name=\"description\" content=\"Musikverein Höchberg"),
        "meta description");
    assertTrue(
        source.contains("\"@type\":\"Organization\"")
            && source.contains("\"addressLocality\":\"Höchberg\""),
        "schema.org markup");
    assertFalse(
        source.contains("info@musikverein-hoechberg.example"), "the club's address stays hidden");
    visitor.assertAccessible("club page");

    visitor.type("contact:senderName", "Lena Vogt");
    visitor.type("contact:senderEmail", "lena.vogt-ohne-at");
    visitor.type("contact:message", "Hallo, ich spiele Klarinette und würde gern mitmachen.");
    visitor.browser.findElement(By.id("contact:send")).click();
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "gültige E-Mail-Adresse"));
    String from = "lena.vogt+" + System.nanoTime() + "@example.org";
    visitor.type("contact:senderEmail", from);
    visitor.browser.findElement(By.id("contact:send")).click();
    visitor
        .waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Danke"));
    String mails = "";
    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (!mails.contains(from) && System.nanoTime() < until) {
      Thread.sleep(1000);
      mails =
          ApiIT.HTTP
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              BrowserIT.MAIL
                                  + "/api/messages?to="
                                  + URLEncoder.encode(
                                      "info@musikverein-hoechberg.example",
                                      StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
    }
    assertTrue(
        mails.contains(from) && mails.contains("Klarinette"), "the club got the message: " + mails);

    visitor.browser.manage().window().setSize(new Dimension(360, 800));
    visitor.browser.navigate().refresh();
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("clubName")));
    visitor.assertNoHorizontalScrolling("club page at 360 px");
    visitor.browser.get(BrowserIT.APP + "/clubs.xhtml?q=Musik");
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("clubList")));
    visitor.assertNoHorizontalScrolling("directory at 360 px");

    // an unverified club has no page
    visitor.browser.get(BrowserIT.APP + "/vereine/" + hidden);
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nicht gefunden"));
  }

  @Test
  void aVisitorFindsANeedInWuerzburgSignsInLandsBackOnItAndSignsUp() throws Exception {
    String wanted = publicNeedInWuerzburg();
    BrowserIT visitor = browsers.as(null);
    visitor.browser.get(BrowserIT.APP + "/needs.xhtml");
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("filter:ags")));
    org.openqa.selenium.WebElement link = null;
    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (link == null && System.nanoTime() < until) { // the open needs are cached for 10 s
      visitor.type("filter:text", wanted);
      new Select(visitor.browser.findElement(By.id("filter:ags"))).selectByVisibleText("Würzburg");
      visitor.browser.findElement(By.id("filter:apply")).click();
      Thread.sleep(2000);
      List<org.openqa.selenium.WebElement> found =
          visitor.browser.findElements(By.cssSelector("#needs .hh-need-title a"));
      link = found.isEmpty() ? null : found.get(0);
    }
    assertTrue(link != null, "the public need is listed");
    String title = link.getText();
    String href = link.getDomAttribute("href");
    assertTrue(href.contains("/login?return="), href);
    link.click();
    // Keycloak's login form, then back on the need – not the dashboard
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    visitor.browser.findElement(By.id("username")).sendKeys("helfer");
    if (visitor.browser.findElements(By.id("password")).isEmpty()) {
      visitor.browser.findElement(By.id("kc-login")).click();
      visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    visitor.browser.findElement(By.id("password")).sendKeys("heldenhelfer");
    visitor.browser.findElement(By.id("kc-login")).click();
    visitor.waitFor().until(ExpectedConditions.urlContains("/app/need.xhtml?id="));
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("needTitle")));
    assertEquals(title, visitor.text("needTitle"));
    assertFalse(
        visitor.browser.findElements(By.id("shifts:shiftTable")).isEmpty(),
        "the shifts to sign up for");
    // and signs up for the shift right there (a sign-up for the same hour left by an earlier run
    // on the kept test database would clash with it: withdraw those first)
    try (Connection db = BrowserIT.testDatabase()) {
      db.createStatement()
          .executeUpdate(
              "UPDATE sign_up u JOIN shift s ON s.id = u.shift_id JOIN need n ON n.id = s.need_id"
                  + " SET u.status = 'CANCELLED', s.booked = s.booked - 1 WHERE n.title LIKE"
                  + " 'Kuchenverkauf %' AND n.title <> '"
                  + title
                  + "' AND u.status IN ('PENDING', 'CONFIRMED')");
    }
    visitor.browser.findElement(By.id("shifts:shiftTable:0:signUp")).click();
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Sie sind angemeldet"));
    assertTrue(visitor.text("shifts:shiftTable").contains("Angemeldet, Bestätigung offen"));
    // a return address outside the application is not followed
    visitor.browser.get(BrowserIT.APP + "/login?return=https://example.org/");
    visitor.waitFor().until(ExpectedConditions.urlContains("/app/dashboard.xhtml"));
  }

  @Test
  void theApiListsVerifiedClubsOnly() throws Exception {
    String hidden = hiddenClub();
    HttpResponse<String> list = get("/api/v1/clubs?q=Musik&ags=09679147");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("\"slug\":\"musikverein-hoechberg\""), list.body());
    assertTrue(list.body().contains("\"page\":1"), list.body());
    assertFalse(list.body().contains("@"), "no e-mail address in the directory");
    HttpResponse<String> detail = get("/api/v1/clubs/tsv-1862-wuerzburg-sued");
    assertEquals(200, detail.statusCode());
    assertTrue(detail.body().contains("\"departments\""), detail.body());
    assertFalse(detail.body().contains("info@tsv"), detail.body());
    assertEquals(404, get("/api/v1/clubs/" + hidden).statusCode(), "unverified");
    assertEquals(404, get("/api/v1/clubs/gibt-es-nicht").statusCode());
    assertEquals(400, get("/api/v1/clubs?kind=RAKETEN").statusCode());
    assertFalse(get("/api/v1/clubs?q=" + hidden).body().contains(hidden));
    assertTrue(get("/api/v1/openapi.yaml").body().contains("/clubs/{slug}:"));

    // opportunities: public needs only; bad filters are 400, a club-only need is 404
    String wanted = publicNeedInWuerzburg();
    String found = "";
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!found.contains(wanted) && System.nanoTime() < until) { // cached for 10 s
      found =
          get("/api/v1/opportunities?ags=09663000&q="
                  + URLEncoder.encode(wanted, StandardCharsets.UTF_8))
              .body();
      Thread.sleep(1000);
    }
    assertTrue(found.contains(wanted) && found.contains("\"page\":1"), found);
    long id = Long.parseLong(found.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    HttpResponse<String> one = get("/api/v1/opportunities/" + id);
    assertEquals(200, one.statusCode());
    assertTrue(one.body().contains("\"shifts\":[{"), one.body());
    assertEquals(400, get("/api/v1/opportunities?category=RAKETEN").statusCode());
    assertEquals(400, get("/api/v1/opportunities?from=gestern").statusCode());
    assertEquals(404, get("/api/v1/opportunities/" + clubOnlyNeed()).statusCode());
    HttpResponse<String> sports =
        ApiIT.HTTP.send(
            HttpRequest.newBuilder(URI.create(BrowserIT.APP + "/api/v1/sports"))
                .header("Accept-Language", "en")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(sports.body().contains("\"code\":"), sports.body());

    // open data: every verified club, with the licence; unchanged files are not sent again
    HttpResponse<String> json = get("/api/v1/opendata/clubs.json");
    assertEquals(200, json.statusCode());
    assertTrue(
        json.body().contains("creativecommons.org/licenses/by/4.0")
            && json.body().contains("musikverein-hoechberg"),
        json.body().substring(0, 200));
    assertFalse(
        json.body().contains(hidden) || json.body().contains("@example"),
        "verified clubs, no addresses");
    String etag = json.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        ApiIT.HTTP.send(
            HttpRequest.newBuilder(URI.create(BrowserIT.APP + "/api/v1/opendata/clubs.json"))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
    HttpResponse<String> csv = get("/api/v1/opendata/clubs.csv");
    assertTrue(
        csv.body().startsWith("\uFEFFslug;name;kind;ags;municipality;purpose;sports"),
        csv.body().substring(0, 80));
    assertTrue(
        csv.body().contains("CC BY 4.0") && csv.body().contains("Musikverein Höchberg e.V."));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return ApiIT.HTTP.send(
        HttpRequest.newBuilder(URI.create(BrowserIT.APP + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A new public need of the TSV in Würzburg with one shift in 200 days (10:00–12:00) – beyond the
   * demo region's needs, so that signing up for it clashes with no demo sign-up. Returns its title.
   */
  static String publicNeedInWuerzburg() throws Exception {
    String title = "Kuchenverkauf " + Long.toString(System.nanoTime(), 36);
    try (Connection db = BrowserIT.testDatabase()) {
      long club;
      try (var rs =
          db.createStatement()
              .executeQuery("SELECT id FROM club WHERE slug = 'tsv-1862-wuerzburg-sued'")) {
        rs.next();
        club = rs.getLong(1);
      }
      long need;
      try (var st =
          db.prepareStatement(
              "INSERT INTO need (club_id, title, description, ags, category, visibility, status,"
                  + " created_at, updated_at) VALUES (?, ?, 'Kuchen backen und verkaufen.',"
                  + " '09663000', 'FESTIVAL', 'PUBLIC', 'OPEN', NOW(3), NOW(3))",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        st.setLong(1, club);
        st.setString(2, title);
        st.executeUpdate();
        try (var keys = st.getGeneratedKeys()) {
          keys.next();
          need = keys.getLong(1);
        }
      }
      try (var st =
          db.prepareStatement(
              "INSERT INTO shift (need_id, club_id, day, start_time, end_time, capacity)"
                  + " VALUES (?, ?, CURRENT_DATE + INTERVAL 200 DAY, '10:00', '12:00', 4)")) {
        st.setLong(1, need);
        st.setLong(2, club);
        st.executeUpdate();
      }
    }
    return title;
  }

  /** The id of a need only the club's members see. */
  private static long clubOnlyNeed() throws Exception {
    try (Connection db = BrowserIT.testDatabase();
        var rs =
            db.createStatement()
                .executeQuery("SELECT MIN(id) FROM need WHERE visibility IN ('CLUB', 'POOL')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A club that the service desk has not verified (created once). */
  private static String hiddenClub() throws Exception {
    String slug = "ungepruefter-verein-verzeichnis";
    try (Connection db = BrowserIT.testDatabase();
        var st =
            db.prepareStatement(
                "INSERT IGNORE INTO club (name, slug, kind, legal_form, municipality_ags, purpose,"
                    + " verified) VALUES ('Ungeprüfter Verein e.V.', ?, 'MUSIC', 'EV', '09679147',"
                    + " 'Musik', FALSE)")) {
      st.setString(1, slug);
      st.executeUpdate();
    }
    return slug;
  }
}
