package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void aTakenPortIsASentenceNamingTheServerAndTheVariableThatMovesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Ports.claim(port, "Kafka", "KAFKA_PORT"))
          .isInstanceOf(InfrastructureException.class)
          .hasMessage(
              "Port "
                  + port
                  + " for Kafka is already in use by another process. Stop that process, or choose"
                  + " another port with KAFKA_PORT=<port>.");
    }
  }

  @Test
  void portZeroMeansAnyFreePort() {
    int port = Ports.claim(0, "Elasticsearch", "ELASTICSEARCH_PORT");

    assertThat(port).isPositive();
    assertThat(Ports.isListening(port)).isFalse();
  }
}
