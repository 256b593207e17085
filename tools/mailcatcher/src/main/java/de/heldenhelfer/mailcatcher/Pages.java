package de.heldenhelfer.mailcatcher;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders the German web inbox. Every piece of message content goes through {@link #esc}. */
final class Pages {

  static final String TITLE = "Heldenhelfer – Posteingang (Entwicklung)";
  static final String EMPTY = "Noch keine E-Mails empfangen.";

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY).withZone(BERLIN);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.GERMANY).withZone(BERLIN);
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  /*
   * Colours (on white unless noted) meet WCAG AA/AAA: #1a1a1a text 17:1, #0b4f9c links 8.3:1,
   * white on #12355b 12:1, white on #a4141b 7.4:1, #555 borders of inputs 7.5:1.
   */
  private static final String CSS =
      """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
      font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
      .skip{position:absolute;left:-999px;top:0;background:#fff;color:#0b4f9c;padding:.5rem}
      .skip:focus{left:.5rem}
      header.site{background:#12355b;color:#fff;padding:.75rem 1rem}
      header.site p{margin:0;font-weight:600;max-width:72rem;margin:0 auto}
      main{max-width:72rem;margin:0 auto;padding:1rem}
      h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem;overflow-wrap:anywhere}
      h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
      a{color:#0b4f9c}
      a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,\
      iframe:focus-visible,.scroll:focus-visible{outline:3px solid #c75000;outline-offset:2px}
      .toolbar{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end;margin:0 0 1rem}
      .toolbar form{margin:0}
      .filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
      .filter div{flex:1 1 14rem}
      label{display:block;font-weight:600}
      input{font:inherit;padding:.45rem .5rem;border:1px solid #555;border-radius:4px;width:100%}
      button{font:inherit;min-height:2.75rem;padding:.45rem 1rem;border:2px solid #12355b;\
      border-radius:4px;background:#fff;color:#12355b;cursor:pointer}
      button.danger{background:#a4141b;border-color:#a4141b;color:#fff}
      .status{padding:.5rem .75rem;border-left:4px solid #12355b;background:#eef2f7}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%}
      caption{text-align:left;font-weight:600;padding:.25rem 0}
      th,td{text-align:left;vertical-align:top;padding:.5rem;border-bottom:1px solid #767676;\
      overflow-wrap:anywhere}
      thead th{background:#eef2f7;border-bottom:2px solid #12355b}
      td.time{white-space:nowrap}
      tbody th{font-weight:400}
      dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
      dl.meta dt{font-weight:600}
      dl.meta dd{margin:0;overflow-wrap:anywhere}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;color:#1a1a1a;\
      border:1px solid #767676;padding:.75rem;margin:0;font-size:.9rem}
      iframe{display:block;width:100%;height:32rem;border:1px solid #767676;background:#fff}
      .hint{color:#4a4a4a;font-size:.9rem}
      @media (max-width:40rem){
      main{padding:.75rem}
      dl.meta{grid-template-columns:1fr}
      dl.meta dd{margin-bottom:.5rem}
      th,td{padding:.4rem .3rem}
      td.time{white-space:normal}
      iframe{height:24rem}
      }
      """;

  private Pages() {}

  static String index(List<CaughtMail> messages, int total, String toFilter, String status) {
    StringBuilder b = new StringBuilder(8192);
    head(b, TITLE);
    b.append("<h1>").append(esc(TITLE)).append("</h1>\n");
    if (status != null) {
      b.append("<p class=\"status\" role=\"status\">").append(esc(status)).append("</p>\n");
    }
    b.append("<div class=\"toolbar\">\n")
        .append("<form class=\"filter\" method=\"get\" action=\"/\" role=\"search\">\n")
        .append("<div><label for=\"to\">Nach Empfänger filtern (E-Mail-Adresse)</label>\n")
        .append("<input id=\"to\" name=\"to\" type=\"email\" autocomplete=\"off\" value=\"")
        .append(esc(toFilter == null ? "" : toFilter))
        .append("\"></div>\n")
        .append("<button type=\"submit\">Filtern</button>\n")
        .append("</form>\n")
        .append("<p><a href=\"/\">Aktualisieren / Filter zurücksetzen</a></p>\n")
        .append("<form method=\"post\" action=\"/clear\">\n")
        .append("<button type=\"submit\" class=\"danger\">Alle löschen</button>\n")
        .append("</form>\n")
        .append("</div>\n");
    if (total == 0) {
      b.append("<p>").append(EMPTY).append("</p>\n");
    } else if (messages.isEmpty()) {
      b.append("<p>Keine E-Mails an ")
          .append(esc(toFilter))
          .append(" gefunden (insgesamt ")
          .append(total)
          .append(total == 1 ? " E-Mail" : " E-Mails")
          .append(").</p>\n");
    } else {
      b.append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"inbox-caption\"")
          .append(" tabindex=\"0\">\n<table>\n<caption id=\"inbox-caption\">")
          .append(messages.size())
          .append(messages.size() == 1 ? " E-Mail" : " E-Mails");
      if (toFilter != null) {
        b.append(" an ").append(esc(toFilter));
      }
      b.append(", neueste zuerst</caption>\n")
          .append("<thead><tr><th scope=\"col\">Empfangen</th><th scope=\"col\">Von</th>")
          .append("<th scope=\"col\">An</th><th scope=\"col\">Betreff</th></tr></thead>\n")
          .append("<tbody>\n");
      for (CaughtMail m : messages) {
        ParsedMail p = m.mail();
        String from = p.from().isEmpty() ? m.envelopeFrom() : join(p.from());
        String to = p.to().isEmpty() ? String.join(", ", m.envelopeTo()) : join(p.to());
        b.append("<tr><td class=\"time\">")
            .append(time(m.receivedAt(), SHORT))
            .append("</td><td>")
            .append(esc(from))
            .append("</td><td>")
            .append(esc(to))
            .append("</td><th scope=\"row\"><a href=\"/message/")
            .append(esc(m.id()))
            .append("\">")
            .append(esc(subjectOrPlaceholder(p.subject())))
            .append("</a></th></tr>\n");
      }
      b.append("</tbody>\n</table>\n</div>\n");
    }
    b.append("<p class=\"hint\">JSON-API: <a href=\"/api/messages\">/api/messages</a></p>\n");
    foot(b);
    return b.toString();
  }

  static String message(CaughtMail m) {
    ParsedMail p = m.mail();
    String subject = subjectOrPlaceholder(p.subject());
    StringBuilder b = new StringBuilder(16384);
    head(b, subject + " – " + TITLE);
    b.append("<p><a href=\"/\">← Zurück zum Posteingang</a></p>\n")
        .append("<h1>")
        .append(esc(subject))
        .append("</h1>\n<dl class=\"meta\">\n");
    meta(b, "Von", join(p.from()));
    meta(b, "An", join(p.to()));
    if (!p.cc().isEmpty()) {
      meta(b, "Cc", join(p.cc()));
    }
    if (p.date() != null) {
      b.append("<dt>Datum</dt><dd>").append(time(p.date(), LONG)).append("</dd>\n");
    }
    b.append("<dt>Empfangen</dt><dd>").append(time(m.receivedAt(), LONG)).append("</dd>\n");
    meta(b, "Envelope-Absender", m.envelopeFrom().isEmpty() ? "<>" : m.envelopeFrom());
    meta(b, "Envelope-Empfänger", String.join(", ", m.envelopeTo()));
    meta(b, "Größe", size(m.raw().length));
    b.append("</dl>\n<p><a href=\"/message/")
        .append(esc(m.id()))
        .append(".eml\">Quelltext anzeigen (.eml)</a></p>\n");
    if (p.parseError() != null) {
      b.append("<p class=\"status\" role=\"status\">Die E-Mail konnte nicht vollständig ")
          .append("gelesen werden: ")
          .append(esc(p.parseError()))
          .append("</p>\n");
    }

    b.append("<h2>Textteil</h2>\n");
    if (p.text() == null) {
      b.append("<p>Kein Textteil vorhanden.</p>\n");
    } else {
      b.append("<pre>").append(linkify(p.text())).append("</pre>\n");
    }

    b.append("<h2>HTML-Teil</h2>\n");
    if (p.html() == null) {
      b.append("<p>Kein HTML-Teil vorhanden.</p>\n");
    } else {
      // no scripts, no same-origin access; links open in a new tab outside the sandbox
      b.append("<p class=\"hint\">Externe Inhalte wie Bilder werden nicht geladen.</p>\n")
          .append("<iframe title=\"HTML-Teil der E-Mail\"")
          .append(" sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
          .append(" srcdoc=\"")
          .append(esc("<base target=\"_blank\">" + p.html()))
          .append("\"></iframe>\n");
    }

    b.append("<h2>Anhänge</h2>\n");
    if (p.attachments().isEmpty()) {
      b.append("<p>Keine Anhänge.</p>\n");
    } else {
      b.append("<ul>\n");
      for (int i = 0; i < p.attachments().size(); i++) {
        AttachmentInfo a = p.attachments().get(i);
        b.append("<li><a href=\"/message/")
            .append(esc(m.id()))
            .append("/attachments/")
            .append(i)
            .append("\">")
            .append(esc(a.name() == null ? "(ohne Namen)" : a.name()))
            .append("</a> (")
            .append(esc(a.contentType()))
            .append(", ")
            .append(size(a.size()))
            .append(")</li>\n");
      }
      b.append("</ul>\n");
    }

    b.append("<h2>Kopfzeilen</h2>\n<details>\n<summary>Alle Kopfzeilen anzeigen</summary>\n")
        .append("<div class=\"scroll\" role=\"region\" aria-label=\"Kopfzeilen\" tabindex=\"0\">\n")
        .append("<table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Wert</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, String> h : p.headers().entrySet()) {
      b.append("<tr><th scope=\"row\">")
          .append(esc(h.getKey()))
          .append("</th><td>")
          .append(esc(h.getValue()))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</div>\n</details>\n");
    foot(b);
    return b.toString();
  }

  static String notFound() {
    StringBuilder b = new StringBuilder();
    head(b, "Nicht gefunden – " + TITLE);
    b.append("<h1>Nicht gefunden</h1>\n")
        .append("<p>Diese Seite oder E-Mail gibt es nicht (mehr).</p>\n")
        .append("<p><a href=\"/\">Zum Posteingang</a></p>\n");
    foot(b);
    return b.toString();
  }

  private static void head(StringBuilder b, String title) {
    b.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"robots\" content=\"noindex\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#inhalt\">Zum Inhalt springen</a>\n")
        .append("<header class=\"site\"><p>Heldenhelfer Mailcatcher")
        .append(" – nur für Entwicklung und Demo, E-Mails werden nicht zugestellt</p></header>\n")
        .append("<main id=\"inhalt\">\n");
  }

  private static void foot(StringBuilder b) {
    b.append("</main>\n</body>\n</html>\n");
  }

  private static void meta(StringBuilder b, String label, String value) {
    b.append("<dt>")
        .append(esc(label))
        .append("</dt><dd>")
        .append(value == null || value.isEmpty() ? "–" : esc(value))
        .append("</dd>\n");
  }

  private static String time(Instant instant, DateTimeFormatter format) {
    return "<time datetime=\"" + instant + "\">" + format.format(instant) + "</time>";
  }

  static String join(List<Address> addresses) {
    StringBuilder sb = new StringBuilder();
    for (Address a : addresses) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(a.display());
    }
    return sb.toString();
  }

  private static String subjectOrPlaceholder(String subject) {
    return subject == null || subject.isBlank() ? "(kein Betreff)" : subject;
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " Byte";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.GERMANY, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** Escapes text and turns http(s) URLs into links. */
  static String linkify(String text) {
    StringBuilder b = new StringBuilder(text.length() + 64);
    Matcher m = URL.matcher(text);
    int last = 0;
    while (m.find()) {
      String url = m.group();
      int end = url.length();
      while (end > 0 && ".,;:!?)]}'".indexOf(url.charAt(end - 1)) >= 0) {
        end--;
      }
      url = url.substring(0, end);
      b.append(esc(text.substring(last, m.start())));
      b.append("<a href=\"").append(esc(url)).append("\">").append(esc(url)).append("</a>");
      last = m.start() + end;
    }
    b.append(esc(text.substring(last)));
    return b.toString();
  }

  /** HTML-escapes text for element content and double- or single-quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(replacement);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
