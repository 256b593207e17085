package de.heldenhelfer.shared;

/** The caller is known but lacks the permission for the operation. */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super("error.accessDenied");
  }
}
