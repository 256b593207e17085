package de.heldenhelfer.shared;

/** The operation needs a signed-in person. */
public class NotAuthenticatedException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super("error.notAuthenticated");
  }
}
