package io.newsintel.search.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.search.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimelineRequestTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void defaultsToActorsPerDayOverTheLastThirtyDays() {
    TimelineRequest request = TimelineRequest.parse(null, null, null, null, null, NOW);

    assertThat(request.by()).isEqualTo(Dimension.ACTOR);
    assertThat(request.interval()).isEqualTo(Interval.DAY);
    assertThat(request.to()).isEqualTo(NOW.instant());
    assertThat(request.from()).isEqualTo(Instant.parse("2026-10-29T12:00:00Z"));
    assertThat(request.size()).isEqualTo(10);
  }

  @Test
  void readsEveryDimensionAndInterval() {
    assertThat(TimelineRequest.parse("sponsorState", "week", null, null, null, NOW).by())
        .isEqualTo(Dimension.SPONSOR_STATE);
    assertThat(TimelineRequest.parse("target", "hour", null, null, null, NOW).interval())
        .isEqualTo(Interval.HOUR);
    assertThat(TimelineRequest.parse("source", "day", null, null, null, NOW).by().field)
        .isEqualTo("source.name");
  }

  @Test
  void refusesUnknownDimensionsAndIntervals() {
    assertThatThrownBy(() -> TimelineRequest.parse("malware", null, null, null, null, NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("by must be");
    assertThatThrownBy(() -> TimelineRequest.parse(null, "minute", null, null, null, NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("interval must be");
  }

  @Test
  void refusesARangeWithTooManyBuckets() {
    assertThatThrownBy(
            () -> TimelineRequest.parse(null, "hour", "2020-01-01", "2026-01-01", null, NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("choose a wider interval");
  }

  @Test
  void refusesAnInvertedRangeAndABadSize() {
    assertThatThrownBy(
            () -> TimelineRequest.parse(null, null, "2026-11-28", "2026-11-01", null, NOW))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> TimelineRequest.parse(null, null, null, null, "500", NOW))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("size must be");
  }
}
