package de.heldenhelfer.reports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts imported cell values (from {@link SheetRow#value(int)}) as German users type them.
 * Errors are returned as {@link CellError} values naming row, column and content; empty cells give
 * {@link CellResult#empty()} (whether a value is required is the caller's decision).
 *
 * <p>Dates: {@code dd.MM.yyyy}, {@code d.M.yyyy}, {@code dd.MM.yy} and {@code yyyy-MM-dd}, plus
 * real date cells from .xlsx files. Two-digit years are meant for birth and entry dates: they
 * resolve to the latest year that does not put the date in the future, i.e. {@code 20yy} unless
 * that date is after today, then {@code 19yy} (on 1 June 2025: "01.01.25" is 2025, "02.06.25" is
 * 1925, "31.12.30" is 1930).
 *
 * <p>Yes/no: ja, j, yes, y, x, wahr, true, 1 and nein, n, no, falsch, false, 0 (any case).
 *
 * <p>Numbers: "1234,5", "1.234,5" and "1234.5"; a dot followed by exactly three digits is German
 * grouping ("1.234" is 1234). A trailing "€" or "EUR" is ignored.
 */
public final class CellParsers {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern GERMAN_NUMBER = Pattern.compile("[+-]?\\d+(,\\d+)?");
  private static final Pattern GROUPED_NUMBER =
      Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern DOT_NUMBER = Pattern.compile("[+-]?\\d+\\.\\d+");
  private static final Set<String> TRUE =
      Set.of("ja", "j", "yes", "y", "x", "wahr", "true", "1", "✓", "✔");
  private static final Set<String> FALSE = Set.of("nein", "n", "no", "falsch", "false", "0");

  private CellParsers() {}

  /** A date, with two-digit years resolved against today in Germany. */
  public static CellResult<LocalDate> date(Object raw, int row, String column) {
    return date(raw, row, column, LocalDate.now(BERLIN));
  }

  /** A date, with two-digit years resolved against {@code today}. */
  public static CellResult<LocalDate> date(Object raw, int row, String column, LocalDate today) {
    if (raw instanceof LocalDate d) {
      return CellResult.ok(d);
    }
    if (raw instanceof LocalDateTime dt) {
      return CellResult.ok(dt.toLocalDate());
    }
    String text = text(raw);
    if (text == null) {
      return CellResult.empty();
    }
    LocalDate result = null;
    try {
      Matcher m;
      if (raw instanceof String && (m = GERMAN_DATE.matcher(text)).matches()) {
        result = LocalDate.of(group(m, 3), group(m, 2), group(m, 1));
      } else if (raw instanceof String && (m = SHORT_DATE.matcher(text)).matches()) {
        int yy = group(m, 3);
        result = LocalDate.of(2000 + yy, group(m, 2), group(m, 1));
        if (result.isAfter(today)) {
          result = LocalDate.of(1900 + yy, group(m, 2), group(m, 1));
        }
      } else if (raw instanceof String && (m = ISO_DATE.matcher(text)).matches()) {
        result = LocalDate.of(group(m, 1), group(m, 2), group(m, 3));
      }
    } catch (DateTimeException e) {
      result = null; // e.g. 31.02.2001
    }
    return result != null
        ? CellResult.ok(result)
        : CellResult.failed(new CellError(row, column, text, "cell.date.invalid"));
  }

  /** A yes/no value. */
  public static CellResult<Boolean> bool(Object raw, int row, String column) {
    if (raw instanceof Boolean b) {
      return CellResult.ok(b);
    }
    String text = text(raw);
    if (text == null) {
      return CellResult.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return CellResult.ok(Boolean.TRUE);
    }
    if (FALSE.contains(lower)) {
      return CellResult.ok(Boolean.FALSE);
    }
    return CellResult.failed(new CellError(row, column, text, "cell.boolean.invalid"));
  }

  /** A decimal number (German or plain notation). */
  public static CellResult<BigDecimal> decimal(Object raw, int row, String column) {
    if (raw instanceof Number n) {
      BigDecimal exact = CellValues.toBigDecimal(n);
      return exact != null
          ? CellResult.ok(exact)
          : CellResult.failed(new CellError(row, column, n.toString(), "cell.number.invalid"));
    }
    String text = text(raw);
    if (text == null) {
      return CellResult.empty();
    }
    String s = text;
    if (s.endsWith("€")) {
      s = s.substring(0, s.length() - 1);
    } else if (s.toUpperCase(Locale.ROOT).endsWith("EUR")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
    String normalized = null;
    if (raw instanceof String) {
      if (GERMAN_NUMBER.matcher(s).matches()) {
        normalized = s.replace(',', '.');
      } else if (GROUPED_NUMBER.matcher(s).matches()) {
        normalized = s.replace(".", "").replace(',', '.');
      } else if (DOT_NUMBER.matcher(s).matches()) {
        normalized = s;
      }
    }
    if (normalized == null) {
      return CellResult.failed(new CellError(row, column, text, "cell.number.invalid"));
    }
    return CellResult.ok(CellValues.toBigDecimal(new BigDecimal(normalized)));
  }

  /**
   * The value as text, {@code null} for an empty cell: strings stripped, dates as {@code
   * dd.MM.yyyy}, numbers without grouping and with decimal comma, booleans as "ja"/"nein".
   */
  public static String text(Object raw) {
    if (raw == null) {
      return null;
    }
    String text = CellValues.text(raw, Locale.GERMANY).strip();
    return text.isEmpty() ? null : text;
  }

  private static int group(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
