package de.heldenhelfer.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.pool.Ehrenamtskarte.Assessment;
import de.heldenhelfer.pool.Ehrenamtskarte.Engagement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Thresholds computed by hand for today = 2026-12-06: the two-year period runs from 2024-12-07 to
 * 2026-12-06, 730 days = 104 2/7 weeks, so 5 hours per week need 3650/7 ≈ 521.43 hours. The yearly
 * periods are 2025-12-07..2026-12-06 and 2024-12-07..2025-12-06.
 */
class EhrenamtskarteTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  static final LocalDate PERIOD_START = LocalDate.of(2024, 12, 7);
  static final LocalDate ADULT = LocalDate.of(1990, 3, 1);

  static Engagement e(LocalDate date, double hours) {
    return new Engagement(date, hours, "TSV Heldenstadt");
  }

  static Assessment assess(List<Engagement> records) {
    return Ehrenamtskarte.assess(records, ADULT, false, TODAY, Locale.GERMAN);
  }

  static boolean hasLine(Assessment a, String line) {
    return a.criteria().contains(line);
  }

  @Test
  void fiveHoursPerWeekExactlyIsEnough() {
    // 10 h on the first day of the period, the rest today: 3650/7 h in total = 5.0 h per week;
    // the first year has only 10 h, so only the weekly rule can be met
    Assessment at = assess(List.of(e(PERIOD_START, 10), e(TODAY, 3650.0 / 7 - 10)));
    assertEquals(5.0, at.averageHoursPerWeekLast2Years(), 1e-9);
    assertTrue(at.blueMet(), at.criteria().toString());
    assertTrue(
        hasLine(at, "Ø 5 Stunden pro Woche in den letzten 2 Jahren (nötig: 5) – erfüllt"),
        at.criteria().toString());
    assertTrue(
        hasLine(
            at,
            "Projektarbeit: 511,4 Stunden in den letzten 12 Monaten und 10 Stunden in den 12"
                + " Monaten davor (nötig: je 250) – nicht erfüllt"),
        at.criteria().toString());

    // 521.4 h: 4.9997 h per week, shown rounded down
    Assessment below = assess(List.of(e(PERIOD_START, 10), e(TODAY, 511.4)));
    assertFalse(below.blueMet());
    assertTrue(
        hasLine(
            below, "Ø 4,9 Stunden pro Woche in den letzten 2 Jahren (nötig: 5) – nicht erfüllt"),
        below.criteria().toString());
  }

  @Test
  void twoHundredFiftyHoursInEachYearIsEnough() {
    // 500 h = 4.79 h per week: only the project-work rule can be met
    Assessment at = assess(List.of(e(PERIOD_START, 250), e(LocalDate.of(2025, 12, 7), 250)));
    assertEquals(250.0, at.hoursLast12Months(), 1e-9);
    assertEquals(250.0, at.hoursPrevious12Months(), 1e-9);
    assertTrue(at.blueMet(), at.criteria().toString());
    assertTrue(
        hasLine(
            at,
            "Projektarbeit: 250 Stunden in den letzten 12 Monaten und 250 Stunden in den 12"
                + " Monaten davor (nötig: je 250) – erfüllt"),
        at.criteria().toString());

    // the last day of the older period: still in the previous 12 months
    Assessment below =
        assess(List.of(e(PERIOD_START, 249.9), e(LocalDate.of(2025, 12, 6), 0.05), e(TODAY, 250)));
    assertEquals(249.95, below.hoursPrevious12Months(), 1e-9);
    assertFalse(below.blueMet());
  }

  @Test
  void engagementMustHaveStartedTwoYearsAgo() {
    Assessment since = assess(List.of(e(PERIOD_START, 300), e(TODAY, 300)));
    assertTrue(since.blueMet());
    assertEquals(PERIOD_START, since.firstEngagement());
    assertTrue(
        hasLine(
            since,
            "Erster erfasster Einsatz am 07.12.2024 (nötig: seit mindestens 2 Jahren engagiert,"
                + " also seit 07.12.2024) – erfüllt"),
        since.criteria().toString());

    // one day later: plenty of hours, but not yet two years
    Assessment tooShort = assess(List.of(e(PERIOD_START.plusDays(1), 600), e(TODAY, 300)));
    assertFalse(tooShort.blueMet());
    assertTrue(tooShort.averageHoursPerWeekLast2Years() > 5);
  }

  @Test
  void minimumAgeSixteenToday() {
    List<Engagement> enough = List.of(e(PERIOD_START, 300), e(TODAY, 300));
    Assessment sixteenToday =
        Ehrenamtskarte.assess(enough, LocalDate.of(2010, 12, 6), false, TODAY, Locale.GERMAN);
    assertTrue(sixteenToday.blueMet());
    assertEquals(16, sixteenToday.age());
    assertTrue(hasLine(sixteenToday, "Alter 16 Jahre (nötig: mindestens 16) – erfüllt"));

    Assessment fifteen =
        Ehrenamtskarte.assess(enough, LocalDate.of(2010, 12, 7), false, TODAY, Locale.GERMAN);
    assertFalse(fifteen.blueMet());
    assertTrue(hasLine(fifteen, "Alter 15 Jahre (nötig: mindestens 16) – nicht erfüllt"));

    Assessment unknown = Ehrenamtskarte.assess(enough, null, false, TODAY, Locale.GERMAN);
    assertFalse(unknown.blueMet());
    assertNull(unknown.age());
  }

  @Test
  void juleicaReplacesTheHoursButNotTheAge() {
    Assessment juleica =
        Ehrenamtskarte.assess(List.of(), LocalDate.of(2008, 1, 1), true, TODAY, Locale.GERMAN);
    assertTrue(juleica.blueMet());
    assertNull(juleica.firstEngagement());
    assertTrue(
        hasLine(
            juleica, "Jugendleiter-Card (Juleica) erfasst, ersetzt den Stundennachweis – erfüllt"));
    Assessment young =
        Ehrenamtskarte.assess(List.of(), LocalDate.of(2011, 1, 1), true, TODAY, Locale.GERMAN);
    assertFalse(young.blueMet());
  }

  @Test
  void goldNeedsTwentyFiveYears() {
    // 250 h on the first day of each of the last 25 yearly periods
    List<Engagement> records = new ArrayList<>();
    for (int k = 0; k < 25; k++) {
      records.add(e(TODAY.minusYears(k + 1).plusDays(1), 250));
    }
    Assessment gold = assess(records);
    assertTrue(gold.goldMet(), gold.criteria().toString());
    assertEquals(25, gold.yearsWith250Hours());
    assertTrue(gold.blueMet());

    Assessment twentyFour = assess(records.subList(0, 24));
    assertFalse(twentyFour.goldMet());
    assertEquals(24, twentyFour.yearsWith250Hours());

    List<Engagement> oneShort = new ArrayList<>(records);
    oneShort.set(12, e(TODAY.minusYears(13).plusDays(1), 249));
    assertFalse(assess(oneShort).goldMet());
  }

  @Test
  void futureAndInvalidRecordsAreIgnoredAndEnglishWorks() {
    Assessment a =
        Ehrenamtskarte.assess(
            List.of(e(TODAY.plusDays(1), 1000), e(TODAY, Double.NaN), e(TODAY, -5), e(TODAY, 2.5)),
            ADULT,
            false,
            TODAY,
            Locale.ENGLISH);
    assertEquals(2.5, a.hoursLast12Months(), 1e-9);
    assertFalse(a.blueMet());
    assertTrue(
        a.criteria().contains("Age 36 years (required: at least 16) – met"),
        a.criteria().toString());
    assertTrue(
        a.criteria()
            .contains("Average 0 hours per week in the last 2 years (required: 5) – not met"),
        a.criteria().toString());
    assertTrue(a.note().contains("Landratsamt"));
  }
}
