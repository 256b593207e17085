package de.heldenhelfer.pool;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The open-need lists that are the same for many people – an anonymous visitor's (public needs) and
 * a volunteer's without a club (pool and public needs) – per filter, for at most {@link #TTL}.
 * Every committed change of a need or shift ({@link PoolChangeListener}) starts a new generation,
 * so after a sign-up, a cancellation or an edit the next list is read fresh; the time limit only
 * covers changes made past JPA (SQL by hand). Lists of people with club roles depend on their clubs
 * and partners and are never cached.
 */
@ApplicationScoped
public class OpenNeedsCache {
  /** How long a list may be served without a change being seen. */
  public static final Duration TTL = Duration.ofSeconds(10);

  private static final int MAX_ENTRIES = 1_000;

  /** What a cached list depends on. */
  record Key(boolean signedIn, PoolService.NeedFilter filter, LocalDate today) {}

  private record Entry(long generation, long expiresAtNanos, List<PoolService.NeedCard> cards) {}

  private final AtomicLong generation = new AtomicLong();
  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /** The cached list for {@code key}, or what {@code load} reads (then kept). */
  List<PoolService.NeedCard> get(Key key, Supplier<List<PoolService.NeedCard>> load) {
    long current = generation.get();
    long now = System.nanoTime();
    Entry e = entries.get(key);
    if (e != null && e.generation() == current && now - e.expiresAtNanos() < 0) {
      return e.cards();
    }
    // read with the generation seen before loading: a change committed meanwhile makes it stale
    List<PoolService.NeedCard> cards = List.copyOf(load.get());
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(current, now + TTL.toNanos(), cards));
    return cards;
  }

  /** A need or shift changed: lists read after the current transaction commits are fresh. */
  void changed() {
    if (transactions == null || transactions.getTransactionKey() == null) {
      generation.incrementAndGet();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              generation.incrementAndGet();
            }
          }
        });
  }
}
