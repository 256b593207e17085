package de.heldenhelfer.pool;

import java.util.Locale;

/**
 * A part of the day in which a volunteer can be available: morning 06:00–12:00, afternoon
 * 12:00–18:00, evening 18:00–24:00. The hours before 06:00 belong to no part (nobody is assumed to
 * be available at night unless a whole day is given as a one-off date).
 */
public enum DayPart {
  /** 06:00 to 12:00. */
  MORNING(6, 12, "Vormittag", "morning"),
  /** 12:00 to 18:00. */
  AFTERNOON(12, 18, "Nachmittag", "afternoon"),
  /** 18:00 to 24:00. */
  EVENING(18, 24, "Abend", "evening");

  private final int startHour;
  private final int endHour;
  private final String german;
  private final String english;

  DayPart(int startHour, int endHour, String german, String english) {
    this.startHour = startHour;
    this.endHour = endHour;
    this.german = german;
    this.english = english;
  }

  /** First hour of the part (inclusive). */
  public int startHour() {
    return startHour;
  }

  /** Hour at which the part ends (exclusive, 24 for midnight). */
  public int endHour() {
    return endHour;
  }

  /** Start in minutes after midnight. */
  int startMinute() {
    return startHour * 60;
  }

  /** End in minutes after midnight (exclusive). */
  int endMinute() {
    return endHour * 60;
  }

  /** "Vormittag", "Nachmittag", "Abend"; English labels when the locale's language is English. */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? english : german;
  }
}
