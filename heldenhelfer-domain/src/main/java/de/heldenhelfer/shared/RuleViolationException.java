package de.heldenhelfer.shared;

/** A business rule refused the change; nothing was stored. */
public class RuleViolationException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public RuleViolationException(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  /** The input field the rule is about, or null when it concerns the whole object. */
  public String field() {
    return field;
  }
}
