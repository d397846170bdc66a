package io.newsintel.search.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.newsintel.search.web.InvalidRequestException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

  @Test
  void survivesTheRoundTripWithEveryKindOfSortValue() {
    SearchCursor cursor =
        new SearchCursor(
            "46ToAwMDaWR5BXV1aWQy==",
            List.of(
                FieldValue.of(2.0),
                FieldValue.of(1764288000000L),
                FieldValue.of("x"),
                FieldValue.of(true),
                FieldValue.NULL),
            "abc123");

    SearchCursor decoded = SearchCursor.decode(cursor.encode());

    assertThat(decoded.pointInTime()).isEqualTo(cursor.pointInTime());
    assertThat(decoded.fingerprint()).isEqualTo("abc123");
    assertThat(decoded.searchAfter()).hasSize(5);
    assertThat(decoded.searchAfter().get(0).isDouble()).isTrue();
    assertThat(decoded.searchAfter().get(0).doubleValue()).isEqualTo(2.0);
    assertThat(decoded.searchAfter().get(1).longValue()).isEqualTo(1764288000000L);
    assertThat(decoded.searchAfter().get(2).stringValue()).isEqualTo("x");
    assertThat(decoded.searchAfter().get(3).booleanValue()).isTrue();
    assertThat(decoded.searchAfter().get(4).isNull()).isTrue();
  }

  @Test
  void isSafeInAUrl() {
    String encoded =
        new SearchCursor("a+b/c==", List.of(FieldValue.of(Long.MIN_VALUE)), "f").encode();

    assertThat(encoded).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void refusesJsonThatIsNotACursor() {
    String notACursor =
        Base64.getUrlEncoder().encodeToString("{\"pit\":1,\"after\":[]}".getBytes());

    assertThatThrownBy(() -> SearchCursor.decode(notACursor))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void refusesTextThatIsNotBase64() {
    assertThatThrownBy(() -> SearchCursor.decode("%%%"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
