package de.heldenhelfer.web.it;

import de.heldenhelfer.membership.MemberQuery;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** One member-list request as the page makes it (a page of 25 plus the count), timed. */
@ApplicationScoped
public class BenchmarkCalls {
  @Inject MemberService members;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  /** Runs in a request context of its own, like an HTTP request; returns the server time in ns. */
  @ActivateRequestContext
  public long listPage(Principal who, long club, MemberQuery query, int first) {
    long start = System.nanoTime();
    actor.actAs(who);
    tenant.enter(club);
    int rows = members.page(query, first, 25).size();
    long count = members.count(query);
    if (rows == 0 && count > first) {
      throw new IllegalStateException("an empty page inside the list");
    }
    return System.nanoTime() - start;
  }
}
