package de.heldenhelfer.web.api;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RegionRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's own profile: who they are, their clubs and roles. */
@Path("me")
@RequestScoped
public class MeResource {
  @Inject Actor actor;

  /** A club of the caller with their roles. */
  public record ClubRoles(long clubId, String name, List<String> roles) {}

  /**
   * The caller. For a club's API client: {@code client} is its Keycloak client id, {@code name} the
   * label the board gave it, {@code personId} the board member who authorised it, and {@code clubs}
   * the one club it works for.
   */
  public record Me(
      long personId,
      String name,
      String email,
      String client,
      List<String> regionRoles,
      List<ClubRoles> clubs) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Me me() {
    Principal p = actor.require();
    return new Me(
        p.personId(),
        p.displayName(),
        p.email(),
        p.clientId(),
        p.regionRoles().stream().map(RegionRole::realmRole).toList(),
        p.clubs().stream()
            .map(
                c ->
                    new ClubRoles(
                        c.clubId(),
                        c.clubName(),
                        c.roles().stream().map(Enum::name).sorted().toList()))
            .toList());
  }
}
