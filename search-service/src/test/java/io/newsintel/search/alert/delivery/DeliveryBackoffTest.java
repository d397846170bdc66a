package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryBackoffTest {

  private static final Instant T0 = Instant.parse("2026-05-03T10:00:00Z");

  private final DeliveryBackoff lowest =
      new DeliveryBackoff(
          Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1), n -> 0);
  private final DeliveryBackoff highest =
      new DeliveryBackoff(
          Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1), n -> n - 1);

  @Test
  void delayDoublesPerAttemptWithUpToHalfOfItRandom() {
    assertThat(lowest.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(highest.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(lowest.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(highest.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(highest.delayAfter(4)).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void delayNeverExceedsTheMaximum() {
    assertThat(highest.delayAfter(30)).isEqualTo(Duration.ofMinutes(5));
    assertThat(lowest.delayAfter(1000)).isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
  }

  @Test
  void givesUpWhenTheNextAttemptWouldComeAfterTheGiveUpTime() {
    assertThat(highest.nextAttempt(T0, T0.plusSeconds(10), 3)).isEqualTo(T0.plusSeconds(18));
    assertThat(highest.nextAttempt(T0, T0.plus(Duration.ofMinutes(58)), 20)).isNull();
  }
}
