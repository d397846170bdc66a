package io.newsintel.search.indexing;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** Whether the broker answers; Boot has no Kafka health indicator of its own. */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final KafkaAdmin kafkaAdmin;
  private volatile AdminClient adminClient;

  KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
    super("Kafka health check failed");
    this.kafkaAdmin = kafkaAdmin;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    DescribeClusterResult cluster =
        admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000));
    builder
        .up()
        .withDetail("clusterId", cluster.clusterId().get(3, TimeUnit.SECONDS))
        .withDetail("nodes", cluster.nodes().get(3, TimeUnit.SECONDS).size());
  }

  private AdminClient admin() {
    AdminClient admin = adminClient;
    if (admin == null) {
      synchronized (this) {
        if (adminClient == null) {
          Map<String, Object> config =
              new java.util.HashMap<>(kafkaAdmin.getConfigurationProperties());
          config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
          config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
          adminClient = AdminClient.create(config);
        }
        admin = adminClient;
      }
    }
    return admin;
  }

  @Override
  public void destroy() {
    AdminClient admin = adminClient;
    if (admin != null) {
      admin.close();
    }
  }
}
