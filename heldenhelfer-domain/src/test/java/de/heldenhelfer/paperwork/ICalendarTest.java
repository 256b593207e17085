package de.heldenhelfer.paperwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {
  @Test
  void writesAllDayEventsWithEscapedTextAndFoldedLines() {
    String longTitle =
        "Einladung zur Mitgliederversammlung am 15.01.2027 versenden; Tagesordnung, Wahlen, Änderungen ü ü ü ü";
    String ics =
        ICalendar.write(
            "Heldenhelfer – TSV",
            List.of(
                new ICalendar.Entry(
                    "task-1@heldenhelfer",
                    longTitle,
                    "Zeile 1\nZeile 2, mit Komma",
                    LocalDate.of(2027, 1, 29),
                    "http://x/app/task.xhtml?id=1")),
            LocalDateTime.of(2026, 11, 22, 8, 0));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20270129\r\n"));
    assertTrue(ics.contains("DTEND;VALUE=DATE:20270130\r\n"));
    assertTrue(ics.contains("DTSTAMP:20261122T080000Z\r\n"));
    assertTrue(ics.contains("DESCRIPTION:Zeile 1\\nZeile 2\\, mit Komma\r\n"));
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    // unfolding gives the escaped summary back
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(
        unfolded.contains("SUMMARY:" + longTitle.replace(";", "\\;").replace(",", "\\,") + "\r\n"),
        unfolded);
  }

  @Test
  void escapesBackslashSemicolonCommaAndNewlines() {
    assertEquals("a\\\\b\\;c\\,d\\ne", ICalendar.escape("a\\b;c,d\ne"));
  }
}
