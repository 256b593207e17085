package de.heldenhelfer.web.api;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API path with a {@code {clubId}} works inside that club: the caller must belong to it,
 * otherwise the club does not exist for them (404). The tenant is set here, mechanically, so
 * resources never pick a club themselves.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ClubScopeFilter implements ContainerRequestFilter {
  @Inject Actor actor;
  @Inject TenantContext tenant;

  @Override
  public void filter(ContainerRequestContext request) {
    String club = request.getUriInfo().getPathParameters().getFirst("clubId");
    if (club == null) {
      return;
    }
    long clubId;
    try {
      clubId = Long.parseLong(club);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    if (actor.require().club(clubId).isEmpty()) {
      throw new NotFoundException();
    }
    tenant.enter(clubId);
  }
}
