package io.newsintel.search.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The samples of the last window, and the rates between its oldest and newest sample. Before the
 * window is full, the rates cover the samples there are; with fewer than two, they are zero.
 */
final class RateWindow {

  private final Duration window;
  private final Deque<PipelineSample> samples = new ArrayDeque<>();

  RateWindow(Duration window) {
    this.window = window;
  }

  synchronized void add(PipelineSample sample) {
    samples.addLast(sample);
    Instant windowStart = sample.at().minus(window);
    while (samples.peekFirst().at().isBefore(windowStart)) {
      samples.removeFirst();
    }
  }

  synchronized Rates rates() {
    if (samples.size() < 2) {
      return Rates.NONE;
    }
    PipelineSample first = samples.peekFirst();
    PipelineSample last = samples.peekLast();
    double seconds = Duration.between(first.at(), last.at()).toNanos() / 1e9;
    if (seconds <= 0) {
      return Rates.NONE;
    }
    return new Rates(
        perSecond(first.rawEnd(), last.rawEnd(), seconds),
        perSecond(first.enrichedEnd(), last.enrichedEnd(), seconds),
        perSecond(first.indexed(), last.indexed(), seconds));
  }

  /**
   * A topic that was deleted and recreated, or a restarted counter, shrinks: no growth then, rather
   * than a negative rate.
   */
  private static double perSecond(long from, long to, double seconds) {
    return Math.max(0, to - from) / seconds;
  }
}
