package de.heldenhelfer.statistics;

import java.time.LocalDate;
import java.time.Period;

/**
 * The DOSB age groups of the Bestandserhebung (statistics/dosb_age_groups.csv, sources in
 * docs/statistics.md), plus UNKNOWN for members without a birth date. Age is the number of
 * completed years on the reference date: a member born on 1 January 2020 is 7 on 1 January 2027.
 */
public enum AgeGroup {
  AG_0_6(0, 6, "bis 6 Jahre", "up to 6"),
  AG_7_14(7, 14, "7 bis 14 Jahre", "7 to 14"),
  AG_15_18(15, 18, "15 bis 18 Jahre", "15 to 18"),
  AG_19_26(19, 26, "19 bis 26 Jahre", "19 to 26"),
  AG_27_40(27, 40, "27 bis 40 Jahre", "27 to 40"),
  AG_41_60(41, 60, "41 bis 60 Jahre", "41 to 60"),
  AG_61_PLUS(61, Integer.MAX_VALUE, "über 60 Jahre", "over 60"),
  UNKNOWN(-1, -1, "ohne Geburtsdatum", "no birth date");

  private final int min;
  private final int max;
  private final String labelDe;
  private final String labelEn;

  AgeGroup(int min, int max, String labelDe, String labelEn) {
    this.min = min;
    this.max = max;
    this.labelDe = labelDe;
    this.labelEn = labelEn;
  }

  /** Completed years on {@code referenceDate}; -1 without a birth date or for a later birth. */
  public static int age(LocalDate birthDate, LocalDate referenceDate) {
    if (birthDate == null || birthDate.isAfter(referenceDate)) {
      return -1;
    }
    return Period.between(birthDate, referenceDate).getYears();
  }

  /** The group of a person born on {@code birthDate}, on {@code referenceDate}. */
  public static AgeGroup of(LocalDate birthDate, LocalDate referenceDate) {
    int age = age(birthDate, referenceDate);
    for (AgeGroup g : values()) {
      if (g != UNKNOWN && age >= g.min && age <= g.max) {
        return g;
      }
    }
    return UNKNOWN;
  }

  public int min() {
    return min;
  }

  /** Upper bound (inclusive); {@link Integer#MAX_VALUE} for the open group. */
  public int max() {
    return max;
  }

  public String label(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? labelEn : labelDe;
  }

  /**
   * The SQL expression giving this enum's name for a member row (MariaDB): completed years via
   * {@code TIMESTAMPDIFF(YEAR, birth, reference)}, which counts a birthday on the reference date.
   */
  static String sqlCase(String birthColumn, String referenceParam) {
    String years = "TIMESTAMPDIFF(YEAR, " + birthColumn + ", " + referenceParam + ")";
    StringBuilder s = new StringBuilder("CASE WHEN " + birthColumn + " IS NULL OR " + birthColumn);
    s.append(" > ").append(referenceParam).append(" THEN 'UNKNOWN'");
    for (AgeGroup g : values()) {
      if (g == UNKNOWN) {
        continue;
      }
      s.append(" WHEN ")
          .append(years)
          .append(" <= ")
          .append(g.max == Integer.MAX_VALUE ? 999 : g.max);
      s.append(" THEN '").append(g.name()).append("'");
    }
    return s.append(" END").toString();
  }
}
