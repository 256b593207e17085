package de.heldenhelfer.paperwork;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes tasks as an iCalendar (RFC 5545) feed: one all-day VEVENT per task, text escaped, lines
 * folded at 75 octets, CRLF line ends.
 */
public final class ICalendar {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

  /**
   * One entry of the feed: all-day on {@code day}, or timed from {@code start} to {@code end}
   * (local time in Europe/Berlin, written as UTC) when both are given.
   */
  public record Entry(
      String uid,
      String summary,
      String description,
      LocalDate day,
      String url,
      LocalDateTime start,
      LocalDateTime end) {
    /** An all-day entry. */
    public Entry(String uid, String summary, String description, LocalDate day, String url) {
      this(uid, summary, description, day, url, null, null);
    }
  }

  private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

  private ICalendar() {}

  /** The feed named {@code calendarName}, stamped with {@code nowUtc}. */
  public static String write(String calendarName, List<Entry> entries, LocalDateTime nowUtc) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Heldenhelfer//Aufgaben//DE");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escape(calendarName));
    String stamp = STAMP.format(nowUtc.atOffset(ZoneOffset.UTC));
    for (Entry e : entries) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + escape(e.uid()));
      line(out, "DTSTAMP:" + stamp);
      if (e.start() != null && e.end() != null) {
        line(
            out,
            "DTSTART:" + STAMP.format(e.start().atZone(LOCAL).withZoneSameInstant(ZoneOffset.UTC)));
        line(
            out,
            "DTEND:" + STAMP.format(e.end().atZone(LOCAL).withZoneSameInstant(ZoneOffset.UTC)));
      } else {
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
      }
      line(out, "SUMMARY:" + escape(e.summary()));
      if (e.description() != null && !e.description().isBlank()) {
        line(out, "DESCRIPTION:" + escape(e.description()));
      }
      if (e.url() != null) {
        line(out, "URL:" + e.url());
      }
      line(out, e.start() != null ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** Escapes backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line folded at 75 octets without splitting a UTF-8 character. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + len > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(cp);
      octets += len;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
