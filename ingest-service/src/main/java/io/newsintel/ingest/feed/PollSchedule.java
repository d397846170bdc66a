package io.newsintel.ingest.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to poll a feed next: its interval after a success (longer when the server's max-age asks),
 * exponential backoff after failures (longer when Retry-After asks), all capped and jittered.
 */
final class PollSchedule {

  private final double jitter;
  private final Duration maxBackoff;
  private final DoubleSupplier random;

  PollSchedule(double jitter, Duration maxBackoff, DoubleSupplier random) {
    this.jitter = jitter;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  Instant afterSuccess(Instant now, Duration interval, Optional<Duration> maxAge) {
    Duration wait = interval;
    if (maxAge.isPresent() && maxAge.get().compareTo(wait) > 0) {
      wait = min(maxAge.get(), maxBackoff);
    }
    return now.plus(jittered(wait));
  }

  /**
   * @param failures consecutive failures including this one (1 for the first)
   */
  Instant afterFailure(
      Instant now, Duration interval, int failures, Optional<Duration> retryAfter) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    Duration wait = min(interval.multipliedBy(1L << doublings), maxBackoff);
    wait = min(jittered(wait), maxBackoff);
    if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
      wait = min(retryAfter.get(), maxBackoff);
    }
    return now.plus(wait);
  }

  private Duration jittered(Duration wait) {
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.round(wait.toMillis() * factor));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
