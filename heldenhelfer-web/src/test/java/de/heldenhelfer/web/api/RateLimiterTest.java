package de.heldenhelfer.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstPassesThenTheClientWaitsForTheRefill() {
    RateLimiter limiter = new RateLimiter();
    for (int i = 0; i < 60; i++) {
      assertEquals(0, limiter.take("a", 60, 0), "request " + i + " of the burst");
    }
    long wait = limiter.take("a", 60, 0);
    assertTrue(wait >= 1 && wait <= 2, "one token a second: " + wait);
    assertEquals(0, limiter.take("b", 60, 0), "another client has its own bucket");
    assertEquals(0, limiter.take("a", 60, 2 * SECOND), "refilled after two seconds");
  }

  @Test
  void theBucketNeverHoldsMoreThanTheLimit() {
    RateLimiter limiter = new RateLimiter();
    limiter.take("a", 10, 0);
    int passed = 0;
    for (int i = 0; i < 20; i++) {
      if (limiter.take("a", 10, 3600 * SECOND) == 0) {
        passed++;
      }
    }
    assertEquals(10, passed, "an hour of rest gives at most the limit");
  }
}
