package de.heldenhelfer.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing message of this library: a key of the bundle {@code
 * de.heldenhelfer.reports.messages} and its arguments, rendered on demand in German or English.
 *
 * @param key message key
 * @param arguments arguments of the {@link java.text.MessageFormat} pattern (strings mostly)
 */
public record ReportMessage(String key, List<Object> arguments) {

  /** Validates and copies the arguments; {@code null} arguments become empty strings. */
  public ReportMessage {
    Objects.requireNonNull(key, "key");
    arguments =
        arguments == null
            ? List.of()
            : arguments.stream().map(a -> a == null ? (Object) "" : a).toList();
  }

  /** Creates a message from a key and its arguments. */
  public static ReportMessage of(String key, Object... arguments) {
    return new ReportMessage(key, Arrays.asList(arguments));
  }

  /** The text in {@code locale}; German for {@code null} and for locales without translation. */
  public String text(Locale locale) {
    return Texts.format(locale, key, arguments.toArray());
  }

  /** The German text. */
  @Override
  public String toString() {
    return text(Locale.GERMANY);
  }
}
