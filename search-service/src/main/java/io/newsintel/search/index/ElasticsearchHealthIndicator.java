package io.newsintel.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Cluster health plus the index behind the alias; {@code GET /} answers 405 on this server. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

  private final ElasticsearchClient client;
  private final StoryIndexManager indexManager;

  ElasticsearchHealthIndicator(ElasticsearchClient client, StoryIndexManager indexManager) {
    super("Elasticsearch health check failed");
    this.client = client;
    this.indexManager = indexManager;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    HealthResponse health = client.cluster().health();
    switch (health.status()) {
      case Green, Yellow -> builder.up();
      default -> builder.down();
    }
    builder
        .withDetail("cluster", health.clusterName())
        .withDetail("status", health.status().jsonValue())
        .withDetail("alias", indexManager.alias())
        .withDetail("index", indexManager.currentIndex().orElse("(none)"));
  }
}
