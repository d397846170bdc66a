package io.newsintel.search.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongUnaryOperator;

/**
 * When to try a failing delivery again: exponential delays with jitter (half the delay is random,
 * so webhooks that failed together do not all get retried at the same moment), up to a maximum,
 * until the give-up time since the first attempt has passed.
 */
final class DeliveryBackoff {

  private final Duration initial;
  private final Duration max;
  private final Duration giveUpAfter;

  /** Given a bound n, a random number in [0, n). */
  private final LongUnaryOperator random;

  DeliveryBackoff(Duration initial, Duration max, Duration giveUpAfter, LongUnaryOperator random) {
    this.initial = initial;
    this.max = max.compareTo(initial) < 0 ? initial : max;
    this.giveUpAfter = giveUpAfter;
    this.random = random;
  }

  /** The delay after the failed attempt number {@code attempt} (1 for the first). */
  Duration delayAfter(int attempt) {
    long ceiling = initial.toMillis();
    for (int i = 1; i < attempt && ceiling < max.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.max(1, Math.min(ceiling, max.toMillis()));
    long half = ceiling / 2;
    return Duration.ofMillis(ceiling - half + random.applyAsLong(half + 1));
  }

  /**
   * The time of the next attempt, or null when the next attempt would come after the give-up time.
   */
  Instant nextAttempt(Instant firstAttempt, Instant now, int failedAttempt) {
    Instant next = now.plus(delayAfter(failedAttempt));
    return next.isAfter(firstAttempt.plus(giveUpAfter)) ? null : next;
  }
}
