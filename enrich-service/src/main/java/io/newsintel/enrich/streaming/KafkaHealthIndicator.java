package io.newsintel.enrich.streaming;

import io.newsintel.contract.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Kafka in {@code /actuator/health} (Boot has no Kafka indicator): the broker answers, and the
 * enrichment listener is running.
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final KafkaAdmin admin;
  private final KafkaListenerEndpointRegistry listeners;

  KafkaHealthIndicator(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners) {
    super("Kafka health check failed");
    this.admin = admin;
    this.listeners = listeners;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    Map<String, Object> config = admin.getConfigurationProperties();
    try (AdminClient client = AdminClient.create(config)) {
      DescribeClusterResult cluster =
          client.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
      String clusterId = cluster.clusterId().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      int brokers = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      MessageListenerContainer container = listeners.getListenerContainer("enrich");
      boolean running = container != null && container.isRunning();
      builder
          .status(running ? "UP" : "DOWN")
          .withDetail("clusterId", clusterId)
          .withDetail("brokers", brokers)
          .withDetail("input", Topics.NEWS_RAW.name())
          .withDetail("output", Topics.NEWS_ENRICHED.name())
          .withDetail("listenerRunning", running);
    }
  }
}
