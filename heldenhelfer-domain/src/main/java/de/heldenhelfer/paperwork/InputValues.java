package de.heldenhelfer.paperwork;

import de.heldenhelfer.reports.templates.InputField;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a board typed into a template's input fields, by the field's type, with a German
 * message naming the field for anything it cannot read.
 */
final class InputValues {
  static final int MAX_TEXT = 500;
  static final int MAX_LONG_TEXT = 10_000;
  static final BigDecimal MAX_MONEY = new BigDecimal("999999999.99");

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:\\s*Uhr)?");
  private static final Pattern HOUR = Pattern.compile("(\\d{1,2})\\s*Uhr");
  private static final Pattern MONEY =
      Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?|\\d+\\.\\d{1,2}");

  private InputValues() {}

  /** Typed values for the filled fields; empty fields are left out. */
  static Map<String, Object> read(List<InputField> fields, Map<String, String> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (InputField f : fields) {
      String text = raw.get(f.key());
      if (text == null || text.isBlank()) {
        continue;
      }
      out.put(f.placeholder(), value(f, text.strip()));
    }
    return out;
  }

  private static Object value(InputField f, String text) {
    return switch (f.type()) {
      case TEXT -> limited(f, text.replaceAll("\\s+", " "), MAX_TEXT);
      case LONGTEXT -> limited(f, text.replace("\r\n", "\n"), MAX_LONG_TEXT);
      case DATE -> GermanDates.parse(text).orElseThrow(() -> bad(f, "template.input.date", text));
      case TIME -> time(f, text);
      case MONEY -> money(f, text);
      case NUMBER -> number(f, text);
      case LIST ->
          Arrays.stream(text.split("\\R"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(s -> limited(f, s, MAX_TEXT))
              .toList();
      case YESNO -> "true".equalsIgnoreCase(text) || "ja".equalsIgnoreCase(text);
    };
  }

  private static String limited(InputField f, String text, int max) {
    if (text.length() > max) {
      throw new RuleViolationException(f.key(), "template.input.tooLong", f.label(), max);
    }
    return text;
  }

  private static LocalTime time(InputField f, String text) {
    Matcher m = TIME.matcher(text);
    Matcher h = HOUR.matcher(text);
    int hour;
    int minute = 0;
    if (m.matches()) {
      hour = Integer.parseInt(m.group(1));
      minute = Integer.parseInt(m.group(2));
    } else if (h.matches()) {
      hour = Integer.parseInt(h.group(1));
    } else {
      throw bad(f, "template.input.time", text);
    }
    if (hour > 23 || minute > 59) {
      throw bad(f, "template.input.time", text);
    }
    return LocalTime.of(hour, minute);
  }

  private static BigDecimal money(InputField f, String text) {
    String t = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
    if (!MONEY.matcher(t).matches()) {
      throw bad(f, "template.input.money", text);
    }
    String plain =
        t.contains(",")
            ? t.replace(".", "").replace(',', '.')
            : t.matches("\\d{1,3}(\\.\\d{3})+") ? t.replace(".", "") : t;
    BigDecimal amount = new BigDecimal(plain);
    if (amount.compareTo(MAX_MONEY) > 0) {
      throw bad(f, "template.input.money", text);
    }
    return amount.setScale(2);
  }

  private static Long number(InputField f, String text) {
    try {
      return Long.parseLong(text.replace(".", ""));
    } catch (NumberFormatException e) {
      throw bad(f, "template.input.number", text);
    }
  }

  private static RuleViolationException bad(InputField f, String key, String text) {
    return new RuleViolationException(f.key(), key, f.label(), text);
  }
}
