package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A club applies without login (bad input explained), the applicant gets a confirmation mail; the
 * service desk verifies one application – the club appears in the directory and the API, the
 * applicant is told – and rejects another with a reason the applicant reads; a club board has no
 * access to the queue.
 */
class ClubRegistrationBrowserIT {
  @RegisterExtension final Browsers browsers = new Browsers();

  @Test
  void aClubAppliesAndTheDeskVerifiesOrRejects() throws Exception {
    String tag = Long.toString(System.nanoTime(), 36);
    String good = "Schachfreunde Zell " + tag + " e.V.";
    String bad = "Testverein " + tag;
    String goodMail = "vorsitz." + tag + "@schach-zell.example";
    String badMail = "test." + tag + "@example.org";

    BrowserIT visitor = browsers.as(null);
    visitor.browser.get(BrowserIT.APP + "/clubs.xhtml");
    visitor.browser.findElement(By.id("toRegister")).click();
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("apply:clubName")));
    visitor.browser.findElement(By.id("apply:send")).click();
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Namen des Vereins"));
    visitor.assertAccessible("club registration");
    apply(visitor, good, goodMail);
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("nextSteps")));
    assertTrue(waitForMail(goodMail, "eingegangen"), "the applicant gets a confirmation");
    visitor.browser.manage().window().setSize(new Dimension(360, 800));
    visitor.browser.get(BrowserIT.APP + "/register-club.xhtml");
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("apply:clubName")));
    visitor.assertNoHorizontalScrolling("club registration at 360 px");
    apply(visitor, bad, badMail);
    visitor.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("nextSteps")));
    assertFalse(
        HttpIT.send(HttpRequest.newBuilder(URI.create(BrowserIT.APP + "/api/v1/clubs?q=" + tag)))
            .body()
            .contains(tag),
        "not listed before the desk verified it");

    BrowserIT board = browsers.as("vorstand-sport");
    assertTrue(board.browser.findElements(By.id("navClubApplications")).isEmpty());
    board.browser.get(BrowserIT.APP + "/app/club-applications.xhtml");
    board
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kein Zugriff"));

    BrowserIT desk = browsers.as("servicestelle");
    desk.browser.findElement(By.id("navClubApplications")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), good));
    desk.assertAccessible("club applications");
    // rejecting needs a reason
    String badSection = "//section[.//h2[text()='" + bad + "']]";
    desk.browser.findElement(By.xpath(badSection + "//button[contains(@id,'reject')]")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "begründen"));
    desk.browser
        .findElement(By.xpath(badSection + "//textarea"))
        .sendKeys("Der Registerauszug fehlt; bitte mit Registernummer neu beantragen.");
    desk.browser.findElement(By.xpath(badSection + "//button[contains(@id,'reject')]")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "abgelehnt"));
    String goodSection = "//section[.//h2[text()='" + good + "']]";
    desk.browser.findElement(By.xpath(goodSection + "//button[contains(@id,'verify')]")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "freigeschaltet"));
    assertFalse(desk.text("applications").contains(good), "decided applications leave the queue");

    assertTrue(waitForMail(goodMail, "freigeschaltet"), "the applicant is told");
    assertTrue(
        waitForMail(badMail, "Registerauszug fehlt"), "the rejected applicant reads the reason");
    String listed =
        HttpIT.send(HttpRequest.newBuilder(URI.create(BrowserIT.APP + "/api/v1/clubs?q=" + tag)))
            .body();
    assertTrue(listed.contains("Schachfreunde Zell " + tag), listed);
    assertFalse(listed.contains("Testverein " + tag), listed);
    assertEquals(
        200,
        HttpIT.send(
                HttpRequest.newBuilder(
                    URI.create(BrowserIT.APP + "/vereine/schachfreunde-zell-" + tag + "-e-v")))
            .statusCode());
  }

  private static void apply(BrowserIT ui, String name, String mail) {
    ui.type("apply:clubName", name);
    ui.type("apply:registerNumber", "VR 2024");
    new Select(ui.browser.findElement(By.id("apply:municipality")))
        .selectByVisibleText("Zell a.Main");
    new Select(ui.browser.findElement(By.id("apply:kind"))).selectByValue("CULTURE");
    ui.type("apply:clubEmail", "info@" + mail.substring(mail.indexOf('@') + 1));
    ui.type("apply:firstName", "Mira");
    ui.type("apply:lastName", "Hofmann");
    ui.type("apply:email", mail);
    ui.browser.findElement(By.id("apply:send")).click();
  }

  private static boolean waitForMail(String to, String text) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    while (System.nanoTime() < until) {
      String mails =
          HttpIT.send(
                  HttpRequest.newBuilder(
                      URI.create(
                          BrowserIT.MAIL
                              + "/api/messages?to="
                              + URLEncoder.encode(to, StandardCharsets.UTF_8))))
              .body();
      if (mails.contains(text)) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }
}
