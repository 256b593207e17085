package de.heldenhelfer.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Access to the bundle {@code de.heldenhelfer.reports.messages}; German unless told otherwise. */
final class Texts {
  static final String BUNDLE = "de.heldenhelfer.reports.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /** The locale to use when the caller passes none. */
  static Locale orDefault(Locale locale) {
    return locale == null ? Locale.GERMANY : locale;
  }

  /**
   * The text of {@code key} in {@code locale}, formatted with {@code args}. Unknown locales get the
   * German base texts, never the JVM default locale; an unknown key yields the key itself.
   */
  static String format(Locale locale, String key, Object... args) {
    Locale effective = orDefault(locale);
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(BUNDLE, effective, Texts.class.getClassLoader(), NO_FALLBACK);
      return new MessageFormat(bundle.getString(key), effective).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
