package de.heldenhelfer.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/** The German date as boards write it ("31.01.2027"), for texts the domain composes and reads. */
public final class GermanDates {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMANY);

  private static final DateTimeFormatter PARSE =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendLiteral('.')
          .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendLiteral('.')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.GERMANY)
          .withResolverStyle(ResolverStyle.STRICT);

  private GermanDates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** A date written as D.M.YYYY or DD.MM.YYYY; empty for anything else (31.02. included). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip(), PARSE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
