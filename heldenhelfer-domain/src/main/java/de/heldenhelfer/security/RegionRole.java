package de.heldenhelfer.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Region-wide roles. They come from Keycloak realm roles (the token's {@code groups} claim). */
public enum RegionRole {
  AGENCY("agency", Permission.MATCHING),
  SERVICE_DESK(
      "servicedesk", Permission.SERVICE_DESK, Permission.CLUB_VERIFY, Permission.TEMPLATE_MANAGE),
  PLANNER("planner", Permission.STATISTICS),
  OPERATOR("operator", Permission.OPERATE, Permission.CLUB_VERIFY);

  private final String realmRole;
  private final Set<Permission> permissions;

  RegionRole(String realmRole, Permission... permissions) {
    this.realmRole = realmRole;
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    for (Permission p : permissions) {
      if (p.scope() != Permission.Scope.REGION) {
        throw new IllegalStateException(p + " is not a region permission");
      }
      set.add(p);
    }
    this.permissions = Collections.unmodifiableSet(set);
  }

  public String realmRole() {
    return realmRole;
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  /** The region role for a Keycloak realm role name, if it is one. */
  public static Optional<RegionRole> ofRealmRole(String name) {
    for (RegionRole r : values()) {
      if (r.realmRole.equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
