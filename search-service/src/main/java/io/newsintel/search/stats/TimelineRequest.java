package io.newsintel.search.stats;

import io.newsintel.search.web.DateParameter;
import io.newsintel.search.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;

/**
 * A validated request for counts per interval.
 *
 * @param from start, inclusive
 * @param to end, exclusive
 * @param size how many values of the dimension per bucket (the most frequent)
 */
record TimelineRequest(Dimension by, Interval interval, Instant from, Instant to, int size) {

  static final int MAX_BUCKETS = 1000;
  static final int MAX_SIZE = 50;

  static TimelineRequest parse(
      String by, String interval, String from, String to, String size, Clock clock) {
    Dimension dimension = by == null || by.isBlank() ? Dimension.ACTOR : Dimension.parse(by);
    if (dimension == null) {
      throw new InvalidRequestException(
          "by must be 'actor', 'sponsorState', 'target' or 'source', not '" + by + "'");
    }
    Interval width =
        interval == null || interval.isBlank() ? Interval.DAY : Interval.parse(interval);
    if (width == null) {
      throw new InvalidRequestException(
          "interval must be 'hour', 'day' or 'week', not '" + interval + "'");
    }
    Instant end = DateParameter.parse("to", to, true);
    if (end == null) {
      end = clock.instant();
    }
    Instant start = DateParameter.parse("from", from, false);
    if (start == null) {
      start = end.minus(width.defaultSpan);
    }
    if (!start.isBefore(end)) {
      throw new InvalidRequestException("from must be before to");
    }
    long buckets = java.time.Duration.between(start, end).dividedBy(width.length) + 1;
    if (buckets > MAX_BUCKETS) {
      throw new InvalidRequestException(
          "that range holds "
              + buckets
              + " "
              + width.name().toLowerCase()
              + "s; at most "
              + MAX_BUCKETS
              + ": choose a wider interval or a shorter range");
    }
    int values = 10;
    if (size != null && !size.isBlank()) {
      try {
        values = Integer.parseInt(size.trim());
      } catch (NumberFormatException e) {
        values = -1;
      }
      if (values < 1 || values > MAX_SIZE) {
        throw new InvalidRequestException(
            "size must be a whole number from 1 to " + MAX_SIZE + ", not '" + size + "'");
      }
    }
    return new TimelineRequest(dimension, width, start, end, values);
  }
}
