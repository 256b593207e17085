package de.heldenhelfer.shared;

/** Somebody else changed the same data since it was loaded; nothing was overwritten. */
public class ConcurrentChangeException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }
}
