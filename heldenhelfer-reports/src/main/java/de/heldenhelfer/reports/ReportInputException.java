package de.heldenhelfer.reports;

import java.util.Locale;

/**
 * An uploaded file cannot be read as a whole: it is empty, too large, not a spreadsheet, encrypted,
 * a zip bomb, damaged or exceeds a limit. Problems of single cells are not exceptions but {@link
 * CellError} values.
 *
 * <p>Like the domain's exceptions it carries a message key and arguments of the bundle {@code
 * de.heldenhelfer.reports.messages}; {@link #getMessage()} is the German text.
 */
public final class ReportInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ReportMessage reportMessage;
  private final String messageKey;

  ReportInputException(ReportMessage message) {
    this(message, null);
  }

  ReportInputException(ReportMessage message, Throwable cause) {
    super(message.text(Locale.GERMANY), cause);
    this.reportMessage = message;
    this.messageKey = message.key();
  }

  /** Key in {@code de.heldenhelfer.reports.messages}, e.g. {@code import.error.zipBomb}. */
  public String messageKey() {
    return messageKey;
  }

  /** Key and arguments of the message. */
  public ReportMessage reportMessage() {
    return reportMessage == null ? ReportMessage.of(messageKey) : reportMessage;
  }

  /** The message in {@code locale} (German for {@code null} and unknown locales). */
  public String localizedMessage(Locale locale) {
    return reportMessage().text(locale);
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }
}
