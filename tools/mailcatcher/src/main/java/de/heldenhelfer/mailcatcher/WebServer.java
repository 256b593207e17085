package de.heldenhelfer.mailcatcher;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web inbox and JSON API on the JDK's built-in HTTP server. */
final class WebServer implements Closeable {

  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; form-action 'self'";

  private static final String HTML = "text/html; charset=utf-8";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final Pattern MESSAGE_PATH =
      Pattern.compile(
          "/message/(" + MessageStore.ID.pattern() + ")(\\.eml|/attachments/(\\d{1,4}))?");
  private static final Pattern API_MESSAGE_PATH =
      Pattern.compile("/api/messages/(" + MessageStore.ID.pattern() + ")");
  private static final Pattern MIME_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");

  private final HttpServer server;
  private final ExecutorService executor;
  private final MessageStore store;
  private final Consumer<String> log;

  WebServer(InetAddress bind, int port, MessageStore store, Consumer<String> log)
      throws IOException {
    this.store = store;
    this.log = log;
    this.server = HttpServer.create(new InetSocketAddress(bind, port), 50);
    this.executor = Executors.newFixedThreadPool(4, MailCatcher.daemonThreads("mailcatcher-http"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Headers headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Content-Security-Policy", CSP);
      headers.set("Referrer-Policy", "no-referrer");
      headers.set("Cache-Control", "no-store");
      route(exchange);
    } catch (IllegalArgumentException e) {
      sendText(exchange, 400, "Bad request: " + e.getMessage());
    } catch (IOException e) {
      // client went away
    } catch (RuntimeException e) {
      log.accept("mailcatcher: HTTP request " + exchange.getRequestURI() + " failed: " + e);
      try {
        sendText(exchange, 500, "Internal error");
      } catch (IOException | RuntimeException ignored) {
        // response already started or client gone
      }
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = ex.getRequestURI().getRawPath();
    Map<String, String> query = query(ex.getRequestURI());
    boolean read = method.equals("GET") || method.equals("HEAD");

    if (path.equals("/")) {
      if (!read) {
        methodNotAllowed(ex, "GET, HEAD");
        return;
      }
      String to = blankToNull(query.get("to"));
      List<CaughtMail> all = store.list();
      String status = null;
      String cleared = query.get("geloescht");
      if (cleared != null && cleared.matches("\\d{1,9}")) {
        int n = Integer.parseInt(cleared);
        status = n == 1 ? "1 E-Mail gelöscht." : n + " E-Mails gelöscht.";
      }
      send(ex, 200, HTML, Pages.index(filter(all, to), all.size(), to, status));
      return;
    }
    if (path.equals("/clear")) {
      if (!method.equals("POST")) {
        methodNotAllowed(ex, "POST");
        return;
      }
      if (!sameOrigin(ex)) {
        sendText(ex, 403, "Cross-site request refused");
        return;
      }
      int removed = store.clear();
      ex.getResponseHeaders().set("Location", "/?geloescht=" + removed);
      send(ex, 303, TEXT, "");
      return;
    }
    Matcher message = MESSAGE_PATH.matcher(path);
    if (message.matches()) {
      if (!read) {
        methodNotAllowed(ex, "GET, HEAD");
        return;
      }
      Optional<CaughtMail> mail = store.get(message.group(1));
      if (mail.isEmpty()) {
        send(ex, 404, HTML, Pages.notFound());
      } else if (message.group(2) == null) {
        send(ex, 200, HTML, Pages.message(mail.get()));
      } else if (message.group(3) == null) {
        sendRaw(ex, mail.get());
      } else {
        sendAttachment(ex, mail.get(), Integer.parseInt(message.group(3)));
      }
      return;
    }
    if (path.equals("/api/messages")) {
      if (read) {
        sendJson(ex, 200, messagesJson(filter(store.list(), blankToNull(query.get("to")))));
      } else if (method.equals("DELETE")) {
        store.clear();
        sendEmpty(ex, 204);
      } else {
        methodNotAllowed(ex, "GET, HEAD, DELETE");
      }
      return;
    }
    Matcher apiMessage = API_MESSAGE_PATH.matcher(path);
    if (apiMessage.matches()) {
      String id = apiMessage.group(1);
      if (read) {
        Optional<CaughtMail> mail = store.get(id);
        if (mail.isPresent()) {
          JsonWriter json = new JsonWriter();
          writeMessage(json, mail.get());
          sendJson(ex, 200, json.toString());
        } else {
          sendJson(ex, 404, errorJson("message not found"));
        }
      } else if (method.equals("DELETE")) {
        if (store.delete(id)) {
          sendEmpty(ex, 204);
        } else {
          sendJson(ex, 404, errorJson("message not found"));
        }
      } else {
        methodNotAllowed(ex, "GET, HEAD, DELETE");
      }
      return;
    }
    if (path.equals("/api/outage")) {
      // a simulated SMTP outage for tests of retries: POST ?seconds=N starts it, DELETE ends it
      if (method.equals("POST")) {
        String seconds = query.getOrDefault("seconds", "60");
        if (!seconds.matches("\\d{1,5}")) {
          sendJson(ex, 400, errorJson("seconds: a number from 0 to 99999"));
          return;
        }
        store.outage(Long.parseLong(seconds) * 1000);
      } else if (method.equals("DELETE")) {
        store.outage(0);
      } else if (!read) {
        methodNotAllowed(ex, "GET, HEAD, POST, DELETE");
        return;
      }
      sendJson(
          ex,
          200,
          new JsonWriter()
              .beginObject()
              .field("outageSeconds", (store.outageLeft() + 999) / 1000)
              .endObject()
              .toString());
      return;
    }
    if (path.equals("/api/health")) {
      if (!read) {
        methodNotAllowed(ex, "GET, HEAD");
        return;
      }
      sendJson(
          ex,
          200,
          new JsonWriter()
              .beginObject()
              .field("status", "UP")
              .field("messages", store.size())
              .endObject()
              .toString());
      return;
    }
    if (path.startsWith("/api/")) {
      sendJson(ex, 404, errorJson("not found"));
    } else {
      send(ex, 404, HTML, Pages.notFound());
    }
  }

  private static List<CaughtMail> filter(List<CaughtMail> messages, String to) {
    if (to == null) {
      return messages;
    }
    List<CaughtMail> result = new ArrayList<>();
    for (CaughtMail m : messages) {
      if (m.isAddressedTo(to)) {
        result.add(m);
      }
    }
    return result;
  }

  static String messagesJson(List<CaughtMail> messages) {
    JsonWriter json = new JsonWriter().beginArray();
    for (CaughtMail m : messages) {
      writeMessage(json, m);
    }
    return json.endArray().toString();
  }

  static void writeMessage(JsonWriter json, CaughtMail m) {
    ParsedMail p = m.mail();
    json.beginObject()
        .field("id", m.id())
        .field("receivedAt", m.receivedAt().toString())
        .field("envelopeFrom", m.envelopeFrom());
    json.name("envelopeTo").beginArray();
    m.envelopeTo().forEach(json::value);
    json.endArray();
    json.field("from", p.from().isEmpty() ? null : Pages.join(p.from()));
    addresses(json, "to", p.to());
    addresses(json, "cc", p.cc());
    json.field("subject", p.subject())
        .field("date", p.date() == null ? null : p.date().toString())
        .field("text", p.text())
        .field("html", p.html())
        .field("size", m.raw().length);
    json.name("attachments").beginArray();
    for (AttachmentInfo a : p.attachments()) {
      json.beginObject()
          .field("name", a.name())
          .field("contentType", a.contentType())
          .field("size", a.size())
          .endObject();
    }
    json.endArray();
    json.name("headers").beginObject();
    p.headers().forEach(json::field);
    json.endObject();
    json.endObject();
  }

  private static void addresses(JsonWriter json, String name, List<Address> addresses) {
    json.name(name).beginArray();
    for (Address a : addresses) {
      json.value(a.display());
    }
    json.endArray();
  }

  private static String errorJson(String message) {
    return new JsonWriter().beginObject().field("error", message).endObject().toString();
  }

  private void sendRaw(HttpExchange ex, CaughtMail mail) throws IOException {
    ex.getResponseHeaders()
        .set("Content-Disposition", "inline; filename=\"" + mail.id() + ".eml\"");
    send(ex, 200, TEXT, mail.raw());
  }

  private void sendAttachment(HttpExchange ex, CaughtMail mail, int index) throws IOException {
    Optional<MailParser.AttachmentContent> content = MailParser.attachment(mail.raw(), index);
    if (content.isEmpty()) {
      send(ex, 404, HTML, Pages.notFound());
      return;
    }
    AttachmentInfo info = content.get().info();
    String type =
        MIME_TYPE.matcher(info.contentType()).matches()
            ? info.contentType()
            : "application/octet-stream";
    String name = info.name() == null ? "anhang-" + (index + 1) : info.name();
    ex.getResponseHeaders().set("Content-Disposition", contentDisposition(name));
    send(ex, 200, type, content.get().bytes());
  }

  /** RFC 6266 attachment disposition with an ASCII fallback and the UTF-8 file name. */
  static String contentDisposition(String fileName) {
    String base = fileName.replaceAll(".*[/\\\\]", "");
    StringBuilder ascii = new StringBuilder();
    for (char c : base.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    String encoded = URLEncoder.encode(base, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** Refuses form posts from other sites (the inbox has no login, so this stops CSRF). */
  private static boolean sameOrigin(HttpExchange ex) {
    String fetchSite = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return false;
    }
    String origin = ex.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return true;
    }
    String host = ex.getRequestHeaders().getFirst("Host");
    return host != null
        && (origin.equalsIgnoreCase("http://" + host)
            || origin.equalsIgnoreCase("https://" + host));
  }

  private static void methodNotAllowed(HttpExchange ex, String allowed) throws IOException {
    ex.getResponseHeaders().set("Allow", allowed);
    if (ex.getRequestURI().getRawPath().startsWith("/api/")) {
      sendJson(ex, 405, errorJson("method not allowed"));
    } else {
      sendText(ex, 405, "Method not allowed");
    }
  }

  private static void sendEmpty(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
  }

  private static void sendJson(HttpExchange ex, int status, String json) throws IOException {
    send(ex, status, JSON, json);
  }

  private static void sendText(HttpExchange ex, int status, String text) throws IOException {
    send(ex, status, TEXT, text);
  }

  private static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    send(ex, status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean noBody = body == null || status == 204 || ex.getRequestMethod().equals("HEAD");
    if (noBody) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> result = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    // '+' is kept literally: e-mail addresses never contain spaces but often contain '+'
    // (helfer+verein@example.org), and clients frequently put them into URLs unencoded
    raw = raw.replace("+", "%2B");
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      result.putIfAbsent(key, value);
    }
    return result;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
