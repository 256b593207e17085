package de.heldenhelfer.reports.templates;

import de.heldenhelfer.reports.ReportMessage;
import java.util.Locale;

/**
 * A problem of a template or of the values to fill it with.
 *
 * @param line line of the template source (1-based), 0 when not tied to a line
 * @param message what is wrong, in German or English
 */
public record TemplateProblem(int line, ReportMessage message) {

  /** The message, prefixed with "Zeile n: " when the problem has a line. */
  public String text(Locale locale) {
    String text = message.text(locale);
    return line > 0
        ? ReportMessage.of("template.line", String.valueOf(line), text).text(locale)
        : text;
  }

  @Override
  public String toString() {
    return text(Locale.GERMANY);
  }
}
