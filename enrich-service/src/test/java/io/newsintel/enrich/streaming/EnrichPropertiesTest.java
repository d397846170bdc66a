package io.newsintel.enrich.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnrichPropertiesTest {

  @Test
  void keepsTheConfiguredGroupByDefault() {
    assertThat(properties(false).groupId("enrich-service", "abc123")).isEqualTo("enrich-service");
  }

  @Test
  void aNewCatalogStartsANewGroupThatReplaysTheRawTopic() {
    EnrichProperties replay = properties(true);

    assertThat(replay.groupId("enrich-service", "abc123"))
        .isEqualTo("enrich-service-catalog-abc123")
        .isNotEqualTo(replay.groupId("enrich-service", "def456"));
  }

  private static EnrichProperties properties(boolean replay) {
    return new EnrichProperties(3, (short) 1, 2, Duration.ofMillis(500), replay);
  }
}
