package io.newsintel.search.alert.stream;

import io.newsintel.search.web.InvalidRequestException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A place in {@code news.alerts}: for each partition, the offset of the next record to read. It is
 * the id of every event on the stream ({@code 0:12,1:7,2:30}): after an event it points just past
 * that event, and it only ever grows, so a client that resumes from the last id it saw gets every
 * later alert once, whichever partitions they are on.
 */
record StreamPosition(SortedMap<Integer, Long> next) {

  private static final Pattern FORMAT = Pattern.compile("\\d{1,6}:\\d{1,19}(,\\d{1,6}:\\d{1,19})*");
  private static final int MAX_LENGTH = 8192;

  StreamPosition {
    next = new TreeMap<>(next);
  }

  static StreamPosition of(Map<Integer, Long> next) {
    return new StreamPosition(new TreeMap<>(next));
  }

  /**
   * @throws InvalidRequestException when the text is not a position this stream gave out
   */
  static StreamPosition parse(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH || !FORMAT.matcher(trimmed).matches()) {
      throw new InvalidRequestException(
          "Last-Event-ID must be an event id of this stream, such as '0:12,1:7,2:30', not '"
              + (trimmed.length() > 60 ? trimmed.substring(0, 60) + "…" : trimmed)
              + "'");
    }
    SortedMap<Integer, Long> next = new TreeMap<>();
    for (String part : trimmed.split(",")) {
      String[] pair = part.split(":");
      try {
        next.put(Integer.parseInt(pair[0]), Long.parseLong(pair[1]));
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("Last-Event-ID has an offset out of range: " + part);
      }
    }
    return new StreamPosition(next);
  }

  /** The offset to resume a partition from; 0 (its beginning) for one this position predates. */
  long resumeAt(int partition) {
    return next.getOrDefault(partition, 0L);
  }

  String encode() {
    return next.entrySet().stream()
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
