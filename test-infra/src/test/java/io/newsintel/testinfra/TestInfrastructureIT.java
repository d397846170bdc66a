package io.newsintel.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class TestInfrastructureIT {

  @Test
  void handsOutARealKafkaBroker() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
      assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
    }
  }

  @Test
  void handsOutARealElasticsearch() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestInfrastructure.elasticsearchUrl() + "/_cluster/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"number_of_nodes\":1");
  }

  @Test
  void startsTheServersOncePerJvm() {
    String first = TestInfrastructure.kafkaBootstrapServers();

    assertThat(TestInfrastructure.kafkaBootstrapServers()).isEqualTo(first);
    assertThat(TestInfrastructure.description()).isNotBlank();
  }
}
