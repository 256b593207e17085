package de.heldenhelfer.reports.figures;

import de.heldenhelfer.reports.ReportMessage;
import java.util.Locale;

/** Texts of the reports bundle and small helpers shared by the figure exporters. */
final class FigureTexts {
  private FigureTexts() {}

  /** The text of {@code key} in {@code locale} (German for {@code null}). */
  static String text(Locale locale, String key, Object... args) {
    return ReportMessage.of(key, args).text(locale);
  }

  /** The legend line that explains {@link FigureCell#SYMBOL}. */
  static String legend(Locale locale) {
    return text(locale, "figures.legend", FigureCell.SYMBOL);
  }

  /** Whether spreadsheet programs would read {@code text} as a formula. */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
