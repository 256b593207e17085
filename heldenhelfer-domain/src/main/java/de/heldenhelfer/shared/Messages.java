package de.heldenhelfer.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Access to the domain's message bundle (German default, English). */
public final class Messages {
  public static final String BUNDLE = "de.heldenhelfer.messages";

  private Messages() {}

  /**
   * {@link MessageFormat} formats only {@link java.util.Date} with {@code {0,date,…}}: local dates
   * and times become dates at that moment in the JVM's zone, which the format then uses again.
   * {@link Labelled} arguments are printed with their label in {@code locale}.
   */
  static Object[] formattable(Object[] args, Locale locale) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Labelled l) {
        out[i] = l.label(locale);
      } else if (out[i] instanceof LocalDate d) {
        out[i] = Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
      } else if (out[i] instanceof LocalDateTime t) {
        out[i] = Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
      }
    }
    return out;
  }

  public static String get(Locale locale, String key, Object... args) {
    Locale effective = locale == null ? Locale.GERMAN : locale;
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, effective).getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, effective).format(formattable(args, effective));
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
