package io.newsintel.testinfra;

import io.newsintel.infra.InfraDistribution;
import java.util.Map;

/** The infrastructure versions of the parent pom, as local-infra's build recorded them. */
final class Versions {

  private Versions() {}

  static Map<String, String> fromBuild() {
    InfraDistribution distribution = InfraDistribution.fromBuild();
    return Map.of(
        "kafka.version", distribution.kafkaVersion(),
        "elasticsearch.version", distribution.elasticsearchVersion());
  }
}
