package de.heldenhelfer.tenancy;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a piece of background work once per club, the way a web request runs: on a worker thread in
 * a request context of its own, with the job's {@link Principal} as actor and the club entered into
 * {@link TenantContext}, so that tenancy confines every statement to that club. Each club runs in
 * its own transaction (the work's service method starts it), so one failing club does not stop the
 * others.
 */
@ApplicationScoped
public class EachClub {
  private static final Logger LOG = Logger.getLogger(EachClub.class.getName());

  @PersistenceContext(unitName = "heldenhelfer")
  EntityManager em;

  @Inject Instance<Actor> actors;
  @Inject Instance<TenantContext> tenants;
  @Inject Instance<RequestContextController> requestContexts;

  @Resource ManagedExecutorService executor;

  /**
   * Runs {@code work} in every club as {@code principal}; returns the results by club id. Clubs
   * whose work failed are logged and missing from the result.
   */
  public <T> Map<Long, T> run(String jobName, Principal principal, Supplier<T> work) {
    List<Long> clubIds =
        em.createQuery("SELECT c.id FROM Club c ORDER BY c.id", Long.class).getResultList();
    Map<Long, T> results = new LinkedHashMap<>();
    for (Long clubId : clubIds) {
      try {
        results.put(clubId, executor.submit(() -> runIn(clubId, principal, work)).get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException e) {
        LOG.log(Level.SEVERE, jobName + " in club " + clubId + " failed", e.getCause());
      }
    }
    return results;
  }

  /** Work across the region (no club), in a request context of its own. */
  public <T> T runInRegion(Principal principal, Supplier<T> work) {
    RequestContextController context = requestContexts.get();
    context.activate();
    try {
      actors.get().actAs(principal);
      return work.get();
    } finally {
      context.deactivate();
    }
  }

  /** The work for one club, in a request context of its own. */
  public <T> T runIn(long clubId, Principal principal, Supplier<T> work) {
    RequestContextController context = requestContexts.get();
    context.activate();
    try {
      actors.get().actAs(principal);
      tenants.get().enter(clubId);
      return work.get();
    } finally {
      context.deactivate();
    }
  }
}
