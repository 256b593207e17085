package de.heldenhelfer.mailcatcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: Angus Mail client → SMTP → catcher → HTTP (JSON API and web pages). */
class MailCatcherTest {

  private static final String FROM = "verein@heldenhelfer.test";
  private static final String MAX = "max.mueller@example.org";

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private MailCatcher catcher;

  @BeforeEach
  void start() throws IOException {
    catcher = startCatcher(null);
  }

  @AfterEach
  void stop() {
    if (catcher != null) {
      catcher.close();
    }
  }

  private MailCatcher startCatcher(Path store) throws IOException {
    return MailCatcher.start(new MailCatcher.Options("127.0.0.1", 0, 0, store), log::add);
  }

  // ---------------------------------------------------------------- sending with Angus Mail

  private Session session(Properties extra) {
    Properties props = new Properties();
    props.setProperty("mail.smtp.host", "127.0.0.1");
    props.setProperty("mail.smtp.port", Integer.toString(catcher.smtpPort()));
    props.setProperty("mail.smtp.connectiontimeout", "5000");
    props.setProperty("mail.smtp.timeout", "5000");
    props.setProperty("mail.smtp.writetimeout", "5000");
    props.putAll(extra);
    return Session.getInstance(props);
  }

  private MimeMessage newMessage(Session session, String subject, String... to)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(FROM, "Freiwillige Feuerwehr Höchberg", "UTF-8"));
    for (String rcpt : to) {
      m.addRecipient(RecipientType.TO, new InternetAddress(rcpt));
    }
    m.setSubject(subject, "UTF-8");
    m.setSentDate(Date.from(Instant.parse("2025-03-01T17:30:00Z")));
    return m;
  }

  // ---------------------------------------------------------------- HTTP helpers

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + catcher.httpPort() + path);
  }

  private List<Map<String, Object>> messages(String query) throws Exception {
    HttpResponse<String> response = get("/api/messages" + query);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/json; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    return Json.array(response.body());
  }

  private Map<String, Object> onlyMessage() throws Exception {
    List<Map<String, Object>> all = messages("");
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static String crlfToLf(Object text) {
    return ((String) text).replace("\r\n", "\n");
  }

  // ---------------------------------------------------------------- tests

  @Test
  void aSimulatedOutageRefusesSmtpWith421UntilItEnds() throws Exception {
    HttpResponse<String> started =
        send(HttpRequest.newBuilder(uri("/api/outage?seconds=60")).POST(noBody()));
    assertEquals(200, started.statusCode());
    assertTrue(started.body().contains("\"outageSeconds\":60"), started.body());
    MimeMessage m = newMessage(session(new Properties()), "Während der Wartung", MAX);
    m.setText("Die Wartung dauert an.", "UTF-8");
    MessagingException refused = assertThrows(MessagingException.class, () -> Transport.send(m));
    assertTrue(String.valueOf(refused.getMessage()).contains("421"), refused.toString());
    assertEquals(0, messages("").size());

    assertEquals(200, send(HttpRequest.newBuilder(uri("/api/outage")).DELETE()).statusCode());
    MimeMessage after = newMessage(session(new Properties()), "Nach der Wartung", MAX);
    after.setText("Wieder da.", "UTF-8");
    Transport.send(after);
    assertEquals(List.of("Nach der Wartung"), subjects(messages("")));
    assertEquals(
        400,
        send(HttpRequest.newBuilder(uri("/api/outage?seconds=x")).POST(noBody())).statusCode());
  }

  @Test
  void plainTextWithUmlautsIsDecoded() throws Exception {
    MimeMessage m =
        newMessage(session(new Properties()), "Einladung zur Übung – Größe & Maß: Straße", MAX);
    m.setText("Grüß Gott Max,\n\nÄÖÜ äöü ß – bis Donnerstag!\n", "UTF-8");
    Transport.send(m);

    Map<String, Object> msg = onlyMessage();
    assertEquals("Einladung zur Übung – Größe & Maß: Straße", msg.get("subject"));
    assertEquals("Grüß Gott Max,\n\nÄÖÜ äöü ß – bis Donnerstag!\n", crlfToLf(msg.get("text")));
    assertNull(msg.get("html"));
    assertEquals(FROM, msg.get("envelopeFrom"));
    assertEquals(List.of(MAX), msg.get("envelopeTo"));
    assertEquals("Freiwillige Feuerwehr Höchberg <" + FROM + ">", msg.get("from"));
    assertEquals(List.of(MAX), msg.get("to"));
    assertEquals(List.of(), msg.get("attachments"));
    assertEquals("2025-03-01T17:30:00Z", msg.get("date"));
    Instant receivedAt = Instant.parse((String) msg.get("receivedAt"));
    assertTrue(Duration.between(receivedAt, Instant.now()).abs().toMinutes() < 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> headers = (Map<String, Object>) msg.get("headers");
    assertEquals("Einladung zur Übung – Größe & Maß: Straße", headers.get("Subject"));
    assertTrue(((String) headers.get("Content-Type")).startsWith("text/plain"));

    // the subject really travelled RFC 2047 encoded, so the decoding above is ours
    String id = (String) msg.get("id");
    HttpResponse<String> raw = get("/message/" + id + ".eml");
    assertEquals(200, raw.statusCode());
    assertTrue(raw.body().contains("Subject: =?UTF-8?"), raw.body());
    assertFalse(raw.body().contains("Größe"), raw.body());

    // single message endpoint returns the same object
    HttpResponse<String> single = get("/api/messages/" + id);
    assertEquals(200, single.statusCode());
    assertEquals(msg, Json.object(single.body()));

    assertTrue(
        log.stream().anyMatch(l -> l.contains("received " + id) && l.contains("Größe")),
        log.toString());
  }

  @Test
  void eightBitBodyIsDecoded() throws Exception {
    Properties props = new Properties();
    props.setProperty("mail.smtp.allow8bitmime", "true");
    MimeMessage m = newMessage(session(props), "Rückmeldung", MAX);
    m.setText("Schöne Grüße aus Würzburg – 10 €\n", "UTF-8");
    Transport.send(m);

    Map<String, Object> msg = onlyMessage();
    assertEquals("Schöne Grüße aus Würzburg – 10 €\n", crlfToLf(msg.get("text")));
    String raw = get("/message/" + msg.get("id") + ".eml").body();
    assertTrue(raw.contains("Content-Transfer-Encoding: 8bit"), raw);
  }

  @Test
  void multipartAlternativeYieldsTextAndHtml() throws Exception {
    MimeMessage m = newMessage(session(new Properties()), "Dienstplan für März", MAX);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Hallo Jürgen, dein Dienst: Samstag.", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(
        "<html><body><p>Hallo <b>Jürgen</b>, dein Dienst: Samstag.</p></body></html>",
        "UTF-8",
        "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    Transport.send(m);

    Map<String, Object> msg = onlyMessage();
    assertEquals("Dienstplan für März", msg.get("subject"));
    assertEquals("Hallo Jürgen, dein Dienst: Samstag.", msg.get("text"));
    assertEquals(
        "<html><body><p>Hallo <b>Jürgen</b>, dein Dienst: Samstag.</p></body></html>",
        msg.get("html"));
    assertEquals(List.of(), msg.get("attachments"));

    // the detail page shows the HTML part escaped inside a sandboxed srcdoc iframe
    HttpResponse<String> page = get("/message/" + msg.get("id"));
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains("<iframe title=\"HTML-Teil der E-Mail\" sandbox="), body);
    assertTrue(
        body.contains("srcdoc=\"&lt;base target=&quot;_blank&quot;&gt;&lt;html&gt;&lt;body&gt;"),
        body);
    assertFalse(body.contains("<b>Jürgen</b>"), body);
    assertTrue(body.contains("<pre>Hallo Jürgen, dein Dienst: Samstag.</pre>"), body);
    assertTrue(body.contains("href=\"/message/" + msg.get("id") + ".eml\""), body);
  }

  @Test
  void attachmentIsListedWithNameTypeAndSizeAndDownloadable() throws Exception {
    byte[] pdf = new byte[3210];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 31);
    }
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 8);
    MimeMessage m = newMessage(session(new Properties()), "Einsatzplan", MAX);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Anbei der Einsatzplan.", "UTF-8");
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(
        new jakarta.activation.DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
    attachment.setFileName("Einsatzplan März 2025.pdf");
    attachment.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(text);
    mixed.addBodyPart(attachment);
    m.setContent(mixed);
    Transport.send(m);

    Map<String, Object> msg = onlyMessage();
    assertEquals("Anbei der Einsatzplan.", msg.get("text"));
    assertEquals(
        List.of(
            Map.of(
                "name",
                "Einsatzplan März 2025.pdf",
                "contentType",
                "application/pdf",
                "size",
                (long) pdf.length)),
        msg.get("attachments"));

    HttpResponse<byte[]> download =
        http.send(
            HttpRequest.newBuilder(uri("/message/" + msg.get("id") + "/attachments/0")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertArrayEquals(pdf, download.body());
    assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "attachment; filename=\"Einsatzplan M_rz 2025.pdf\";"
            + " filename*=UTF-8''Einsatzplan%20M%C3%A4rz%202025.pdf",
        download.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals(404, get("/message/" + msg.get("id") + "/attachments/1").statusCode());

    String page = get("/message/" + msg.get("id")).body();
    assertTrue(page.contains(">Einsatzplan März 2025.pdf</a> (application/pdf, 3,1 KB)"), page);
  }

  @Test
  void severalRecipientsAndToFilter() throws Exception {
    MimeMessage m =
        newMessage(session(new Properties()), "Vorstandssitzung", MAX, "erika@example.org");
    m.addRecipient(RecipientType.CC, new InternetAddress("kassier@example.org", "Kassier, Karl"));
    m.addRecipient(RecipientType.BCC, new InternetAddress("geheim+bcc@example.org"));
    m.setText("Tagesordnung folgt.");
    Transport.send(m);
    MimeMessage other = newMessage(session(new Properties()), "Andere Nachricht", "x@example.org");
    other.setText("nichts");
    Transport.send(other);

    List<Map<String, Object>> all = messages("");
    assertEquals(2, all.size());
    assertEquals("Andere Nachricht", all.get(0).get("subject"), "newest first");
    Map<String, Object> msg = all.get(1);
    assertEquals(
        Set.of(MAX, "erika@example.org", "kassier@example.org", "geheim+bcc@example.org"),
        Set.copyOf((List<?>) msg.get("envelopeTo")));
    assertEquals(List.of(MAX, "erika@example.org"), msg.get("to"));
    assertEquals(List.of("\"Kassier, Karl\" <kassier@example.org>"), msg.get("cc"));

    // header recipient, case-insensitive
    assertEquals(List.of(msg), messages("?to=ERIKA@Example.org"));
    // cc recipient
    assertEquals(List.of(msg), messages("?to=kassier%40example.org"));
    // bcc: only in the envelope; '+' may be sent unencoded or encoded
    assertEquals(List.of(msg), messages("?to=geheim+bcc@example.org"));
    assertEquals(List.of(msg), messages("?to=geheim%2Bbcc%40example.org"));
    assertEquals(List.of(), messages("?to=geheim@example.org"));
    assertEquals("Andere Nachricht", messages("?to=x@example.org").get(0).get("subject"));
    assertEquals(List.of(), messages("?to=" + URLEncoder.encode("nobody@example.org", "UTF-8")));
    // the web page uses the same filter
    String page = get("/?to=geheim%2Bbcc%40example.org").body();
    assertTrue(page.contains("Vorstandssitzung"), page);
    assertFalse(page.contains("Andere Nachricht"), page);
  }

  @Test
  void dotStuffedLinesArriveUnchanged() throws Exception {
    MimeMessage m = newMessage(session(new Properties()), "Punkte", MAX);
    String text = "Erste Zeile\n.Zeile mit Punkt\n..zwei Punkte\n.\nEnde\n";
    m.setText(text, "US-ASCII");
    Transport.send(m);

    Map<String, Object> msg = onlyMessage();
    assertEquals(text, crlfToLf(msg.get("text")));
    String raw = get("/message/" + msg.get("id") + ".eml").body();
    assertTrue(raw.contains("\r\n.Zeile mit Punkt\r\n..zwei Punkte\r\n.\r\nEnde\r\n"), raw);
  }

  @Test
  void authenticatedClientsAreAcceptedToo() throws Exception {
    Properties props = new Properties();
    props.setProperty("mail.smtp.auth", "true");
    MimeMessage m = newMessage(session(props), "Mit Anmeldung", MAX);
    m.setText("Hallo");
    Transport.send(m, "app@heldenhelfer.test", "geheim");
    assertEquals("Mit Anmeldung", onlyMessage().get("subject"));
  }

  @Test
  void storeDirectorySurvivesRestart(@TempDir Path dir) throws Exception {
    catcher.close();
    catcher = startCatcher(dir);
    MimeMessage m = newMessage(session(new Properties()), "Bleibt erhalten – Grüße", MAX);
    m.addRecipient(RecipientType.BCC, new InternetAddress("archiv@example.org"));
    m.setText("Überlebt den Neustart.", "UTF-8");
    Transport.send(m);
    Map<String, Object> before = onlyMessage();
    String id = (String) before.get("id");
    assertTrue(Files.isRegularFile(dir.resolve(id + ".eml")));
    String eml = Files.readString(dir.resolve(id + ".eml"), StandardCharsets.UTF_8);
    assertTrue(eml.contains("Message-ID: "), eml);

    catcher.close();
    assertThrows(IOException.class, () -> get("/api/messages"), "old instance is stopped");
    catcher = startCatcher(dir);

    Map<String, Object> after = onlyMessage();
    assertEquals(before, after);
    assertEquals("Bleibt erhalten – Grüße", after.get("subject"));
    assertEquals(List.of(MAX, "archiv@example.org"), after.get("envelopeTo"));

    // a further message after the restart is listed first; DELETE removes the files
    MimeMessage second = newMessage(session(new Properties()), "Nach dem Neustart", MAX);
    second.setText("neu");
    Transport.send(second);
    List<Map<String, Object>> all = messages("");
    assertEquals(List.of("Nach dem Neustart", "Bleibt erhalten – Grüße"), subjects(all));
    assertEquals(204, send(HttpRequest.newBuilder(uri("/api/messages")).DELETE()).statusCode());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
  }

  @Test
  void deleteClearsAllMessages() throws Exception {
    for (String subject : List.of("Eins", "Zwei", "Drei")) {
      MimeMessage m = newMessage(session(new Properties()), subject, MAX);
      m.setText(subject);
      Transport.send(m);
    }
    assertEquals(List.of("Drei", "Zwei", "Eins"), subjects(messages("")));

    String idOfZwei = (String) messages("").get(1).get("id");
    assertEquals(
        204, send(HttpRequest.newBuilder(uri("/api/messages/" + idOfZwei)).DELETE()).statusCode());
    assertEquals(List.of("Drei", "Eins"), subjects(messages("")));
    assertEquals(404, get("/api/messages/" + idOfZwei).statusCode());

    HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/messages")).DELETE());
    assertEquals(204, delete.statusCode());
    assertEquals(List.of(), messages(""));
    assertEquals(0, catcher.messageCount());
    assertTrue(get("/").body().contains("<p>Noch keine E-Mails empfangen.</p>"));
  }

  @Test
  void clearFormRedirectsAndRefusesCrossSitePosts() throws Exception {
    MimeMessage m = newMessage(session(new Properties()), "Wird gelöscht", MAX);
    m.setText("x");
    Transport.send(m);

    HttpResponse<String> foreign =
        send(
            HttpRequest.newBuilder(uri("/clear"))
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(403, foreign.statusCode());
    assertEquals(1, catcher.messageCount());

    HttpResponse<String> clear =
        send(
            HttpRequest.newBuilder(uri("/clear"))
                .header("Origin", "http://127.0.0.1:" + catcher.httpPort())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(303, clear.statusCode());
    assertEquals("/?geloescht=1", clear.headers().firstValue("Location").orElseThrow());
    assertEquals(0, catcher.messageCount());
    assertTrue(get("/?geloescht=1").body().contains("1 E-Mail gelöscht."));
    assertEquals(405, get("/clear").statusCode());
  }

  @Test
  void htmlInSubjectAndAddressesIsEscaped() throws Exception {
    String evil = "<script>alert('x')</script> <img src=x onerror=alert(1)> & \"Zitat\"";
    MimeMessage m = newMessage(session(new Properties()), evil, MAX);
    m.setFrom(new InternetAddress("boese@example.org", "<b>Böse</b>", "UTF-8"));
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Text mit <i>Tags</i> & https://example.org/a?b=1&c=2.", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText("<p onclick=\"steal()\">Hallo</p><script>alert(2)</script>", "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    m.setContent(alternative);
    Transport.send(m);

    String index = get("/").body();
    String escaped =
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"
            + " &amp; &quot;Zitat&quot;";
    assertTrue(index.contains(escaped), index);
    assertFalse(index.contains("<script"), index);
    assertFalse(index.contains("<img"), index);
    assertTrue(index.contains("&lt;b&gt;Böse&lt;/b&gt;"), index);

    String id = (String) onlyMessage().get("id");
    String detail = get("/message/" + id).body();
    assertTrue(detail.contains("<h1>" + escaped + "</h1>"), detail);
    assertFalse(detail.contains("<script"), detail);
    assertFalse(detail.contains("<p onclick"), detail);
    assertTrue(detail.contains("&lt;p onclick=&quot;steal()&quot;&gt;"), detail);
    assertTrue(
        detail.contains(
            "<pre>Text mit &lt;i&gt;Tags&lt;/i&gt; &amp; <a href=\"https://example.org/a?b=1&amp;c=2\">"
                + "https://example.org/a?b=1&amp;c=2</a>.</pre>"),
        detail);
  }

  @Test
  void pagesAreGermanAccessibleAndSendSecurityHeaders() throws Exception {
    HttpResponse<String> empty = get("/");
    assertEquals(200, empty.statusCode());
    assertEquals("text/html; charset=utf-8", empty.headers().firstValue("Content-Type").get());
    assertEquals("nosniff", empty.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals(
        "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'",
        empty.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertEquals("no-referrer", empty.headers().firstValue("Referrer-Policy").orElseThrow());
    String body = empty.body();
    assertTrue(body.startsWith("<!DOCTYPE html>\n<html lang=\"de\">"), body);
    assertTrue(body.contains("<meta charset=\"utf-8\">"), body);
    assertTrue(body.contains("<meta name=\"viewport\""), body);
    assertTrue(body.contains("<title>Heldenhelfer – Posteingang (Entwicklung)</title>"), body);
    assertTrue(body.contains("<h1>Heldenhelfer – Posteingang (Entwicklung)</h1>"), body);
    assertTrue(body.contains("<p>Noch keine E-Mails empfangen.</p>"), body);
    assertTrue(body.contains("<form method=\"post\" action=\"/clear\">"), body);
    assertTrue(body.contains(">Alle löschen</button>"), body);
    assertTrue(body.contains("<label for=\"to\">"), body);
    assertFalse(body.contains("<table"), "no table while empty");

    MimeMessage m = newMessage(session(new Properties()), "Sommerfest", MAX);
    m.setText("Wir feiern!");
    Transport.send(m);
    Map<String, Object> msg = onlyMessage();
    Instant received = Instant.parse((String) msg.get("receivedAt"));
    String expectedTime =
        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Berlin"))
            .format(received);

    String list = get("/").body();
    assertTrue(list.contains("<th scope=\"col\">Empfangen</th>"), list);
    assertTrue(list.contains("<th scope=\"col\">Betreff</th>"), list);
    assertTrue(list.contains(">" + expectedTime + "</time>"), list);
    assertTrue(
        list.contains(
            "<th scope=\"row\"><a href=\"/message/" + msg.get("id") + "\">Sommerfest</a></th>"),
        list);
    assertTrue(list.contains("Freiwillige Feuerwehr Höchberg &lt;" + FROM + "&gt;"), list);
    assertFalse(list.contains("Noch keine E-Mails empfangen."), list);

    HttpResponse<String> raw = get("/message/" + msg.get("id") + ".eml");
    assertEquals("text/plain; charset=utf-8", raw.headers().firstValue("Content-Type").get());
    assertEquals("nosniff", raw.headers().firstValue("X-Content-Type-Options").orElseThrow());

    HttpResponse<String> missing = get("/message/does-not-exist");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("lang=\"de\""));
    assertEquals(404, get("/api/messages/does-not-exist").statusCode());
    assertEquals(404, get("/message/..%2F..%2Fetc%2Fpasswd").statusCode());
    assertEquals(
        405, send(HttpRequest.newBuilder(uri("/api/messages")).PUT(noBody())).statusCode());
    assertEquals(Map.of("status", "UP", "messages", 1L), Json.object(get("/api/health").body()));
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
  }

  private static List<Object> subjects(List<Map<String, Object>> messages) {
    return messages.stream().map(m -> m.get("subject")).toList();
  }

  @Test
  void readyLineNamesBothListeners() {
    assertEquals(
        "mailcatcher: SMTP on 127.0.0.1:"
            + catcher.smtpPort()
            + ", web on http://127.0.0.1:"
            + catcher.httpPort()
            + "/",
        catcher.readyLine());
    assertEquals(Collections.emptyList(), log);
    assertNotNull(catcher.webUrl());
  }
}
