package de.heldenhelfer.web.it;

import de.heldenhelfer.pool.AgencyService;
import de.heldenhelfer.pool.Matching;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * The pool calls {@link PoolBenchmark} times, each as one request would make it: in a request
 * context of its own (when the calling thread has none, as on the benchmark's managed threads),
 * acting as the given person, timed around the service call including its transaction.
 */
@ApplicationScoped
public class PoolBenchmarkCalls {
  @Inject AgencyService agency;
  @Inject PoolService pool;
  @Inject Actor actor;

  /** What a call returned and how long it took on the server, in ns. */
  public record Timed<T>(T value, long nanos) {}

  /** The agency's ranked suggestions for one shift (database load and ranking). */
  @ActivateRequestContext
  public Timed<List<Matching.Suggestion>> suggestions(Principal agent, long shiftId) {
    long start = System.nanoTime();
    actor.actAs(agent);
    List<Matching.Suggestion> ranked = agency.suggestions(shiftId, Locale.GERMAN);
    return new Timed<>(ranked, System.nanoTime() - start);
  }

  /** The open needs as a signed-in person or, with {@code who == null}, an anonymous visitor. */
  @ActivateRequestContext
  public Timed<List<PoolService.NeedCard>> openNeeds(Principal who, PoolService.NeedFilter filter) {
    long start = System.nanoTime();
    if (who != null) {
      actor.actAs(who);
    }
    List<PoolService.NeedCard> cards = pool.openNeeds(filter);
    return new Timed<>(cards, System.nanoTime() - start);
  }

  /** One volunteer signs up for a shift (mails after commit included, as in a page request). */
  @ActivateRequestContext
  public Timed<PoolService.SignUpResult> signUp(Principal volunteer, long shiftId) {
    long start = System.nanoTime();
    actor.actAs(volunteer);
    PoolService.SignUpResult result = pool.signUp(shiftId);
    return new Timed<>(result, System.nanoTime() - start);
  }
}
