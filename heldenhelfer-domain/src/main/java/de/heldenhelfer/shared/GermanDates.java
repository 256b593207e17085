package de.heldenhelfer.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The German date as boards write it ("31.01.2027"), for texts the domain composes. */
public final class GermanDates {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);

  private GermanDates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
