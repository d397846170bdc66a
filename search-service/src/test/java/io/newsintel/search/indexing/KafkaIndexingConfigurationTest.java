package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class KafkaIndexingConfigurationTest {

  private static final IndexingProperties PROPERTIES =
      new IndexingProperties(
          3,
          (short) 1,
          1000,
          2,
          Duration.ofMinutes(2),
          6,
          Duration.ofMillis(200),
          Duration.ofSeconds(30));

  @Test
  void keepsRetryingWhileElasticsearchIsDownWithBoundedPauses() {
    BackOffExecution execution = KafkaIndexingConfiguration.outageBackOff(PROPERTIES).start();

    long last = 0;
    for (int attempt = 0; attempt < 1000; attempt++) {
      last = execution.nextBackOff();
      assertThat(last).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(30_000L);
    }
    assertThat(last).isEqualTo(30_000L);
  }
}
