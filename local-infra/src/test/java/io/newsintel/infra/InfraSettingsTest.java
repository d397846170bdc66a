package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraSettingsTest {

  @Test
  void defaultsAreThePortsOfTheDesign() {
    InfraSettings settings = InfraSettings.fromEnvironment(Map.of());

    assertThat(settings.kafkaPort()).isEqualTo(9092);
    assertThat(settings.elasticsearchPort()).isEqualTo(9200);
    assertThat(settings.keepData()).isFalse();
  }

  @Test
  void portsComeFromTheEnvironment() {
    InfraSettings settings =
        InfraSettings.fromEnvironment(Map.of("KAFKA_PORT", "19092", "ELASTICSEARCH_PORT", "19200"));

    assertThat(settings.kafkaPort()).isEqualTo(19092);
    assertThat(settings.elasticsearchPort()).isEqualTo(19200);
  }

  @Test
  void anInvalidPortIsRefusedWithItsName() {
    assertThatThrownBy(() -> InfraSettings.fromEnvironment(Map.of("KAFKA_PORT", "90000")))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageStartingWith("KAFKA_PORT=90000 is not a valid number");
  }

  @Test
  void testsTakeFreePortsSoTheyNeverCollideWithARunningStack() {
    InfraSettings settings = InfraSettings.forTests(Map.of("KAFKA_PORT", "19092"));

    assertThat(settings.kafkaPort()).isZero();
    assertThat(settings.elasticsearchPort()).isZero();
  }
}
