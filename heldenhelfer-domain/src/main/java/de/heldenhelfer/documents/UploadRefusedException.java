package de.heldenhelfer.documents;

import de.heldenhelfer.shared.RuleViolationException;

/**
 * An upload the archive does not store: empty, too big, a type it does not accept, a name that
 * disagrees with the content, a damaged or hostile container. The message names the file and the
 * reason; nothing has been stored when it is thrown.
 */
public class UploadRefusedException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  public UploadRefusedException(String messageKey, Object... arguments) {
    super("file", messageKey, arguments);
  }
}
