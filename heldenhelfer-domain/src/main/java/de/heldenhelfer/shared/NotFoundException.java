package de.heldenhelfer.shared;

/** The thing asked for does not exist, or exists only in a club the caller cannot see. */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound");
  }
}
