package de.heldenhelfer.security;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: a signed-in person with region roles and the roles they hold in clubs. Immutable
 * and serializable, so the web session can keep it between requests.
 */
public final class Principal implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A club the person belongs to, with their roles there and, for department-scoped roles (trainer,
   * department lead), the departments these roles are assigned to.
   */
  public record ClubMembership(
      long clubId, String clubName, Set<ClubRole> roles, Set<Long> departmentIds)
      implements Serializable {
    public ClubMembership {
      roles =
          Collections.unmodifiableSet(
              roles.isEmpty() ? EnumSet.noneOf(ClubRole.class) : EnumSet.copyOf(roles));
      departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
    }

    /** A membership without department assignments. */
    public ClubMembership(long clubId, String clubName, Set<ClubRole> roles) {
      this(clubId, clubName, roles, Set.of());
    }

    public boolean isBoard() {
      return roles.stream().anyMatch(ClubRole::isBoard);
    }

    /**
     * True if the person reads members only through department-scoped roles, i.e. only the members
     * of {@link #departmentIds()}; false for board roles, which see the whole club.
     */
    public boolean isDepartmentScoped() {
      return !isBoard() && roles.stream().anyMatch(ClubRole::isDepartmentScoped);
    }
  }

  private final long personId;
  private final String subject;
  private final String displayName;
  private final String email;
  private final Set<RegionRole> regionRoles;
  private final Map<Long, ClubMembership> clubs;
  private final Set<Permission> systemPermissions;
  private final String clientId;
  private final Set<Permission> clientPermissions;

  public Principal(
      long personId,
      String subject,
      String displayName,
      String email,
      Set<RegionRole> regionRoles,
      List<ClubMembership> clubs) {
    this.personId = personId;
    this.subject = subject;
    this.displayName = displayName;
    this.email = email;
    this.regionRoles =
        regionRoles.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(regionRoles));
    Map<Long, ClubMembership> map = new LinkedHashMap<>();
    clubs.forEach(c -> map.put(c.clubId(), c));
    this.clubs = Collections.unmodifiableMap(map);
    this.systemPermissions = Collections.emptySet();
    this.clientId = null;
    this.clientPermissions = null;
  }

  private Principal(
      String clientId,
      String label,
      long authorisedBy,
      ClubMembership club,
      Set<Permission> permissions) {
    this.personId = authorisedBy;
    this.subject = "client:" + clientId;
    this.displayName = label;
    this.email = null;
    this.regionRoles = Collections.emptySet();
    this.clubs = Map.of(club.clubId(), club);
    this.systemPermissions = Collections.emptySet();
    this.clientId = clientId;
    this.clientPermissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
  }

  /**
   * An API client of one club (a Keycloak client-credentials client the board authorised): it acts
   * in {@code club} only, with its roles but never beyond {@code permissions}, and on the authority
   * of the board member who authorised it ({@link #personId()} names them, for the records). It is
   * no person: person-scoped operations ({@link RequiresSignIn}) refuse it.
   */
  public static Principal client(
      String clientId,
      String label,
      long authorisedBy,
      ClubMembership club,
      Set<Permission> permissions) {
    if (permissions.isEmpty()) {
      throw new IllegalArgumentException("an API client needs a permission");
    }
    return new Principal(clientId, label, authorisedBy, club, permissions);
  }

  /** True for an {@link #client API client} of a club. */
  public boolean isClient() {
    return clientId != null;
  }

  /** The Keycloak client id of an API client, else null. */
  public String clientId() {
    return clientId;
  }

  private Principal(String name, Set<Permission> systemPermissions) {
    this.personId = 0;
    this.subject = SYSTEM_SUBJECT;
    this.displayName = name;
    this.email = null;
    this.regionRoles = Collections.emptySet();
    this.clubs = Collections.emptyMap();
    this.systemPermissions = Collections.unmodifiableSet(EnumSet.copyOf(systemPermissions));
    this.clientId = null;
    this.clientPermissions = null;
  }

  /** Subject of the system principal; no Keycloak account carries it. */
  public static final String SYSTEM_SUBJECT = "heldenhelfer:system";

  /**
   * The platform itself acting in a scheduled job, with exactly {@code permissions} in whichever
   * club the job enters (never a person, no club roles, so it sees no member columns and no member
   * list). Only server-side jobs create it; it is never bound to a web request.
   */
  public static Principal system(String name, Set<Permission> permissions) {
    if (permissions.isEmpty()) {
      throw new IllegalArgumentException("a system principal needs a permission");
    }
    return new Principal(name, permissions);
  }

  /** True for the {@link #system system principal} of a scheduled job. */
  public boolean isSystem() {
    return !systemPermissions.isEmpty();
  }

  public long personId() {
    return personId;
  }

  public String subject() {
    return subject;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public Set<RegionRole> regionRoles() {
    return regionRoles;
  }

  public List<ClubMembership> clubs() {
    return List.copyOf(clubs.values());
  }

  public Optional<ClubMembership> club(long clubId) {
    return Optional.ofNullable(clubs.get(clubId));
  }

  public boolean hasRegionRole(RegionRole role) {
    return regionRoles.contains(role);
  }

  /** Whether this person holds {@code permission} in {@code clubId} (club) or anywhere (region). */
  public boolean holds(Permission permission, Long clubId) {
    if (permission.scope() == Permission.Scope.REGION) {
      return regionRoles.stream().anyMatch(r -> r.permissions().contains(permission));
    }
    if (clubId == null) {
      return false;
    }
    if (systemPermissions.contains(permission)) {
      return true;
    }
    if (clientPermissions != null && !clientPermissions.contains(permission)) {
      return false;
    }
    ClubMembership membership = clubs.get(clubId);
    return membership != null
        && membership.roles().stream().anyMatch(r -> r.permissions().contains(permission));
  }
}
