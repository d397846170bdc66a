package io.newsintel.search.stats;

import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import java.time.Duration;
import java.util.Locale;

/** The width of one bucket of a timeline. */
enum Interval {
  HOUR(CalendarInterval.Hour, Duration.ofHours(1), Duration.ofHours(48)),
  DAY(CalendarInterval.Day, Duration.ofDays(1), Duration.ofDays(30)),
  WEEK(CalendarInterval.Week, Duration.ofDays(7), Duration.ofDays(7 * 26));

  final CalendarInterval calendarInterval;
  final Duration length;

  /** The span shown when the caller gives no {@code from}. */
  final Duration defaultSpan;

  Interval(CalendarInterval calendarInterval, Duration length, Duration defaultSpan) {
    this.calendarInterval = calendarInterval;
    this.length = length;
    this.defaultSpan = defaultSpan;
  }

  static Interval parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
