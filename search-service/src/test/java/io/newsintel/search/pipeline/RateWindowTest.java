package io.newsintel.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

  private static final Instant T0 = Instant.parse("2026-05-03T09:00:00Z");

  @Test
  void hasNoRateBeforeTwoSamples() {
    RateWindow window = new RateWindow(Duration.ofSeconds(60));
    assertThat(window.rates()).isEqualTo(Rates.NONE);

    window.add(sample(0, 100, 50, 10));

    assertThat(window.rates()).isEqualTo(Rates.NONE);
  }

  @Test
  void ratesCoverTheSamplesThereAreBeforeTheWindowIsFull() {
    RateWindow window = new RateWindow(Duration.ofSeconds(60));
    window.add(sample(0, 100, 50, 10));
    window.add(sample(5, 110, 52, 13));
    window.add(sample(10, 130, 60, 20));

    Rates rates = window.rates();

    assertThat(rates.ingestPerSec()).isCloseTo(3.0, within(1e-9));
    assertThat(rates.taggingPerSec()).isCloseTo(1.0, within(1e-9));
    assertThat(rates.indexingPerSec()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void forgetsSamplesOlderThanTheWindow() {
    RateWindow window = new RateWindow(Duration.ofSeconds(60));
    // A burst long ago, then a steady 2 stories/s for the last minute.
    window.add(sample(0, 0, 0, 0));
    window.add(sample(5, 10_000, 10_000, 10_000));
    for (int second = 10; second <= 70; second += 5) {
      long n = 10_000 + 2L * (second - 10);
      window.add(sample(second, n, n, n));
    }

    Rates rates = window.rates();

    assertThat(rates.ingestPerSec()).isCloseTo(2.0, within(1e-9));
    assertThat(rates.taggingPerSec()).isCloseTo(2.0, within(1e-9));
    assertThat(rates.indexingPerSec()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void aShrinkingCountIsNoGrowthRatherThanANegativeRate() {
    RateWindow window = new RateWindow(Duration.ofSeconds(60));
    window.add(sample(0, 500, 500, 500));
    window.add(sample(10, 20, 520, 0));

    Rates rates = window.rates();

    assertThat(rates.ingestPerSec()).isZero();
    assertThat(rates.taggingPerSec()).isCloseTo(2.0, within(1e-9));
    assertThat(rates.indexingPerSec()).isZero();
  }

  private static PipelineSample sample(int second, long raw, long enriched, long indexed) {
    return new PipelineSample(T0.plusSeconds(second), raw, enriched, indexed);
  }
}
