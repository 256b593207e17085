package de.heldenhelfer.reports.templates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How values are printed. Templates are German legal documents, so values are always printed the
 * German way, whatever the locale of the person filling the template.
 */
final class Formats {
  static final String WORDS = "words";
  static final String LONG = "long";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMAN)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE, d. MMMM uuuu", Locale.GERMAN);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private Formats() {}

  /** Thrown for a value that the suffix or type cannot print. */
  static final class ValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;

    ValueException(String key) {
      super(key, null, false, false);
      this.key = key;
    }
  }

  /**
   * Prints {@code value}; {@code declared} is the declared type of an input or {@code null}.
   *
   * @throws ValueException when the suffix does not fit the value
   */
  static String format(Object value, ValueType declared, String suffix) {
    if (WORDS.equals(suffix)) {
      if (value instanceof BigDecimal amount) {
        if (amount.signum() < 0) {
          throw new ValueException("template.error.negativeAmount");
        }
        if (declared == ValueType.NUMBER) {
          return wordsOrFail(() -> GermanNumberWords.number(amount.longValueExact()));
        }
        return wordsOrFail(() -> GermanNumberWords.euroAmount(amount));
      }
      if (value instanceof Long n) {
        if (n < 0) {
          throw new ValueException("template.error.negativeAmount");
        }
        return declared == ValueType.MONEY
            ? wordsOrFail(() -> GermanNumberWords.euroAmount(BigDecimal.valueOf(n)))
            : wordsOrFail(() -> GermanNumberWords.number(n));
      }
      throw new ValueException("template.error.value");
    }
    if (LONG.equals(suffix)) {
      if (value instanceof LocalDate date) {
        return LONG_DATE.format(date);
      }
      throw new ValueException("template.error.value");
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof LocalTime time) {
      return TIME.format(time) + " Uhr";
    }
    if (value instanceof BigDecimal amount) {
      return declared == ValueType.NUMBER ? amount.toPlainString() : money(amount);
    }
    if (value instanceof Long n) {
      return declared == ValueType.MONEY ? money(BigDecimal.valueOf(n)) : n.toString();
    }
    if (value instanceof Boolean b) {
      return b ? "ja" : "nein";
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    throw new ValueException("template.error.value");
  }

  private static String wordsOrFail(java.util.function.Supplier<String> words) {
    try {
      return words.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ValueException("template.error.amountWords");
    }
  }

  /** "1.234,56 €". */
  static String money(BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " €";
  }

  /**
   * Parses the {@code default=} text of an input: DATE {@code TT.MM.JJJJ}, TIME {@code HH:mm},
   * MONEY {@code 1.234,56} or {@code 1234.56}, NUMBER an integer, YESNO {@code ja}/{@code nein},
   * LIST entries separated by {@code ;}.
   *
   * @return the value, or {@code null} when the text does not fit the type
   */
  static Object parseDefault(ValueType type, String text) {
    String t = text.strip();
    try {
      return switch (type) {
        case TEXT, LONGTEXT -> t.replace("\\n", "\n");
        case DATE -> LocalDate.parse(t, DATE);
        case TIME -> LocalTime.parse(t, TIME);
        case MONEY -> {
          String plain = t.contains(",") ? t.replace(".", "").replace(',', '.') : t;
          BigDecimal amount = new BigDecimal(plain.replace("€", "").strip());
          yield amount.signum() < 0 ? null : amount;
        }
        case NUMBER -> Long.parseLong(t);
        case YESNO ->
            t.equalsIgnoreCase("ja")
                ? Boolean.TRUE
                : t.equalsIgnoreCase("nein") ? Boolean.FALSE : null;
        case LIST ->
            Arrays.stream(t.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }
}
