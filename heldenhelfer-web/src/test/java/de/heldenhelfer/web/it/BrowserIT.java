package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real browser journeys in headless Chromium through Keycloak's real login page: each role sees its
 * dashboard, pages pass axe-core without serious or critical violations, a foreign member id shows
 * the 404 page, and logout ends both sessions.
 */
class BrowserIT {
  static final String APP =
      System.getenv().getOrDefault("HH_TEST_APP_URL", "http://localhost:28080");

  static final String MAIL =
      System.getenv().getOrDefault("HH_TEST_MAIL_URL", "http://127.0.0.1:28025");

  WebDriver browser;
  Path profile;

  /** On a failure, keeps a screenshot and the page source under target/screenshots. */
  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.AfterTestExecutionCallback keepEvidence =
      context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
          String name = "failed-" + context.getRequiredTestMethod().getName();
          screenshot(name);
          Files.writeString(
              Path.of("target", "screenshots", name + ".html"), browser.getPageSource());
        }
      };

  @BeforeEach
  void open() throws Exception {
    profile = Files.createTempDirectory("hh-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=de-DE",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  void login(String user) {
    browser.get(APP + "/app/dashboard.xhtml");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(user);
    if (browser.findElements(By.id("password")).isEmpty()) {
      browser.findElement(By.id("kc-login")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    }
    browser.findElement(By.id("password")).sendKeys("heldenhelfer");
    browser.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.urlContains("/app/dashboard.xhtml"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  void assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(browser);
    List<Rule> bad =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    assertTrue(
        bad.isEmpty(),
        page
            + ": "
            + bad.stream()
                .map(
                    v ->
                        v.getId()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; ")));
  }

  /** At the window's current width (360 px), the page needs no horizontal scrolling. */
  void assertNoHorizontalScrolling(String page) {
    long width =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
    Object wide =
        ((JavascriptExecutor) browser)
            .executeScript(
                "const w = document.documentElement.clientWidth;"
                    + "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id"
                    + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
    assertTrue(width <= 360, page + " is " + width + " px wide at 360 px: " + wide);
  }

  void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void boardSeesDashboardMembersAndNotAnotherClub() throws Exception {
    browser.get(APP + "/");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Willkommen"));
    assertAccessible("start page");

    login("vorstand-sport");
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Sabine Kraus"));
    assertTrue(Long.parseLong(browser.findElement(By.id("activeMembers")).getText()) > 0);
    assertAccessible("board dashboard");
    screenshot("dashboard-board");

    browser.findElement(By.id("navMembers")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#members\\:table tbody tr a")));
    assertAccessible("member list");
    browser.findElement(By.cssSelector("#members\\:table tbody tr a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("memberNumber")));
    assertAccessible("member page");

    // an id that belongs to another club: the 404 page, not the member
    browser.get(APP + "/app/member.xhtml?id=" + foreignMemberId());
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("Nicht gefunden"),
        browser.getPageSource());
    assertAccessible("404 page");

    // usable on a 360 px phone: no horizontal scrolling
    browser.manage().window().setSize(new Dimension(360, 800));
    browser.get(APP + "/app/dashboard.xhtml");
    assertNoHorizontalScrolling("dashboard");
    screenshot("dashboard-360");

    // logout ends both sessions: the dashboard asks for a login again
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.findElement(By.id("logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(APP + "/"));
    browser.get(APP + "/app/dashboard.xhtml");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
  }

  @Test
  void everyRoleSeesItsDashboard() throws Exception {
    String[][] roles = {
      {"vorstand-musik", "Musikverein Höchberg"},
      {"mitglied", "Meine Mitgliedschaft"},
      {"helfer", "Mein Helferprofil"},
      {"doppelrolle", "Heimatverein"},
      {"agentur", "Die Region in Zahlen"},
      {"servicestelle", "Vereine warten auf Prüfung"},
      {"planung", "ausschließlich zusammengefasste Zahlen"},
      {"betrieb", "Die Region in Zahlen"}
    };
    for (String[] role : roles) {
      login(role[0]);
      assertTrue(browser.getPageSource().contains(role[1]), role[0] + " sees " + role[1]);
      assertAccessible(role[0] + " dashboard");
      screenshot("dashboard-" + role[0]);
      browser.findElement(By.id("logout")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(ExpectedConditions.urlToBe(APP + "/"));
    }
  }

  @Test
  void personWithTwoClubsSwitchesClub() throws Exception {
    login("doppelrolle");
    assertTrue(browser.getPageSource().contains("Heimatverein Veitshöchheim"));
    org.openqa.selenium.support.ui.Select select =
        new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.id("headerForm:clubSwitch")));
    select.selectByVisibleText("TSV 1862 Würzburg-Süd e.V.");
    browser.findElement(By.id("headerForm:clubSwitchApply")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ownHeading"), "TSV 1862"));
    assertAccessible("member dashboard after switch");
  }

  @Test
  void englishOnRequest() {
    login("vorstand-sport");
    browser.findElement(By.id("langEn")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  void ajaxWithAForeignIdNeverTouchesAnotherClub() throws Exception {
    long foreign = foreignMemberId();
    String tokenB = ApiIT.token("vorstand-test");
    long clubB = ApiIT.firstClub(tokenB);
    String before = ApiIT.get("clubs/" + clubB + "/members/" + foreign, tokenB).body();

    login("vorstand-sport");
    // an Ajax GET of the member page for club B's id: the 404 page, not the member
    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/app/member.xhtml?id=' + arguments[0] + '&primefaces.nonce='"
                    + " + encodeURIComponent(PrimeFaces.csp.NONCE_VALUE),"
                    + " {headers: {'Faces-Request': 'partial/ajax'}})"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                    + ".catch(e => done('error ' + e));",
                foreign);
    String ajax = String.valueOf(status);
    String foreignName = ApiIT.json(before).asJsonObject().getString("lastName");
    assertTrue(!ajax.contains(foreignName), "no data of club B in the Ajax answer: " + ajax);
    assertTrue(!ajax.contains("memberNumber"), "no member facts in the answer");

    // an Ajax save posted with club B's id in the URL: the server keeps the id of the view
    browser.findElement(By.id("navMembers")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#members\\:table tbody tr a")));
    browser.findElement(By.cssSelector("#members\\:table tbody tr a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("contact:phone")));
    Object answer =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const form = document.getElementById('contact');"
                    + "const data = new URLSearchParams(new FormData(form));"
                    + "data.set('contact:phone', '0931 666');"
                    + "data.set('jakarta.faces.partial.ajax', 'true');"
                    + "data.set('jakarta.faces.source', 'contact:save');"
                    + "data.set('jakarta.faces.partial.execute', 'contact');"
                    + "data.set('jakarta.faces.partial.render', 'contact');"
                    + "data.set('contact:save', 'contact:save');"
                    + "data.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                    + "fetch('/app/member.xhtml?id=' + arguments[0], {method: 'POST',"
                    + " headers: {'Faces-Request': 'partial/ajax',"
                    + " 'Content-Type': 'application/x-www-form-urlencoded'}, body: data})"
                    + ".then(r => r.text()).then(t => done(t)).catch(e => done('error ' + e));",
                foreign);
    assertTrue(
        String.valueOf(answer).contains("<redirect url=\"/error/404.xhtml"),
        "the Ajax action ends in the 404 page: " + answer);
    String after = ApiIT.get("clubs/" + clubB + "/members/" + foreign, tokenB).body();
    assertEquals(before, after, "club B's member is unchanged");
  }

  @Test
  void operatorSendsATestMailThroughRealSmtp() throws Exception {
    String to = "pruefung-" + System.nanoTime() + "@example.org";
    login("betrieb");
    browser.findElement(By.id("mailForm:testMailTo")).sendKeys(to);
    browser.findElement(By.id("mailForm:sendTestMail")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "wurde dem Mailserver übergeben"));
    assertAccessible("operator dashboard");
    String mails =
        ApiIT.HTTP
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            MAIL + "/api/messages?to=" + java.net.URLEncoder.encode(to, "UTF-8")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(mails.contains("Heldenhelfer: Test-E-Mail"), mails);

    // a malformed address: a German message, nothing sent
    browser.findElement(By.id("mailForm:testMailTo")).clear();
    browser.findElement(By.id("mailForm:testMailTo")).sendKeys("kein-at-zeichen");
    browser.findElement(By.id("mailForm:sendTestMail")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "gültige E-Mail-Adresse"));
  }

  @Test
  void theOtherPagesAreAccessibleAndBadInputIsExplainedInTheChosenLanguage() throws Exception {
    login("vorstand-sport");
    browser.findElement(By.id("navClub")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("profile:email")));
    assertAccessible("club profile");

    // a bad e-mail address: a German message, the input stays
    browser.findElement(By.id("profile:email")).clear();
    browser.findElement(By.id("profile:email")).sendKeys("info-at-verein");
    browser.findElement(By.id("profile:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("profile:messages"), "gültige E-Mail-Adresse"));
    assertEquals(
        "info-at-verein", browser.findElement(By.id("profile:email")).getAttribute("value"));
    assertAccessible("club profile with message");

    // the same in English once English is chosen
    browser.get(APP + "/app/club.xhtml?lang=en");
    browser.findElement(By.id("profile:email")).clear();
    browser.findElement(By.id("profile:email")).sendKeys("info-at-verein");
    browser.findElement(By.id("profile:save")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("profile:messages"), "valid e-mail address"));
    browser.get(APP + "/app/dashboard.xhtml?lang=de");

    for (String[] page : new String[][] {{"/expired.xhtml", "Sitzung"}, {"/error/500.xhtml", ""}}) {
      browser.get(APP + page[0]);
      assertTrue(browser.findElement(By.tagName("h1")).getText().contains(page[1]), page[0]);
      assertAccessible(page[0]);
    }
    browser.findElement(By.id("logout")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(APP + "/"));

    // a member may not open the member list: the 403 page
    login("mitglied");
    browser.get(APP + "/app/members.xhtml");
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("Kein Zugriff"),
        browser.getPageSource());
    assertAccessible("403 page");
  }

  /** A connection to the test stack's database (for fixtures and checks the UI cannot reach). */
  static java.sql.Connection testDatabase() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        System.getenv()
            .getOrDefault("HH_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:23307/heldenhelfer"),
        System.getenv().getOrDefault("HH_TEST_DB_USER", "heldenhelfer"),
        System.getenv().getOrDefault("HH_TEST_DB_PASSWORD", "heldenhelfer-dev"));
  }

  /** Downloads what the link with this id points to, in the browser's session. */
  byte[] download(String linkId) {
    Object base64 =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('"
                    + linkId
                    + "').href).then(r => r.arrayBuffer())"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done(btoa(s)); }).catch(e => done('error ' + e));");
    return java.util.Base64.getDecoder().decode(String.valueOf(base64));
  }

  /** The HTTP status of a GET of {@code path} in the browser's session. */
  long status(String path) {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status))"
                    + ".catch(e => done(-1));",
                path);
  }

  /** The text of the element with {@code id}, read again if Ajax replaced it meanwhile. */
  String text(String id) {
    return waitFor().until(d -> d.findElement(By.id(id)).getText());
  }

  WebDriverWait waitFor() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // while a form post replaces the document, reads can hit a node that is gone (stale element,
    // or Chrome's "Node … does not belong to the document"): read again until the timeout
    wait.ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  /** Opens the member list from the navigation and waits for its first row. */
  void openMemberList() {
    browser.findElement(By.id("navMembers")).click();
    waitFor()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#members\\:table tbody tr a")));
  }

  void type(String id, String text) {
    org.openqa.selenium.WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void boardCreatesEditsAndEndsAMembership() throws Exception {
    String last = "Testmitglied" + (System.nanoTime() % 100000);
    login("vorstand-sport");
    browser.findElement(By.id("navMembers")).click();
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("newMember"))).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edit:firstName")));
    assertAccessible("new member form");

    // a broken date and a missing name: field messages in German, nothing saved
    type("edit:firstName", "Lena");
    type("edit:birthDate", "31.02.2012");
    browser.findElement(By.id("edit:save")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit"), "ist kein gültiges Datum"));
    assertTrue(browser.getPageSource().contains("Bitte geben Sie den Nachnamen an."));

    // a minor without a guardian: the rule explains what is missing, the input stays
    type("edit:lastName", last);
    type("edit:birthDate", "12.03.2015");
    browser.findElement(By.id("edit:save")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:messages"), "Erziehungsberechtigten"));
    assertEquals("Lena", browser.findElement(By.id("edit:firstName")).getAttribute("value"));
    assertAccessible("member form with messages");

    type("edit:guardianName", "Petra " + last);
    type("edit:guardianPhone", "0931 123456");
    browser.findElement(By.id("edit:save")).click();
    waitFor().until(ExpectedConditions.urlContains("/app/member.xhtml?id="));
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Lena " + last));
    assertTrue(browser.findElement(By.id("history")).getText().contains("angelegt"));
    assertAccessible("member page");
    screenshot("member-page");

    // a change is recorded with old and new value
    browser.findElement(By.id("editLink")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edit:email")));
    type("edit:email", "lena@example.org");
    browser.findElement(By.id("edit:save")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("history"), "lena@example.org"));

    // consent for photos, then the membership ends
    browser.findElements(By.cssSelector("#consents button")).get(0).click();
    waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("consents"), "erteilt"));
    type(
        "endForm:exitDate",
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    browser.findElement(By.id("endForm:end")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "wurde beendet"));
    assertTrue(browser.getPageSource().contains("ausgetreten"));
  }

  @Test
  void twoBoardMembersEditingTheSameMemberNeverOverwriteEachOther() throws Exception {
    login("vorstand-sport");
    openMemberList();
    String href =
        browser.findElement(By.cssSelector("#members\\:table tbody tr a")).getAttribute("href");
    String id = href.substring(href.indexOf("id=") + 3);
    browser.get(APP + "/app/member-edit.xhtml?id=" + id);
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edit:phone")));

    // a second session changes the same member first
    String theirPhone = "0931 " + (100000 + System.nanoTime() % 800000);
    WebDriver first = browser;
    Path firstProfile = profile;
    open();
    try {
      login("vorstand-sport");
      browser.get(APP + "/app/member-edit.xhtml?id=" + id);
      waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("edit:phone")));
      type("edit:phone", theirPhone);
      browser.findElement(By.id("edit:save")).click();
      waitFor().until(ExpectedConditions.urlContains("/app/member.xhtml"));
    } finally {
      browser.quit();
      browser = first;
      profile = firstProfile;
    }
    type("edit:phone", "0931 222222");
    browser.findElement(By.id("edit:save")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:messages"), "inzwischen geändert"));
    browser.get(APP + "/app/member.xhtml?id=" + id);
    assertEquals(theirPhone, browser.findElement(By.id("contact:phone")).getAttribute("value"));
  }

  @Test
  void memberListFiltersChoosesColumnsSavesFiltersAndShowsReadyMadeLists() throws Exception {
    login("vorstand-sport");
    browser.findElement(By.id("navMembers")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("members:status")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("members:status")))
        .selectByVisibleText("passiv");
    browser.findElement(By.id("members:apply")).click();
    waitFor()
        .until(
            d ->
                d.findElements(By.cssSelector("#members\\:table tbody tr")).stream()
                    .allMatch(r -> r.getText().contains("passiv")));
    // the phone column on, then the filter saved, cleared and used again
    browser.findElement(By.cssSelector("details.hh-details summary")).click();
    browser
        .findElement(By.xpath("//label[normalize-space()='Telefon']/preceding-sibling::input"))
        .click();
    browser.findElement(By.id("members:applyColumns")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#members\\:table thead"), "Telefon"));
    browser.findElement(By.cssSelector("details.hh-details summary")).click();
    type("members:filterName", "Passive");
    browser.findElement(By.id("members:saveFilter")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("members:messages"), "gespeichert"));
    browser.findElement(By.id("members:reset")).click();
    waitFor()
        .until(
            d ->
                new org.openqa.selenium.support.ui.Select(d.findElement(By.id("members:status")))
                    .getFirstSelectedOption()
                    .getText()
                    .equals("alle"));
    if (browser.findElement(By.cssSelector("details.hh-details")).getDomAttribute("open") == null) {
      browser.findElement(By.cssSelector("details.hh-details summary")).click();
    }
    browser.findElement(By.id("members:useFilter")).click();
    waitFor()
        .until(
            d ->
                new org.openqa.selenium.support.ui.Select(d.findElement(By.id("members:status")))
                    .getFirstSelectedOption()
                    .getText()
                    .equals("passiv"));
    assertAccessible("member list with filters");

    // the export of the filtered list, downloaded in the same session
    String firstName = browser.findElement(By.cssSelector("#members\\:table tbody tr a")).getText();
    Object csv =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('exportCsv').href)"
                    + ".then(r => r.text().then(t => done(r.status + '|'"
                    + " + r.headers.get('content-disposition') + '|' + t)))"
                    + ".catch(e => done('error ' + e));");
    String download = String.valueOf(csv);
    assertTrue(download.startsWith("200|attachment"), download);
    String lastName = firstName.substring(0, firstName.indexOf(','));
    assertTrue(download.contains(lastName), "the first member is in the export: " + download);
    assertTrue(!download.contains(";aktiv;"), "only passive members: " + download);

    browser.findElement(By.id("lists")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lists:kind")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lists:kind")))
        .selectByVisibleText("Adressliste");
    waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("lists:from")));
    browser.findElement(By.id("lists:show")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("listTable")));
    assertTrue(browser.findElements(By.cssSelector("#listTable tbody tr")).size() > 10);
    assertAccessible("ready-made address list");
  }

  @Test
  void boardSendsANewsletterOnlyToConsentingMembersWhoCanUnsubscribe() throws Exception {
    String subject = "Vereinsnachrichten " + System.nanoTime();
    login("vorstand-sport");
    openMemberList();
    // the whole first page selected, a newsletter written and sent
    List<org.openqa.selenium.WebElement> boxes =
        browser.findElements(By.cssSelector("#members\\:table tbody .ui-chkbox-box"));
    assertTrue(boxes.size() >= 20, "a full first page to choose from");
    for (org.openqa.selenium.WebElement box : boxes) {
      box.click();
    }
    type("members:mailSubject", subject);
    type("members:mailText", "Am Samstag ist Arbeitseinsatz am Sportplatz.");
    browser.findElement(By.cssSelector("#members\\:newsletter .ui-chkbox-box")).click();
    browser.findElement(By.id("members:sendMail")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("members:messages"), "E-Mails versendet"));
    String report = browser.findElement(By.id("members:messages")).getText();
    int sent = Integer.parseInt(report.replaceAll("^\\D*(\\d+) E-Mails versendet.*$", "$1"));
    assertTrue(sent > 0 && sent < 25, report);

    String all =
        ApiIT.HTTP
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(MAIL + "/api/messages"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    jakarta.json.JsonArray mails = ApiIT.json(all).asJsonArray();
    List<jakarta.json.JsonObject> ours =
        mails.stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(m -> subject.equals(m.getString("subject")))
            .toList();
    assertEquals(sent, ours.size(), "one mail per consenting member");
    String text = ours.get(0).getString("text");
    assertTrue(text.contains("Arbeitseinsatz"), text);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("(http\\S+/unsubscribe\\?token=\\S+)").matcher(text);
    assertTrue(link.find(), "an unsubscribe link: " + text);
    assertTrue(
        ours.get(0).getJsonObject("headers").toString().contains("List-Unsubscribe"),
        "List-Unsubscribe header");

    // the member follows the link (no login) and unsubscribes with one click
    browser.get(link.group(1));
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("unsubscribe:confirm"))).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("unsubscribe:result"), "nicht mehr"));
    assertAccessible("unsubscribe page");
    // a forged token changes nothing
    browser.get(APP + "/unsubscribe?token=1.2.forged");
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("unsubscribe:confirm"))).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("unsubscribe:result"), "ungültig"));
  }

  @Test
  void boardImportsAClubListThenFindsFiltersAndExportsIt() throws Exception {
    String tag = Long.toString(System.nanoTime() % 1_000_000);
    String csv =
        "Mitgliederliste TSV – Stand 2025\r\n"
            + "\r\n"
            + "Nachname;Vorname;Geb.-Datum;Eintritt;Straße;PLZ;Ort;E-Mail\r\n"
            + "Importhuber"
            + tag
            + ";Jörg;03.04.1971;01.01.1999;Mainstraße 4;97070;Würzburg;jh"
            + tag
            + "@example.org\r\n"
            + "Importmüller"
            + tag
            + ";Käthe;31.02.1980;01.05.2001;Domstraße 1;97070;Würzburg;\r\n";
    Path file = Files.createTempFile("mitglieder", ".csv");
    Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));

    login("vorstand-sport");
    browser.findElement(By.id("navImport")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    assertAccessible("import upload");
    browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("upload:read")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("mappingTable")));
    assertTrue(browser.getPageSource().contains("Überschriften in Zeile 3"), "title rows skipped");
    assertAccessible("import mapping");

    browser.findElement(By.id("mapping:preview")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("countNew")));
    assertEquals("1", browser.findElement(By.id("countNew")).getText());
    assertEquals("1", browser.findElement(By.id("countErrors")).getText());
    assertTrue(
        browser.findElement(By.id("rows")).getText().contains("31.02.1980"),
        "the broken date is named: " + browser.findElement(By.id("rows")).getText());
    assertAccessible("import preview");

    browser.findElement(By.id("mapping:apply")).click();
    // the import runs as a job: the page first shows its progress, then the result
    org.openqa.selenium.WebElement bar =
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("progressBar")));
    assertEquals("Fortschritt des Imports", bar.getAttribute("aria-label"));
    assertEquals("2", bar.getAttribute("max"), "rows of the file");
    String progressText = browser.findElement(By.id("progressText")).getText();
    assertTrue(progressText.matches(".*Zeile [0-2] von 2"), progressText);
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Import abgeschlossen: 1 neu"));
    assertTrue(browser.findElements(By.id("progressBar")).isEmpty(), "progress gone when done");
    assertEquals("1", browser.findElement(By.id("countNew")).getText());

    // the imported member is in the list, found by the search, and in the export
    browser.findElement(By.id("navMembers")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("members:search")));
    type("members:search", "Importhuber" + tag);
    browser.findElement(By.id("members:apply")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("members:table"), "Importhuber" + tag + ", Jörg"));
    Object exported =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('exportCsv').href)"
                    + ".then(r => r.text()).then(done).catch(e => done('error ' + e));");
    assertTrue(String.valueOf(exported).contains("Importhuber" + tag), String.valueOf(exported));
    assertTrue(!String.valueOf(exported).contains("Importmüller" + tag), "the refused row");
    Files.deleteIfExists(file);
  }

  @Test
  void trainerSeesAndExportsOnlyTheDepartmentsMembersAndColumns() throws Exception {
    // which of the club's members the trainer may see, asked through the API with both tokens
    String board = ApiIT.token("vorstand-sport");
    String trainer = ApiIT.token("trainer-sport");
    long club = ApiIT.firstClub(board);
    assertEquals(club, ApiIT.firstClub(trainer), "the trainer belongs to the TSV");
    jakarta.json.JsonObject mine =
        ApiIT.json(ApiIT.get("clubs/" + club + "/members?limit=100", trainer).body())
            .asJsonObject();
    long departmentSize = mine.getJsonNumber("total").longValue();
    jakarta.json.JsonObject all =
        ApiIT.json(ApiIT.get("clubs/" + club + "/members?limit=100", board).body()).asJsonObject();
    assertTrue(
        departmentSize > 0 && departmentSize < all.getJsonNumber("total").longValue(),
        "one department: " + departmentSize);
    java.util.Set<Long> visible = new java.util.HashSet<>();
    mine.getJsonArray("items")
        .forEach(i -> visible.add(i.asJsonObject().getJsonNumber("id").longValue()));
    long outside =
        all.getJsonArray("items").stream()
            .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
            .filter(id -> !visible.contains(id))
            .findFirst()
            .orElseThrow();
    assertEquals(404, ApiIT.get("clubs/" + club + "/members/" + outside, trainer).statusCode());

    login("trainer-sport");
    assertTrue(browser.findElements(By.id("navImport")).isEmpty(), "no import for trainers");
    openMemberList();
    assertAccessible("member list of a trainer");
    assertTrue(
        browser.getPageSource().contains(departmentSize + " Mitglieder"),
        "the list counts the department");
    assertTrue(browser.findElements(By.id("newMember")).isEmpty(), "no new member");
    assertTrue(browser.findElements(By.id("members:bulkAssign")).isEmpty(), "no bulk actions");
    assertTrue(
        browser.findElements(By.cssSelector("#members\\:table .ui-chkbox")).isEmpty(),
        "no selection boxes");
    String header = browser.findElement(By.cssSelector("#members\\:table thead")).getText();
    assertFalse(header.contains("Anschrift"), header);
    assertFalse(header.contains("Beitrag"), header);

    // the CSV export: only the department's members, only the trainer's columns
    Object csv =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('exportCsv').href.replace(/cols=[^&]*/,"
                    + " 'cols=NUMBER,NAME,ADDRESS,FEE_CATEGORY,DEPARTMENTS,PHONE'))"
                    + ".then(r => r.text()).then(done).catch(e => done('error ' + e));");
    List<List<String>> rows = ExportIT.parseCsv(String.valueOf(csv).substring(1));
    assertEquals(departmentSize + 1, rows.size(), "header plus the department's members");
    assertFalse(String.join(";", rows.get(0)).contains("Anschrift"), "" + rows.get(0));
    assertFalse(String.join(";", rows.get(0)).contains("Beitrag"), "" + rows.get(0));
    assertTrue(rows.get(0).contains("Abteilungen"), "" + rows.get(0));

    // a member of another department: the 404 page
    browser.get(APP + "/app/member.xhtml?id=" + outside);
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("Nicht gefunden"),
        browser.getPageSource());
    browser.get(APP + "/app/member.xhtml?id=" + visible.iterator().next());
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("memberNumber")));
    assertAccessible("member page for a trainer");
  }

  @Test
  void boardRecordsQualificationsFunctionsChecksAndFamilyAndFindsThemInLists() throws Exception {
    java.time.format.DateTimeFormatter de =
        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
    login("vorstand-sport");
    openMemberList();
    List<org.openqa.selenium.WebElement> rows =
        browser.findElements(By.cssSelector("#members\\:table tbody tr"));
    String otherNumber = rows.get(1).findElements(By.tagName("td")).get(1).getText();
    rows.get(2).findElement(By.tagName("a")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("qualForm:qual")));
    String name = browser.findElement(By.tagName("h1")).getText();

    // nothing chosen: a message, not an error page
    browser.findElement(By.id("qualForm:addQual")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), "Bitte wählen Sie zuerst"));

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("qualForm:qual")))
        .selectByVisibleText("Erste Hilfe");
    type("qualForm:qualIssued", today.minusYears(2).plusDays(20).format(de));
    type("qualForm:qualExpires", today.plusDays(20).format(de));
    browser.findElement(By.id("qualForm:addQual")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[h2[@id='qualHeading']]"), today.plusDays(20).format(de)));

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("funForm:fun")))
        .selectByVisibleText("Trainer/Übungsleitung");
    browser.findElement(By.id("funForm:addFun")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[h2[@id='funHeading']]"), "offen"));

    browser.findElement(By.cssSelector("#checkForm\\:inspected .ui-chkbox-box")).click();
    type("checkForm:checkDate", today.minusDays(3).format(de));
    browser.findElement(By.id("checkForm:saveCheck")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[h2[@id='fzHeading']]"), today.minusDays(3).format(de)));

    type("famForm:relatedNumber", otherNumber);
    browser.findElement(By.id("famForm:link")).click();
    waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[h2[@id='famHeading']]"), "Elternteil"));
    assertAccessible("member page with parts");

    // the ready-made list of expiring qualifications names the member
    browser.get(APP + "/app/lists.xhtml");
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("lists:kind")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lists:kind")))
        .selectByVisibleText("Ablaufende Qualifikationen");
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("lists:days")));
    browser.findElement(By.id("lists:show")).click();
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("listTable")));
    String last = name.substring(name.lastIndexOf(' ') + 1);
    assertTrue(
        browser.findElement(By.id("listTable")).getText().contains(last),
        "expiring first-aid course of " + name);
  }

  private long foreignMemberId() throws Exception {
    String token = ApiIT.token("vorstand-test");
    long club = ApiIT.firstClub(token);
    String body = ApiIT.get("clubs/" + club + "/members?limit=1", token).body();
    return ApiIT.json(body)
        .asJsonObject()
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }
}
