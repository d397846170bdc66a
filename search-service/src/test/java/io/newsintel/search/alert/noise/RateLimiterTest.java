package io.newsintel.search.alert.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final Instant HOUR = Instant.parse("2026-05-03T10:00:00Z");

  private final RateLimiter limiter = new RateLimiter(Duration.ofHours(1));

  @Test
  void allowsTheLimitPerWindowThenRefusesUntilTheNextWindow() {
    assertThat(limiter.tryAcquire("s", 2, HOUR.plusSeconds(1))).isTrue();
    assertThat(limiter.tryAcquire("s", 2, HOUR.plusSeconds(2))).isTrue();
    assertThat(limiter.tryAcquire("s", 2, HOUR.plusSeconds(3))).isFalse();
    assertThat(limiter.tryAcquire("s", 2, HOUR.plusSeconds(3599))).isFalse();

    assertThat(limiter.tryAcquire("s", 2, HOUR.plusSeconds(3600))).isTrue();
  }

  @Test
  void subscriptionsHaveTheirOwnAllowance() {
    assertThat(limiter.tryAcquire("a", 1, HOUR)).isTrue();
    assertThat(limiter.tryAcquire("b", 1, HOUR)).isTrue();
    assertThat(limiter.tryAcquire("a", 1, HOUR)).isFalse();
  }

  @Test
  void overflowIsDueAtTheEndOfTheWindow() {
    assertThat(limiter.windowEnd(HOUR.plusSeconds(1234))).isEqualTo(HOUR.plusSeconds(3600));
  }
}
