package de.heldenhelfer.web.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests may come at once, and the bucket refills at
 * {@code perMinute / 60} per second. Pure logic; the clock is passed in.
 */
final class RateLimiter {
  private static final int MAX_CLIENTS = 100_000;

  private record Bucket(double tokens, long atNanos) {}

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Takes one token for {@code client}; returns 0 when the request may pass, otherwise the seconds
   * until the next token.
   */
  long take(String client, int perMinute, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear(); // a flood of addresses: start over rather than grow without bound
    }
    double ratePerNano = perMinute / 60e9;
    long[] wait = new long[1];
    buckets.compute(
        client,
        (k, b) -> {
          double tokens =
              b == null
                  ? perMinute
                  : Math.min(perMinute, b.tokens() + (nowNanos - b.atNanos()) * ratePerNano);
          if (tokens >= 1) {
            wait[0] = 0;
            return new Bucket(tokens - 1, nowNanos);
          }
          wait[0] = (long) Math.ceil((1 - tokens) / ratePerNano / 1e9);
          return new Bucket(tokens, nowNanos);
        });
    return wait[0];
  }
}
