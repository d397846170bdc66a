package io.newsintel.search.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.newsintel.search.web.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySearchParametersTest {

  private static final SearchApiProperties LIMITS =
      new SearchApiProperties(20, 100, 10, Duration.ofMinutes(5));

  @Test
  void appliesDefaultsWhenNothingIsGiven() {
    StorySearchRequest request = parameters(null, null, null, null, null, null).toRequest(LIMITS);

    assertThat(request.query()).isNull();
    assertThat(request.size()).isEqualTo(20);
    assertThat(request.sort()).isEqualTo(SortOrder.DATE);
    assertThat(request.cursor()).isNull();
    assertThat(request.actors()).isEmpty();
  }

  @Test
  void sortsByRelevanceByDefaultWhenThereIsAQuery() {
    StorySearchRequest request =
        parameters("APT28 \"Social Democratic Party\"", null, null, null, null, null)
            .toRequest(LIMITS);

    assertThat(request.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(request.query()).isEqualTo("APT28 \"Social Democratic Party\"");
  }

  @Test
  void readsBareDatesAsWholeUtcDays() {
    StorySearchRequest request =
        parameters(null, "2026-11-01", "2026-11-28", null, null, null).toRequest(LIMITS);

    assertThat(request.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(request.to()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
  }

  @Test
  void readsDateTimesWithOffsets() {
    StorySearchRequest request =
        parameters(null, "2026-11-01T10:00:00+02:00", null, null, null, null).toRequest(LIMITS);

    assertThat(request.from()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
  }

  @Test
  void refusesADateThatIsNotIso8601() {
    assertThatThrownBy(
            () -> parameters(null, "28/11/2026", null, null, null, null).toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("from must be an ISO-8601 date");
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () -> parameters(null, "2026-11-28", "2026-11-01", null, null, null).toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("from must be before to");
  }

  @Test
  void refusesPageSizesOutsideTheLimits() {
    for (String size : List.of("0", "101", "-3", "ten", "1e3")) {
      assertThatThrownBy(() -> parameters(null, null, null, null, size, null).toRequest(LIMITS))
          .as(size)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("size must be a whole number from 1 to 100");
    }
  }

  @Test
  void refusesAnUnknownSortOrder() {
    assertThatThrownBy(() -> parameters(null, null, null, "oldest", null, null).toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("sort must be 'relevance' or 'date'");
  }

  @Test
  void refusesAnOverlongQuery() {
    assertThatThrownBy(
            () -> parameters("x".repeat(501), null, null, null, null, null).toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("q is too long");
  }

  @Test
  void refusesALanguageThatIsNotACode() {
    StorySearchParameters parameters =
        new StorySearchParameters(
            null, null, null, null, null, List.of("english!"), null, null, null, null, null);

    assertThatThrownBy(() -> parameters.toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("language must be an ISO 639-1 code");
  }

  @Test
  void dropsBlankFilterValuesAndTrimsTheRest() {
    StorySearchParameters parameters =
        new StorySearchParameters(
            null,
            List.of(" APT28 ", "", "  "),
            List.of("Russia"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    StorySearchRequest request = parameters.toRequest(LIMITS);

    assertThat(request.actors()).containsExactly("APT28");
    assertThat(request.sponsorStates()).containsExactly("Russia");
  }

  @Test
  void refusesACursorThatIsNotOne() {
    assertThatThrownBy(
            () -> parameters(null, null, null, null, null, "not-a-cursor").toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("cursor is not valid");
  }

  @Test
  void refusesACursorOfAnotherSearch() {
    StorySearchRequest first = parameters("APT28", null, null, null, null, null).toRequest(LIMITS);
    String cursor =
        new SearchCursor("pit", List.of(FieldValue.of(1.5), FieldValue.of(7L)), first.fingerprint())
            .encode();

    assertThatThrownBy(
            () -> parameters("Sandworm", null, null, null, null, cursor).toRequest(LIMITS))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("cursor belongs to a different search");
  }

  @Test
  void acceptsTheCursorOfTheSameSearchWithAnotherPageSize() {
    StorySearchRequest first = parameters("APT28", null, null, null, "10", null).toRequest(LIMITS);
    String cursor =
        new SearchCursor("pit", List.of(FieldValue.of(1.5), FieldValue.of(7L)), first.fingerprint())
            .encode();

    StorySearchRequest next = parameters("APT28", null, null, null, "50", cursor).toRequest(LIMITS);

    assertThat(next.cursor().pointInTime()).isEqualTo("pit");
    assertThat(next.size()).isEqualTo(50);
  }

  private static StorySearchParameters parameters(
      String q, String from, String to, String sort, String size, String cursor) {
    return new StorySearchParameters(q, null, null, null, null, null, from, to, sort, size, cursor);
  }
}
