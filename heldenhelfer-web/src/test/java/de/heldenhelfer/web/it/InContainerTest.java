package de.heldenhelfer.web.it;

import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;

/**
 * What the in-container tests share: the demo accounts' principals, running work as a request of a
 * person in a club (on a managed thread with a request context of its own, as pages and jobs do),
 * and reading the database directly to check what was stored. Deployed with every test archive (see
 * {@link Deployments}).
 */
abstract class InContainerTest {
  @Inject IdentityService identities;
  @Inject RequestContextController requestContext;
  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  Principal principal(String subject) {
    return identities.principalOf(subject, List.of());
  }

  static long clubOf(Principal p) {
    return p.clubs().get(0).clubId();
  }

  /** Runs {@code work} as a request of {@code who} in {@code clubId}; rethrows its failure. */
  <T> T inClub(Principal who, long clubId, Callable<T> work) throws Exception {
    return request(who, clubId, work);
  }

  /** The first column of the first row of {@code sql} as text. */
  String string(String sql, Object... params) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** The first column of the first row of {@code sql} as number (0 for NULL). */
  long number(String sql, Object... params) throws Exception {
    String s = string(sql, params);
    return s == null ? 0 : Long.parseLong(s);
  }

  /** Runs {@code work} as a request of {@code who} without a club (null: anonymous). */
  <T> T asPerson(Principal who, Callable<T> work) throws Exception {
    return request(who, null, work);
  }

  /** Runs {@code work} on a managed thread with a request context of its own; rethrows failures. */
  private <T> T request(Principal who, Long clubId, Callable<T> work) throws Exception {
    try {
      return executor
          .submit(
              () -> {
                requestContext.activate();
                try {
                  if (who != null) {
                    actors.get().actAs(who);
                  }
                  if (clubId != null) {
                    tenants.get().enter(clubId);
                  }
                  return work.call();
                } finally {
                  requestContext.deactivate();
                }
              })
          .get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Runs an INSERT/UPDATE/DELETE; returns the generated key of an INSERT, else the row count. */
  long update(String sql, Object... params) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      int rows = ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : rows;
      }
    }
  }
}
