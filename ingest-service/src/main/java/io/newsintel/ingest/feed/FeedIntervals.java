package io.newsintel.ingest.feed;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/** Poll intervals as users write them: {@code 10m}, {@code 1h} or ISO-8601 {@code PT10M}. */
final class FeedIntervals {

  private FeedIntervals() {}

  static Duration parse(String value, Duration fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Duration interval;
    try {
      interval = DurationStyle.detectAndParse(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "pollInterval must look like 10m, 1h or PT10M, not '" + value + "'");
    }
    if (interval.compareTo(IngestProperties.MIN_POLL_INTERVAL) < 0) {
      throw new IllegalArgumentException("pollInterval must be at least 1m, was " + value);
    }
    if (interval.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException("pollInterval must be at most 7d, was " + value);
    }
    return interval;
  }
}
