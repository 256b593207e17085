package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The line to the Servicestelle Ehrenamt in real browsers: a club asks about funding (with an
 * attachment, after a refused empty form), the service desk answers from its queue with a text
 * block and "waiting for the club", the club sees the answer, the status and the bell, reads the
 * notification mail and switches mail off through its link without logging in.
 */
class ServiceDeskBrowserIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension final Browsers browsers = new Browsers();

  private BrowserIT browser(String user) throws Exception {
    return browsers.as(user);
  }

  @Test
  void aClubAsksAboutFundingTheDeskAnswersAndTheClubSeesAnswerAndStatus() throws Exception {
    String subject = "Zuschuss für Jugendtore " + System.nanoTime() % 1_000_000;
    Path pdf = Files.createTempFile("Kostenplan", ".pdf");
    Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    // the club: an empty form is explained, then the request goes out with an attachment
    BrowserIT club = browser("vorstand-sport");
    club.browser.findElement(By.id("navRequests")).click();
    club.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("newRequest:send")));
    club.assertAccessible("club requests");
    club.browser.findElement(By.id("newRequest:send")).click();
    club.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Bitte wählen Sie ein Thema"));
    assertTrue(club.text("messages").contains("Betreff"));
    new Select(club.browser.findElement(By.id("newRequest:category"))).selectByValue("FUNDING");
    club.type("newRequest:subject", subject);
    club.type(
        "newRequest:message",
        "Wir möchten zwei Jugendtore anschaffen. Welche Förderung gibt es, und bis wann?");
    club.browser.findElement(By.id("newRequest:files")).sendKeys(pdf.toString());
    club.browser.findElement(By.id("newRequest:send")).click();
    club.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("requestTitle"), subject));
    assertTrue(club.text("requestStatus").contains("Offen"));
    String requestUrl = club.browser.getCurrentUrl();
    String fileUrl =
        club.browser
            .findElement(By.cssSelector("#thread a[href*='request-file']"))
            .getAttribute("href");

    // another club's board, guessing the addresses: "not found", for the page and the file
    BrowserIT other = browser("vorstand-test");
    other.browser.get(requestUrl);
    other
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nicht gefunden"));
    assertTrue(!other.browser.getPageSource().contains(subject), "nothing of the request shows");
    other.browser.get(fileUrl);
    other
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nicht gefunden"));
    assertTrue(club.text("thread").contains(pdf.getFileName().toString()));
    club.assertAccessible("club request, open");

    // the service desk finds it in its queue and answers with a text block, waiting for the club
    BrowserIT desk = browser("servicestelle");
    desk.browser.findElement(By.id("navDesk")).click();
    desk.waitFor()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue"), subject));
    desk.assertAccessible("desk queue");
    desk.browser.findElement(By.linkText(subject)).click();
    desk.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reply:send")));
    new Select(desk.browser.findElement(By.id("reply:textBlock")))
        .selectByVisibleText("Förderantrag: Unterlagen");
    desk.browser.findElement(By.id("reply:insertBlock")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.attributeContains(
                By.id("reply:body"), "value", "Kosten- und Finanzierungsplan"));
    new Select(desk.browser.findElement(By.id("reply:nextStatus")))
        .selectByVisibleText("Wartet auf den Verein");
    desk.browser.findElement(By.id("reply:send")).click();
    desk.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Wartet auf den Verein"));
    desk.assertAccessible("desk request answered");
    desk.screenshot("desk-request-answered");

    // the club sees the answer, the new status and the bell; the mail has arrived
    club.browser.navigate().refresh();
    club.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("requestStatus"), "Wartet auf den Verein"));
    String thread = club.text("thread");
    assertTrue(thread.contains("Kosten- und Finanzierungsplan"), thread);
    assertTrue(thread.contains("Servicestelle Ehrenamt"), thread);
    String bell = club.browser.findElement(By.id("bell")).getAttribute("aria-label");
    assertTrue(bell.contains("ungelesen"), bell);
    club.assertAccessible("club request with the answer");
    club.screenshot("club-request-answered");
    club.browser.findElement(By.id("bell")).click();
    club.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("notificationList"), "Antwort der Servicestelle: " + subject));
    club.assertAccessible("notifications");

    // on a phone, the club answers; the request goes back to the desk
    club.browser.manage().window().setSize(new Dimension(360, 800));
    club.browser
        .findElement(
            By.linkText("Antwort der Servicestelle: " + subject + " (Wartet auf den Verein)"))
        .click();
    club.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reply:send")));
    club.assertNoHorizontalScrolling("request at 360 px");
    club.type("reply:body", "Kostenplan und Freistellungsbescheid hängen an.");
    club.browser.findElement(By.id("reply:send")).click();
    club.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("requestStatus"), "In Bearbeitung"));
    club.screenshot("club-request-phone");

    // the mail's "no more e-mail" link works without login
    String mail = mailText("sabine.kraus@demo.heldenhelfer.de", subject);
    Matcher link =
        Pattern.compile("(http[^\"\\s]*?notifications-off\\.xhtml\\?token=[A-Za-z0-9._-]+)")
            .matcher(mail);
    assertTrue(link.find(), mail);
    BrowserIT visitor = browser(null);
    visitor.browser.get(link.group(1));
    visitor
        .waitFor()
        .until(ExpectedConditions.elementToBeClickable(By.id("notificationsOff:confirm")))
        .click();
    visitor
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("notificationsOff:result"), "Sabine Kraus"));
    visitor.assertAccessible("notifications off");
    // back on: the setting page shows it and switches it on again
    club.browser.manage().window().setSize(new Dimension(1280, 900));
    club.browser.get(BrowserIT.APP + "/app/notifications.xhtml");
    club.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("mode:save")));
    assertTrue(
        club.browser.findElement(By.cssSelector("input[value='OFF']")).isSelected(),
        "the link switched mail off");
    club.browser.findElement(By.cssSelector("input[value='IMMEDIATE']")).click();
    club.browser.findElement(By.id("mode:save")).click();
    club.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Gespeichert"));
  }

  /** The text of the newest mail to {@code to} about {@code subject}, waiting for the outbox. */
  private static String mailText(String to, String subject) throws Exception {
    String body = "";
    for (int i = 0; i < 60; i++) {
      body =
          HTTP.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              BrowserIT.MAIL
                                  + "/api/messages?to="
                                  + URLEncoder.encode(to, StandardCharsets.UTF_8)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains("Antwort der Servicestelle: " + subject)) {
        int at = body.indexOf("Antwort der Servicestelle: " + subject);
        return body.substring(at);
      }
      Thread.sleep(500);
    }
    return body;
  }
}
