package de.heldenhelfer.web.api;

import de.heldenhelfer.club.ApiClientService;
import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Authenticates API calls that carry a bearer token and binds them to the person – or, for a
 * client-credentials token, to the club that authorised the client (403 when none did). Calls
 * without a token stay anonymous (public endpoints); a bad token is refused with 401.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationFilter.class.getName());

  @Inject BearerTokenVerifier verifier;
  @Inject IdentityService identities;
  @Inject ApiClientService clients;
  @Inject Actor actor;
  @Inject Problems problems;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      request.abortWith(problems.unauthorized(request));
      return;
    }
    try {
      BearerTokenVerifier.VerifiedToken token = verifier.verify(header.substring(7).strip());
      if (token.serviceAccount()) {
        clients
            .principalOf(token.clientId())
            .ifPresentOrElse(
                actor::actAs, () -> request.abortWith(problems.clientNotAuthorised(request)));
        return;
      }
      Principal principal = identities.principalOf(token.subject(), token.groups());
      if (principal == null) {
        principal =
            identities.signIn(
                new IdentityService.VerifiedIdentity(
                    token.subject(),
                    token.email(),
                    token.emailVerified(),
                    token.givenName(),
                    token.familyName(),
                    token.groups()));
      }
      actor.actAs(principal);
    } catch (BearerTokenVerifier.InvalidTokenException e) {
      LOG.fine(() -> "Refused bearer token: " + e.getMessage());
      request.abortWith(problems.unauthorized(request));
    }
  }
}
