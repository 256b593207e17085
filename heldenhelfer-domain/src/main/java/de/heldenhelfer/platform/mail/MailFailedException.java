package de.heldenhelfer.platform.mail;

import de.heldenhelfer.shared.DomainException;

/** The SMTP server refused a mail or could not be reached. */
public class MailFailedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public MailFailedException(Throwable cause) {
    super("mail.failed");
    initCause(cause);
  }
}
