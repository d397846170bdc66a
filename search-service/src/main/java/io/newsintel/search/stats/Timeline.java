package io.newsintel.search.stats;

import java.time.Instant;
import java.util.List;

/**
 * Story counts per interval, split by one dimension.
 *
 * @param by {@code actor}, {@code sponsorState}, {@code target} or {@code source}
 * @param interval {@code hour}, {@code day} or {@code week}
 */
public record Timeline(String by, String interval, Instant from, Instant to, List<Bucket> buckets) {

  /**
   * @param start the start of the interval (UTC)
   * @param total all stories published in the interval
   * @param counts the most frequent values in the interval with their counts
   */
  public record Bucket(Instant start, long total, List<Count> counts) {}

  public record Count(String value, long count) {}
}
