package io.newsintel.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToOneHundred() {
    List<Long> values = new ArrayList<>();
    for (long v = 100; v >= 1; v--) {
      values.add(v);
    }
    Collections.shuffle(values);
    Percentiles percentiles = new Percentiles(values);
    assertThat(percentiles.at(50)).isEqualTo(50);
    assertThat(percentiles.at(99)).isEqualTo(99);
    assertThat(percentiles.at(100)).isEqualTo(100);
    assertThat(percentiles.count()).isEqualTo(100);
  }

  @Test
  void noMeasurementsGiveMinusOne() {
    assertThat(new Percentiles(List.of()).at(99)).isEqualTo(-1);
  }
}
