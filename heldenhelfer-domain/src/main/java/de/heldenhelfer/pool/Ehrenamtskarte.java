package de.heldenhelfer.pool;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pre-check of the Bavarian Ehrenamtskarte (blue and golden card) from the engagement recorded in
 * Heldenhelfer. Sources and limits: {@code docs/ehrenamtskarte.md}.
 *
 * <p>Rules as checked here (all periods end today and are counted in whole calendar years back;
 * records dated after today are ignored):
 *
 * <ul>
 *   <li><b>Blue card</b>: at least {@value #MIN_AGE} years old today, and either a
 *       Jugendleiter-Card (Juleica), or engaged for at least {@value #BLUE_YEARS} years (first
 *       record on or before the first day of the two-year period) with on average at least {@value
 *       #HOURS_PER_WEEK} hours per week over the two years, or – project work – at least {@value
 *       #HOURS_PER_YEAR} hours in each of the last two 12-month periods.
 *   <li><b>Golden card</b>: the same hours rule over {@value #GOLD_YEARS} years (first record on or
 *       before the first day of the 25-year period, on average 5 hours per week or 250 hours in
 *       each of the 25 yearly periods). Honours (Ehrenzeichen des Ministerpräsidenten, service
 *       awards of fire brigades and rescue services) are not known to Heldenhelfer.
 * </ul>
 *
 * The result is a hint for the volunteer, not a decision: engagement outside Heldenhelfer, honours,
 * fire brigade or rescue service training and the place of residence are not checked, and the
 * Landratsamt or the kreisfreie Stadt decides.
 */
public final class Ehrenamtskarte {
  /** Minimum age for the blue card. */
  public static final int MIN_AGE = 16;

  /** Average hours per week required. */
  public static final double HOURS_PER_WEEK = 5.0;

  /** Hours per year required for project work. */
  public static final double HOURS_PER_YEAR = 250.0;

  /** Years of engagement for the blue card. */
  public static final int BLUE_YEARS = 2;

  /** Years of engagement for the golden card. */
  public static final int GOLD_YEARS = 25;

  /** Tolerance for comparing sums of hours with the thresholds. */
  private static final double EPSILON = 1e-9;

  /** Dates as dd.MM.yyyy in both languages, like the reports. */
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);

  private Ehrenamtskarte() {}

  /**
   * Confirmed engagement on one day.
   *
   * @param date day of the engagement
   * @param hours hours spent (negative or non-finite values are ignored)
   * @param clubName club in which the engagement took place
   */
  public record Engagement(LocalDate date, double hours, String clubName) {
    /** Validates the date. */
    public Engagement {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * Result of {@link #assess}.
   *
   * @param blueMet the blue card's criteria are met by the recorded engagement
   * @param goldMet the golden card's hours criteria are met by the recorded engagement
   * @param criteria one line per criterion with the figures and "erfüllt"/"nicht erfüllt"
   * @param hoursLast12Months hours in the last 12 months
   * @param hoursPrevious12Months hours in the 12 months before those
   * @param averageHoursPerWeekLast2Years average hours per week over the last 2 years
   * @param averageHoursPerWeekLast25Years average hours per week over the last 25 years
   * @param yearsWith250Hours how many of the last 25 yearly periods had at least 250 hours
   * @param firstEngagement date of the first record, {@code null} when there is none
   * @param age age today, {@code null} when the birth date is unknown
   * @param note what was not checked and who decides
   */
  public record Assessment(
      boolean blueMet,
      boolean goldMet,
      List<String> criteria,
      double hoursLast12Months,
      double hoursPrevious12Months,
      double averageHoursPerWeekLast2Years,
      double averageHoursPerWeekLast25Years,
      int yearsWith250Hours,
      LocalDate firstEngagement,
      Integer age,
      String note) {
    /** Copies the criteria. */
    public Assessment {
      criteria = List.copyOf(criteria);
    }
  }

  /** Hours rule over a number of years, evaluated once. */
  private record PeriodCheck(
      int years,
      boolean since,
      double averagePerWeek,
      boolean weeklyMet,
      double[] yearHours,
      int yearsWithMinimum,
      boolean yearlyMet) {
    boolean met() {
      return since && (weeklyMet || yearlyMet);
    }
  }

  /**
   * Checks the recorded engagement against the criteria.
   *
   * @param records confirmed engagement (any order)
   * @param birthDate birth date, {@code null} when unknown
   * @param hasJuleica whether a valid Jugendleiter-Card is recorded
   * @param today the day of the check
   * @param locale language of the lines (English for an English locale, else German)
   */
  public static Assessment assess(
      List<Engagement> records,
      LocalDate birthDate,
      boolean hasJuleica,
      LocalDate today,
      Locale locale) {
    Objects.requireNonNull(today, "today");
    List<Engagement> list = records == null ? List.of() : records;
    boolean en = locale != null && "en".equals(locale.getLanguage());

    LocalDate first = null;
    for (Engagement e : list) {
      if (usable(e, today) && (first == null || e.date().isBefore(first))) {
        first = e.date();
      }
    }
    PeriodCheck blue = check(list, first, today, BLUE_YEARS);
    PeriodCheck gold = check(list, first, today, GOLD_YEARS);

    Integer age = birthDate == null ? null : Period.between(birthDate, today).getYears();
    boolean ageMet = age != null && age >= MIN_AGE;
    boolean blueMet = ageMet && (hasJuleica || blue.met());
    boolean goldMet = gold.met();

    List<String> lines = new ArrayList<>();
    String yes = en ? " – met" : " – erfüllt";
    String no = en ? " – not met" : " – nicht erfüllt";

    // age
    if (age == null) {
      lines.add(
          (en
                  ? "Age unknown, no birth date recorded (required: at least "
                  : "Alter unbekannt, kein Geburtsdatum erfasst (nötig: mindestens ")
              + MIN_AGE
              + (en ? " years)" : " Jahre)")
              + no);
    } else {
      lines.add(
          (en ? "Age " : "Alter ")
              + age
              + (en ? " years (required: at least " : " Jahre (nötig: mindestens ")
              + MIN_AGE
              + ")"
              + (ageMet ? yes : no));
    }

    // duration
    lines.add(durationLine(first, today, BLUE_YEARS, blue.since(), en) + (blue.since() ? yes : no));

    // hours per week
    lines.add(
        (en ? "Average " : "Ø ")
            + number(blue.averagePerWeek(), en)
            + (en
                ? " hours per week in the last 2 years (required: "
                : " Stunden pro Woche in den letzten 2 Jahren (nötig: ")
            + number(HOURS_PER_WEEK, en)
            + ")"
            + (blue.weeklyMet() ? yes : no));

    // project work: hours per year
    lines.add(
        (en ? "Project work: " : "Projektarbeit: ")
            + number(blue.yearHours()[0], en)
            + (en ? " hours in the last 12 months and " : " Stunden in den letzten 12 Monaten und ")
            + number(blue.yearHours()[1], en)
            + (en
                ? " hours in the 12 months before (required: "
                : " Stunden in den 12 Monaten davor (nötig: je ")
            + number(HOURS_PER_YEAR, en)
            + (en ? " each)" : ")")
            + (blue.yearlyMet() ? yes : no));

    // Juleica
    lines.add(
        hasJuleica
            ? (en
                    ? "Jugendleiter-Card (Juleica) recorded, replaces the proof of hours"
                    : "Jugendleiter-Card (Juleica) erfasst, ersetzt den Stundennachweis")
                + yes
            : (en
                    ? "No Jugendleiter-Card (Juleica) recorded"
                    : "Keine Jugendleiter-Card (Juleica) erfasst")
                + no);

    // results
    lines.add(
        (en ? "Blue Ehrenamtskarte (valid 3 years)" : "Blaue Ehrenamtskarte (3 Jahre gültig)")
            + (blueMet ? yes : no));
    lines.add(
        (en ? "Golden card: average " : "Goldene Ehrenamtskarte: Ø ")
            + number(gold.averagePerWeek(), en)
            + (en ? " hours per week over 25 years, " : " Stunden pro Woche über 25 Jahre, ")
            + gold.yearsWithMinimum()
            + (en ? " of 25 years with at least " : " von 25 Jahren mit mindestens ")
            + number(HOURS_PER_YEAR, en)
            + (en ? " hours, " : " Stunden, ")
            + durationPhrase(first, en)
            + (en
                ? " (required: 25 years of on average 5 hours per week or 250 hours per year)"
                : " (nötig: 25 Jahre lang Ø 5 Stunden pro Woche oder jährlich 250 Stunden)")
            + (goldMet ? yes : no));

    String note =
        en
            ? "Only engagement recorded in Heldenhelfer was checked. Engagement elsewhere, honours"
                + " (e.g. Ehrenzeichen des Bayerischen Ministerpräsidenten), fire brigade and rescue"
                + " service training and the place of residence are not checked; the Landratsamt or"
                + " the kreisfreie Stadt decides on the application."
            : "Geprüft wurden nur die in Heldenhelfer erfassten Einsätze. Engagement außerhalb von"
                + " Heldenhelfer, Ehrenzeichen (z. B. des Bayerischen Ministerpräsidenten),"
                + " Feuerwehr- und Rettungsdienstausbildung und der Wohnort werden nicht geprüft;"
                + " über den Antrag entscheidet das Landratsamt bzw. die kreisfreie Stadt.";

    return new Assessment(
        blueMet,
        goldMet,
        lines,
        blue.yearHours()[0],
        blue.yearHours()[1],
        blue.averagePerWeek(),
        gold.averagePerWeek(),
        gold.yearsWithMinimum(),
        first,
        age,
        note);
  }

  private static boolean usable(Engagement e, LocalDate today) {
    return e != null && !e.date().isAfter(today) && Double.isFinite(e.hours()) && e.hours() > 0;
  }

  private static PeriodCheck check(
      List<Engagement> records, LocalDate first, LocalDate today, int years) {
    LocalDate periodStart = today.minusYears(years).plusDays(1);
    double[] yearHours = new double[years];
    double total = 0;
    for (Engagement e : records) {
      if (!usable(e, today) || e.date().isBefore(periodStart)) {
        continue;
      }
      total += e.hours();
      // yearly period k: from today − (k+1) years + 1 day to today − k years
      int k = (int) ChronoUnit.YEARS.between(e.date(), today);
      if (k >= years) {
        k = years - 1;
      }
      yearHours[k] += e.hours();
    }
    double weeks = ChronoUnit.DAYS.between(today.minusYears(years), today) / 7.0;
    double average = total / weeks;
    int withMinimum = 0;
    for (double h : yearHours) {
      if (h >= HOURS_PER_YEAR - EPSILON) {
        withMinimum++;
      }
    }
    boolean since = first != null && !first.isAfter(periodStart);
    return new PeriodCheck(
        years,
        since,
        average,
        average >= HOURS_PER_WEEK - EPSILON,
        yearHours,
        withMinimum,
        withMinimum == years);
  }

  private static String durationLine(
      LocalDate first, LocalDate today, int years, boolean since, boolean en) {
    String latest = DATE.format(today.minusYears(years).plusDays(1));
    String phrase = durationPhrase(first, en);
    return Character.toUpperCase(phrase.charAt(0))
        + phrase.substring(1)
        + (en
            ? " (required: engaged for at least " + years + " years, i.e. since " + latest + ")"
            : " (nötig: seit mindestens " + years + " Jahren engagiert, also seit " + latest + ")");
  }

  private static String durationPhrase(LocalDate first, boolean en) {
    if (first == null) {
      return en ? "no engagement recorded" : "kein Einsatz erfasst";
    }
    return (en ? "first recorded engagement on " : "erster erfasster Einsatz am ")
        + DATE.format(first);
  }

  /**
   * One decimal, rounded down so that a figure shown as meeting a threshold really does; German
   * decimal comma unless English.
   */
  static String number(double value, boolean en) {
    DecimalFormat f =
        new DecimalFormat(
            "0.#", DecimalFormatSymbols.getInstance(en ? Locale.ENGLISH : Locale.GERMANY));
    f.setRoundingMode(RoundingMode.FLOOR);
    return f.format(value + EPSILON);
  }
}
