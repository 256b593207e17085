package de.heldenhelfer.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The person acting in the current request. The web layer signs the request in from the OpenID
 * Connect session or a bearer token; services never read security state anywhere else.
 */
@RequestScoped
public class Actor {
  private Principal principal;

  public Optional<Principal> principal() {
    return Optional.ofNullable(principal);
  }

  public boolean isAuthenticated() {
    return principal != null;
  }

  /** Binds the request to {@code principal}; called by the authentication filters only. */
  public void actAs(Principal principal) {
    this.principal = principal;
  }

  public Principal require() {
    if (principal == null) {
      throw new de.heldenhelfer.shared.NotAuthenticatedException();
    }
    return principal;
  }
}
