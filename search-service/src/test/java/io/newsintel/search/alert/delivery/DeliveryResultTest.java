package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.search.alert.delivery.DeliveryResult.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryResultTest {

  @ParameterizedTest
  @CsvSource({
    "200, DELIVERED",
    "204, DELIVERED",
    "500, RETRYABLE",
    "503, RETRYABLE",
    "429, RETRYABLE",
    "408, RETRYABLE",
    "301, PERMANENT",
    "307, PERMANENT",
    "400, PERMANENT",
    "404, PERMANENT",
    "410, PERMANENT"
  })
  void statusDecidesWhetherToRetry(int status, Outcome outcome) {
    assertThat(DeliveryResult.ofStatus(status).outcome()).isEqualTo(outcome);
  }
}
