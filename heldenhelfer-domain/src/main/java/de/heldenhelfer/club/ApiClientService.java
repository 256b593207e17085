package de.heldenhelfer.club;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The board's list of API clients authorised for its club, and the lookup that turns a verified
 * client-credentials token into the club-bound {@link Principal#client client principal}. A client
 * belongs to one club only; the board member who authorised it is recorded as responsible.
 */
@ApplicationScoped
public class ApiClientService {
  /** Keycloak client ids as the operator creates them: letters, digits, dot, dash, underscore. */
  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,99}");

  /** The platform's own clients (web login, the public CLI client) are never a club's program. */
  static final String RESERVED_PREFIX = "heldenhelfer";

  /** An authorised client as the board sees it. */
  public record ClientView(
      long id,
      String clientId,
      String label,
      ApiClient.Access access,
      String authorisedBy,
      LocalDateTime createdAt,
      LocalDateTime lastUsedAt) {}

  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject Actor actor;

  /** The clients authorised for the current club, newest first. */
  @RequiresPermission(Permission.ROLE_MANAGE)
  @Transactional
  public List<ClientView> clients() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a, p FROM ApiClient a, Person p WHERE p.id = a.authorisedBy"
                    + " AND a.clubId = :club ORDER BY a.createdAt DESC, a.id DESC",
                Object[].class)
            .setParameter("club", tenant.requireClubId())
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              ApiClient a = (ApiClient) r[0];
              return new ClientView(
                  a.id(),
                  a.clientId(),
                  a.label(),
                  a.access(),
                  ((Person) r[1]).displayName(),
                  a.createdAt(),
                  a.lastUsedAt());
            })
        .toList();
  }

  /**
   * Authorises the Keycloak client {@code clientId} for the current club. A client id already
   * authorised for any club is refused without saying which club holds it.
   */
  @RequiresPermission(Permission.ROLE_MANAGE)
  @Transactional
  public long authorise(String clientId, String label, ApiClient.Access access) {
    String id = clientId == null ? "" : clientId.strip();
    String name = label == null ? "" : label.strip();
    if (!CLIENT_ID.matcher(id).matches()) {
      throw new RuleViolationException("clientId", "apiClient.clientId.invalid");
    }
    if (id.toLowerCase(java.util.Locale.ROOT).startsWith(RESERVED_PREFIX)) {
      throw new RuleViolationException("clientId", "apiClient.clientId.reserved");
    }
    if (name.isEmpty() || name.length() > 100) {
      throw new RuleViolationException("label", "apiClient.label.required");
    }
    if (access == null) {
      throw new RuleViolationException("access", "apiClient.access.required");
    }
    if (find(id).isPresent()) {
      throw new RuleViolationException("clientId", "apiClient.clientId.taken");
    }
    ApiClient client =
        new ApiClient(
            tenant.requireClubId(),
            id,
            name,
            access,
            actor.require().personId(),
            LocalDateTime.now(MemberService.ZONE));
    em.persist(client);
    em.flush();
    return client.id();
  }

  /** Withdraws the authorisation; the client's next call is refused. */
  @RequiresPermission(Permission.ROLE_MANAGE)
  @Transactional
  public void revoke(long id) {
    ApiClient client = em.find(ApiClient.class, id);
    if (client == null || client.clubId() != tenant.requireClubId()) {
      throw new NotFoundException();
    }
    em.remove(client);
  }

  /**
   * The principal of a verified client-credentials token of Keycloak client {@code clientId}, or
   * empty when no club authorised that client. Called by the API's authentication filter.
   */
  @PublicOperation("authenticates a verified client-credentials token; returns the club binding")
  @Transactional
  public Optional<Principal> principalOf(String clientId) {
    Optional<ApiClient> found =
        clientId == null || clientId.toLowerCase(java.util.Locale.ROOT).startsWith(RESERVED_PREFIX)
            ? Optional.empty()
            : find(clientId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ApiClient client = found.get();
    Club club = em.find(Club.class, client.clubId());
    client.used(LocalDateTime.now(MemberService.ZONE));
    return Optional.of(
        Principal.client(
            client.clientId(),
            client.label(),
            client.authorisedBy(),
            new Principal.ClubMembership(
                club.id(), club.name(), EnumSet.of(ClubRole.SECRETARY), java.util.Set.of()),
            client.access().permissions()));
  }

  private Optional<ApiClient> find(String clientId) {
    return em.createQuery("SELECT a FROM ApiClient a WHERE a.clientId = :c", ApiClient.class)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }
}
