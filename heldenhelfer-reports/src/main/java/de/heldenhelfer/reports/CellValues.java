package de.heldenhelfer.reports;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Shared rendering of cell values as text (German conventions). */
final class CellValues {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private CellValues() {}

  /**
   * Text of a cell as shown to people: dates {@code dd.MM.yyyy}, numbers without grouping and with
   * decimal comma, booleans "ja"/"nein", {@code null} as empty string.
   */
  static String text(Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (value instanceof LocalDateTime dt) {
      return DATE_TIME.format(dt);
    }
    if (value instanceof LocalTime t) {
      return TIME.format(t);
    }
    if (value instanceof Boolean b) {
      return Texts.format(locale, b ? "value.true" : "value.false");
    }
    if (value instanceof Number n) {
      return number(n, ',');
    }
    return Objects.toString(value);
  }

  /**
   * A number without grouping or exponent, with the given decimal separator. A {@link BigDecimal}
   * keeps its scale (12.50 stays "12,50"); other types lose trailing zeros.
   */
  static String number(Number n, char decimalSeparator) {
    BigDecimal exact = n instanceof BigDecimal bd ? bd : toBigDecimal(n);
    if (exact == null) {
      return n.toString(); // NaN, Infinity
    }
    String plain = exact.toPlainString();
    return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
  }

  /** The exact decimal value of {@code n} without trailing zeros, {@code null} for NaN/infinite. */
  static BigDecimal toBigDecimal(Number n) {
    BigDecimal result;
    if (n instanceof BigDecimal bd) {
      result = bd;
    } else if (n instanceof BigInteger bi) {
      result = new BigDecimal(bi);
    } else if (n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte) {
      result = BigDecimal.valueOf(n.longValue());
    } else {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return null;
      }
      // Double.toString gives the shortest representation (0.1 instead of 0.1000000000000000055…)
      result = n instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d);
    }
    result = result.stripTrailingZeros();
    return result.scale() < 0 ? result.setScale(0) : result;
  }

  /**
   * Whether a spreadsheet program could take {@code text} for a formula: it starts with {@code = +
   * - @}, a tab or a carriage return (OWASP CSV injection).
   */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** Validates a column list. */
  static <T> void requireColumns(List<Column<T>> columns) {
    Objects.requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("at least one column is needed");
    }
    for (Column<T> c : columns) {
      Objects.requireNonNull(c, "column");
    }
  }
}
