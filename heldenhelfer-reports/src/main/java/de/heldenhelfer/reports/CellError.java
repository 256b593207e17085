package de.heldenhelfer.reports;

import java.util.Locale;

/**
 * A cell that could not be converted, as a value for the row-by-row error report, e.g. "Zeile 7,
 * Spalte „Geburtsdatum“: „31.02.2001“ ist kein gültiges Datum (TT.MM.JJJJ)."
 *
 * @param row row number as the user sees it in Excel (header = row 1)
 * @param column header of the column
 * @param value the cell content as text
 * @param messageKey key of the message in {@code de.heldenhelfer.reports.messages}
 */
public record CellError(int row, String column, String value, String messageKey) {

  /** Key and arguments of the message. */
  public ReportMessage message() {
    return ReportMessage.of(messageKey, String.valueOf(row), column, value);
  }

  /** The message in {@code locale} (German for {@code null} and unknown locales). */
  public String text(Locale locale) {
    return message().text(locale);
  }

  /** The German message. */
  @Override
  public String toString() {
    return text(Locale.GERMANY);
  }
}
