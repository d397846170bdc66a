package io.newsintel.search.alert.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.search.web.InvalidRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamPositionTest {

  @Test
  void eventIdRoundTripsInPartitionOrder() {
    StreamPosition position = StreamPosition.of(Map.of(2, 30L, 0, 12L, 1, 7L));

    assertThat(position.encode()).isEqualTo("0:12,1:7,2:30");
    assertThat(StreamPosition.parse(position.encode())).isEqualTo(position);
  }

  @Test
  void partitionTheIdDoesNotNameIsReadFromItsBeginning() {
    StreamPosition position = StreamPosition.parse("0:12,1:7");

    assertThat(position.resumeAt(1)).isEqualTo(7);
    assertThat(position.resumeAt(2)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "0:", ":5", "0:1;1:2", "-1:4", "0:99999999999999999999"})
  void refusesIdsThisStreamNeverGaveOut(String id) {
    assertThatThrownBy(() -> StreamPosition.parse(id))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Last-Event-ID");
  }
}
