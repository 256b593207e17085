package de.heldenhelfer.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  // 2026-12-07 is a Monday, 2026-12-12 a Saturday
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  static final LocalDate SATURDAY = LocalDate.of(2026, 12, 12);

  static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }

  @Test
  void encodeAndParseRoundTrip() {
    Availability a =
        Availability.of(
            Set.of(
                new Availability.Slot(DayOfWeek.SATURDAY, DayPart.AFTERNOON),
                new Availability.Slot(DayOfWeek.MONDAY, DayPart.MORNING),
                new Availability.Slot(DayOfWeek.MONDAY, DayPart.EVENING)),
            Set.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24)));
    String encoded = a.encode();
    assertEquals("MO-MORNING,MO-EVENING,SA-AFTERNOON;2026-12-24,2026-12-31", encoded);
    Availability back = Availability.parse(encoded);
    assertEquals(a, back);
    assertEquals(encoded, back.encode());
    assertEquals(a.weekly(), back.weekly());
    assertEquals(a.dates(), back.dates());
  }

  @Test
  void onlyDatesOnlySlotsAndEmpty() {
    assertEquals(";2026-12-24", Availability.parse(";2026-12-24").encode());
    assertEquals("FR-EVENING", Availability.parse("FR-EVENING").encode());
    assertEquals("", Availability.parse("").encode());
    assertTrue(Availability.parse(null).isEmpty());
    assertTrue(Availability.parse("  ; ").isEmpty());
    assertTrue(Availability.of(Set.of(), Set.of()).isEmpty());
    assertFalse(Availability.parse(";2026-12-24").isEmpty());
  }

  @Test
  void parsingToleratesBlanksCaseGermanDaysAndUnknownTokens() {
    Availability a =
        Availability.parse(
            " mo - morning , XX-MORNING, DI-NOON, so-evening,, junk ; 2026-13-45, 2026-12-24 ,x");
    assertEquals(
        Set.of(
            new Availability.Slot(DayOfWeek.MONDAY, DayPart.MORNING),
            new Availability.Slot(DayOfWeek.SUNDAY, DayPart.EVENING)),
        a.weekly());
    assertEquals(Set.of(LocalDate.of(2026, 12, 24)), a.dates());
    assertEquals("MO-MORNING,SU-EVENING;2026-12-24", a.encode());
  }

  @Test
  void coverageAtSlotBoundaries() {
    Availability a = Availability.parse("MO-MORNING,MO-EVENING");
    assertEquals(1.0, a.coverage(MONDAY, t(6, 0), t(12, 0)), 1e-9);
    assertEquals(1.0, a.coverage(MONDAY, t(9, 0), t(11, 0)), 1e-9);
    // 10:00–14:00: two of four hours in the morning
    assertEquals(0.5, a.coverage(MONDAY, t(10, 0), t(14, 0)), 1e-9);
    // 05:00–07:00: before 06:00 is never covered by a slot
    assertEquals(0.5, a.coverage(MONDAY, t(5, 0), t(7, 0)), 1e-9);
    // afternoon not available, 12:00–18:00 touches both neighbours only at the boundaries
    assertEquals(0.0, a.coverage(MONDAY, t(12, 0), t(18, 0)), 1e-9);
    // 11:00–19:00: one hour morning + one hour evening of eight
    assertEquals(0.25, a.coverage(MONDAY, t(11, 0), t(19, 0)), 1e-9);
    // another weekday: nothing
    assertEquals(0.0, a.coverage(MONDAY.plusDays(1), t(9, 0), t(11, 0)), 1e-9);
    // minutes count: 11:45–12:15 is half in the morning
    assertEquals(0.5, a.coverage(MONDAY, t(11, 45), t(12, 15)), 1e-9);
  }

  @Test
  void oneOffDateCoversTheWholeDay() {
    Availability a = Availability.parse("MO-MORNING;2026-12-12");
    assertEquals(1.0, a.coverage(SATURDAY, t(3, 0), t(23, 0)), 1e-9);
    assertEquals(0.0, a.coverage(SATURDAY.plusWeeks(1), t(9, 0), t(11, 0)), 1e-9);
  }

  @Test
  void shiftsCrossingMidnightCountUntilMidnightOnly() {
    Availability evening = Availability.parse("MO-EVENING");
    // 22:00–02:00: only 22:00–24:00 counts, all in the evening
    assertEquals(1.0, evening.coverage(MONDAY, t(22, 0), t(2, 0)), 1e-9);
    // 16:00–01:00: 16–24 counted (8 h), 18–24 covered (6 h)
    assertEquals(0.75, evening.coverage(MONDAY, t(16, 0), t(1, 0)), 1e-9);
    Availability morning = Availability.parse("MO-MORNING");
    assertEquals(0.0, morning.coverage(MONDAY, t(22, 0), t(2, 0)), 1e-9);
    // equal start and end: a 24-hour shift, counted from start to midnight
    assertEquals(0.5, evening.coverage(MONDAY, t(12, 0), t(12, 0)), 1e-9);
  }

  @Test
  void dayPartLabels() {
    assertEquals("Vormittag", DayPart.MORNING.label(Locale.GERMAN));
    assertEquals("Nachmittag", DayPart.AFTERNOON.label(null));
    assertEquals("Abend", DayPart.EVENING.label(Locale.GERMANY));
    assertEquals("evening", DayPart.EVENING.label(Locale.ENGLISH));
    assertEquals("morning", DayPart.MORNING.label(Locale.UK));
  }
}
