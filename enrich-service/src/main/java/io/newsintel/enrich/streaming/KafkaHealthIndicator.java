package io.newsintel.enrich.streaming;

import io.newsintel.contract.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
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
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final AdminClient client;
  private final KafkaListenerEndpointRegistry listeners;

  KafkaHealthIndicator(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners) {
    super("Kafka health check failed");
    // One client for every check (probes ask every few seconds), with timeouts short enough that
    // a dead broker makes the check DOWN rather than slow.
    Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "enrich-health");
    this.client = AdminClient.create(config);
    this.listeners = listeners;
  }

  @Override
  public void destroy() {
    client.close(Duration.ofSeconds(2));
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
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
