package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The document archive in headless Chromium through Keycloak's real login (the browser, login,
 * axe-core and 360 px checks of {@link BrowserIT}): a board member uploads a PDF, sees it in the
 * list, uploads a new version, downloads it and deletes it; another club's document id answers 404
 * and a plain member gets 403 and no navigation entry.
 */
class DocumentBrowserIT {
  private final BrowserIT b = new BrowserIT();
  private final String tag = Long.toString(System.nanoTime() % 1_000_000);

  @RegisterExtension
  final AfterTestExecutionCallback keepEvidence =
      context -> {
        if (context.getExecutionException().isPresent() && b.browser != null) {
          String name = "failed-" + context.getRequiredTestMethod().getName();
          b.screenshot(name);
          Files.writeString(
              Path.of("target", "screenshots", name + ".html"), b.browser.getPageSource());
        }
      };

  @BeforeEach
  void open() throws Exception {
    b.open();
  }

  @AfterEach
  void close() {
    b.close();
  }

  @Test
  void boardUploadsSeesVersionsDownloadsAndDeletesADocument() throws Exception {
    Path v1 = pdf("Satzung-" + tag + ".pdf", "Satzung Fassung 1 " + tag);
    Path v2 = pdf("Satzung-" + tag + "-neu.pdf", "Satzung Fassung 2 mit Änderung " + tag);

    b.login("vorstand-sport");
    b.browser.findElement(By.id("navDocuments")).click();
    b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    b.assertAccessible("documents");

    b.browser.findElement(By.id("upload:file")).sendKeys(v1.toAbsolutePath().toString());
    b.type("upload:docTitle", "Satzung " + tag);
    new Select(b.browser.findElement(By.id("upload:category"))).selectByValue("SATZUNG");
    b.browser.findElement(By.id("upload:uploadButton")).click();
    b.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"),
                "„Satzung-" + tag + ".pdf“ ist als „Satzung " + tag + "“ abgelegt."));
    WebElement card = card("Satzung " + tag);
    assertTrue(card.getText().contains("Version 1 · Satzung-" + tag + ".pdf"), card.getText());
    assertTrue(card.getText().contains("Sabine Kraus"), "who uploaded it: " + card.getText());
    assertTrue(card.getText().contains("dauerhaft"), "statutes are kept permanently");
    String cardId = card.getAttribute("id");

    // a new version
    card.findElement(By.cssSelector("a[id$='newVersionLink']")).click();
    b.waitFor().until(ExpectedConditions.urlContains("doc="));
    String docId = cardId.substring("doc-".length());
    assertEquals(
        docId,
        new Select(b.browser.findElement(By.id("version:document")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the card's document is chosen");
    b.browser.findElement(By.id("version:file")).sendKeys(v2.toAbsolutePath().toString());
    b.browser.findElement(By.id("version:versionButton")).click();
    b.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Version 2 von „Satzung " + tag + "“ ist gespeichert"));
    card = b.browser.findElement(By.id(cardId));
    assertTrue(card.getText().contains("Version 2 · Satzung-" + tag + "-neu.pdf"), card.getText());
    card.findElement(By.xpath(".//summary[starts-with(normalize-space(.), 'Alle Versionen')]"))
        .click();
    assertEquals(2, card.findElements(By.cssSelector("a.hh-version-link")).size());
    b.assertAccessible("documents with versions open");

    // download: the new version's bytes, as an attachment that is never sniffed
    String href = card.findElement(By.cssSelector("a[id^='download-']")).getAttribute("href");
    List<?> got = fetch(href);
    assertEquals(200L, got.get(0));
    assertEquals("application/pdf", got.get(1));
    assertTrue(String.valueOf(got.get(2)).startsWith("attachment;"), "" + got.get(2));
    assertTrue(String.valueOf(got.get(2)).contains("filename*=UTF-8''Satzung-" + tag + "-neu.pdf"));
    assertEquals("nosniff", got.get(3));
    assertEquals(new String(Files.readAllBytes(v2), StandardCharsets.UTF_8), got.get(4));
    String oldHref = card.findElement(By.cssSelector("a.hh-version-link")).getAttribute("href");
    assertTrue(String.valueOf(fetch(oldHref.replace("v=2", "v=1")).get(4)).contains("Fassung 1"));

    // 360 px: no horizontal scrolling with a filled list
    b.browser.manage().window().setSize(new Dimension(360, 800));
    b.browser.get(BrowserIT.APP + "/app/documents.xhtml");
    b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(cardId)));
    b.assertNoHorizontalScrolling("documents");
    b.screenshot("documents-360");
    b.browser.manage().window().setSize(new Dimension(1280, 900));

    // the board sets its own retention in the card's form
    card = b.browser.findElement(By.id(cardId));
    card.findElement(By.cssSelector("a[id$='editLink']")).click();
    b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("editForm:editKeepUntil")));
    b.assertAccessible("documents edit");
    WebElement until = b.browser.findElement(By.id("editForm:editKeepUntil"));
    assertEquals("TT.MM.JJJJ", until.getAttribute("placeholder"));
    until.sendKeys("31.12.2040");
    b.browser.findElement(By.id("editForm:saveButton")).click();
    b.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Die Angaben zu „Satzung " + tag + "“ sind gespeichert."));
    card = b.browser.findElement(By.id(cardId));
    assertTrue(card.getText().contains("31.12.2040 (vom Vorstand festgelegt)"), card.getText());

    // deleting asks first; archived today, so a mistaken upload may go
    card.findElement(By.cssSelector("button[id$='deleteButton']")).click();
    b.waitFor()
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    b.waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "„Satzung " + tag + "“ ist mit allen Versionen gelöscht."));
    assertTrue(b.browser.findElements(By.id(cardId)).isEmpty());
    assertEquals(404L, fetch(href).get(0), "gone");
    Files.deleteIfExists(v1);
    Files.deleteIfExists(v2);
  }

  @Test
  void anotherClubsDocumentIs404AndAMemberIsRefused() throws Exception {
    Path file = pdf("Bescheid-" + tag + ".pdf", "Freistellungsbescheid Randersacker " + tag);
    b.login("vorstand-test");
    b.browser.findElement(By.id("navDocuments")).click();
    b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    b.browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    b.type("upload:docTitle", "Bescheid " + tag);
    new Select(b.browser.findElement(By.id("upload:category")))
        .selectByValue("FREISTELLUNGSBESCHEID");
    b.browser.findElement(By.id("upload:uploadButton")).click();
    WebElement card = b.waitFor().until(d -> card("Bescheid " + tag));
    String href = card.findElement(By.cssSelector("a[id^='download-']")).getAttribute("href");
    assertEquals(200L, fetch(href).get(0));

    // club A's board: the same URL is not found
    b.close();
    b.open();
    b.login("vorstand-sport");
    assertEquals(404L, fetch(href).get(0));
    b.browser.get(BrowserIT.APP + "/app/documents.xhtml");
    b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    assertTrue(!b.browser.getPageSource().contains("Bescheid " + tag), "not in club A's list");

    // a plain member: no navigation entry, 403 for page and download
    b.close();
    b.open();
    b.login("mitglied");
    assertTrue(b.browser.findElements(By.id("navDocuments")).isEmpty());
    assertEquals(403L, fetch(href).get(0));
    assertEquals(403L, fetch(BrowserIT.APP + "/app/documents.xhtml").get(0));
    Files.deleteIfExists(file);
  }

  private WebElement card(String title) {
    return b.browser.findElement(
        By.xpath("//li[contains(@class,'hh-doc')][.//h3[normalize-space(.)='" + title + "']]"));
  }

  /** Status, content type, disposition, nosniff header and body of a GET in the session. */
  private List<?> fetch(String url) {
    return (List<?>)
        ((JavascriptExecutor) b.browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(t => done([r.status,"
                    + " r.headers.get('content-type'), r.headers.get('content-disposition'),"
                    + " r.headers.get('x-content-type-options'), t])))"
                    + ".catch(e => done([0, '', '', '', 'error ' + e]));",
                url);
  }

  private static Path pdf(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory("hh-docs");
    Path file = dir.resolve(name);
    Files.writeString(
        file,
        "%PDF-1.4\n1 0 obj\n<< /Title ("
            + text
            + ") >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
