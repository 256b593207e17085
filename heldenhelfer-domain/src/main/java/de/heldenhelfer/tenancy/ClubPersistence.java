package de.heldenhelfer.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Produces the one {@link EntityManager} services use. Every call goes to the container's
 * transaction-scoped entity manager after the EclipseLink tenant property has been set to the
 * request's club, so every read and write of a {@code @Multitenant} entity is confined to that club
 * without the author writing a filter. Without a selected club, any access to club-private entities
 * fails (EclipseLink refuses a query without tenant value), which is the safe default. See
 * docs/adr/0002-tenancy.md.
 */
@ApplicationScoped
public class ClubPersistence {
  /** EclipseLink's context property named by the entities' tenant discriminator column. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  @PersistenceContext(unitName = "heldenhelfer")
  EntityManager container;

  @Inject TenantContext tenant;

  private EntityManager tenantAware;

  @Produces
  EntityManager entityManager() {
    if (tenantAware == null) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
              return method.invoke(this, args);
            }
            tenant
                .clubId()
                .ifPresent(
                    id -> {
                      String value = id.toString();
                      if (!value.equals(container.getProperties().get(TENANT_PROPERTY))) {
                        container.setProperty(TENANT_PROPERTY, value);
                      }
                    });
            try {
              return method.invoke(container, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      tenantAware =
          (EntityManager)
              Proxy.newProxyInstance(
                  EntityManager.class.getClassLoader(),
                  new Class<?>[] {EntityManager.class},
                  handler);
    }
    return tenantAware;
  }
}
