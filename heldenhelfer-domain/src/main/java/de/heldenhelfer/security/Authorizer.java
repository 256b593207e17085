package de.heldenhelfer.security;

import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one place that answers "may the current person do this here?". Services call it through
 * {@link RequiresPermission}; pages ask {@code #{authorizer.can('MEMBER_READ')}} to hide what the
 * same rule would refuse.
 */
@ApplicationScoped
@Named("authorizer")
public class Authorizer {
  @Inject Actor actor;
  @Inject TenantContext tenant;

  public boolean can(Permission permission) {
    return actor
        .principal()
        .map(p -> p.holds(permission, tenant.clubId().orElse(null)))
        .orElse(false);
  }

  /** EL-friendly variant of {@link #can(Permission)}. */
  public boolean can(String permission) {
    return can(Permission.valueOf(permission));
  }

  public void requireAny(Permission... permissions) {
    if (!actor.isAuthenticated()) {
      throw new NotAuthenticatedException();
    }
    if (permissions.length == 0) {
      throw new AccessDeniedException();
    }
    for (Permission p : permissions) {
      if (can(p)) {
        return;
      }
    }
    throw new AccessDeniedException();
  }
}
