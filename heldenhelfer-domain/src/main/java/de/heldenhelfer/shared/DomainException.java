package de.heldenhelfer.shared;

import java.util.List;

/**
 * Base of all expected failures. It carries a message key of the resource bundle {@code
 * de.heldenhelfer.messages} and its arguments, so that pages and the API can show the message in
 * the user's language instead of a stack trace.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final transient List<Object> arguments;

  protected DomainException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.toArray();
  }

  /** Localised text of this failure. */
  public String localizedMessage(java.util.Locale locale) {
    return Messages.get(locale, messageKey, arguments());
  }
}
