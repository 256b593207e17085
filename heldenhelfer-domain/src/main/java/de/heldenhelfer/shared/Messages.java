package de.heldenhelfer.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Access to the domain's message bundle (German default, English). */
public final class Messages {
  public static final String BUNDLE = "de.heldenhelfer.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    Locale effective = locale == null ? Locale.GERMAN : locale;
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, effective).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
