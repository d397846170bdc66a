package io.newsintel.search.alert.noise;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts a subscription's webhook messages per fixed window. Held in memory by the instance that
 * delivers the subscription's alerts (one partition of news.alerts, so one instance at a time); a
 * restart starts the count afresh.
 */
final class RateLimiter {

  private record Window(long index, int used) {}

  private final Duration window;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Duration window) {
    this.window = window;
  }

  /** Takes one message from the subscription's allowance of this window; false when spent. */
  boolean tryAcquire(String subscriptionId, int limit, Instant now) {
    long index = now.toEpochMilli() / window.toMillis();
    boolean[] granted = {false};
    windows.compute(
        subscriptionId,
        (id, current) -> {
          Window w = current == null || current.index() != index ? new Window(index, 0) : current;
          if (w.used() < limit) {
            granted[0] = true;
            return new Window(index, w.used() + 1);
          }
          return w;
        });
    return granted[0];
  }

  /** The end of the window {@code now} falls in: when an overflow digest is sent. */
  Instant windowEnd(Instant now) {
    long index = now.toEpochMilli() / window.toMillis();
    return Instant.ofEpochMilli((index + 1) * window.toMillis());
  }

  void forget(String subscriptionId) {
    windows.remove(subscriptionId);
  }
}
