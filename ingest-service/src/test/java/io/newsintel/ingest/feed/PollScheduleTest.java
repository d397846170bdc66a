package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  private static final Instant NOW = Instant.parse("2024-05-03T10:00:00Z");
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  /** random() = 0.5 means no jitter at all. */
  private final PollSchedule noJitter = new PollSchedule(0.1, Duration.ofHours(4), () -> 0.5);

  @Test
  void pollsAgainAfterTheIntervalWithinTheJitter() {
    PollSchedule low = new PollSchedule(0.1, Duration.ofHours(4), () -> 0.0);
    PollSchedule high = new PollSchedule(0.1, Duration.ofHours(4), () -> 0.999999);

    assertThat(noJitter.afterSuccess(NOW, FIVE_MINUTES, Optional.empty()))
        .isEqualTo(NOW.plus(FIVE_MINUTES));
    assertThat(low.afterSuccess(NOW, FIVE_MINUTES, Optional.empty()))
        .isEqualTo(NOW.plusSeconds(270));
    assertThat(high.afterSuccess(NOW, FIVE_MINUTES, Optional.empty()))
        .isBetween(NOW.plusSeconds(329), NOW.plusSeconds(330));
  }

  @Test
  void honoursALongerCacheMaxAgeUpToTheCap() {
    assertThat(noJitter.afterSuccess(NOW, FIVE_MINUTES, Optional.of(Duration.ofMinutes(30))))
        .isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(noJitter.afterSuccess(NOW, FIVE_MINUTES, Optional.of(Duration.ofMinutes(1))))
        .isEqualTo(NOW.plus(FIVE_MINUTES));
    assertThat(noJitter.afterSuccess(NOW, FIVE_MINUTES, Optional.of(Duration.ofDays(2))))
        .isEqualTo(NOW.plus(Duration.ofHours(4)));
  }

  @Test
  void backsOffExponentiallyOnFailureCappedAtFourHours() {
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 1, Optional.empty()))
        .isEqualTo(NOW.plus(FIVE_MINUTES));
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 2, Optional.empty()))
        .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 4, Optional.empty()))
        .isEqualTo(NOW.plus(Duration.ofMinutes(40)));
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 50, Optional.empty()))
        .isEqualTo(NOW.plus(Duration.ofHours(4)));
  }

  @Test
  void waitsAtLeastWhatRetryAfterAsks() {
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 1, Optional.of(Duration.ofMinutes(20))))
        .isEqualTo(NOW.plus(Duration.ofMinutes(20)));
    assertThat(noJitter.afterFailure(NOW, FIVE_MINUTES, 1, Optional.of(Duration.ofDays(1))))
        .isEqualTo(NOW.plus(Duration.ofHours(4)));
  }
}
