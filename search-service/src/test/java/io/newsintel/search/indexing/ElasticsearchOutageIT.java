package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.ElasticsearchTestClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TcpProxy;
import io.newsintel.search.TestStories;
import io.newsintel.testinfra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Elasticsearch goes away mid-stream (the connection is cut by a proxy) and comes back: the
 * consumer holds its offsets, dead-letters nothing, and indexes every story once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class ElasticsearchOutageIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-outage-" + RUN;
  private static final String GROUP = "search-it-outage-" + RUN;
  private static final String SOURCE = "Outage IT " + RUN;

  private static TcpProxy proxy;
  private static KafkaTestSupport kafka;
  private static ElasticsearchClient direct;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
    proxy = new TcpProxy(TestInfrastructure.elasticsearchUrl());
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", proxy::url);
    registry.add("search.elasticsearch.socket-timeout", () -> "3s");
    registry.add("search.indexing.bulk-timeout", () -> "5s");
    registry.add("search.indexing.outage-retry-max-interval", () -> "1s");
    registry.add("search.index.alias", () -> ALIAS);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
  }

  @BeforeAll
  static void connect() {
    kafka = new KafkaTestSupport();
    direct = ElasticsearchTestClient.create();
  }

  @AfterAll
  static void disconnect() throws Exception {
    kafka.close();
    proxy.close();
  }

  @Test
  void holdsOffsetsDuringAnOutageAndIndexesEverythingWhenElasticsearchIsBack() {
    String first = "it-" + RUN + "-before";
    RecordMetadata before =
        kafka.publish(
            first,
            TestStories.ordinary(first, "Before the outage", SOURCE, Instant.now(), Instant.now()));
    await().atMost(Duration.ofSeconds(30)).until(() -> kafka.committedPast(GROUP, before));

    proxy.cutOff();
    List<StoryEnriched> during = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = "it-" + RUN + "-during-" + i;
      keys.add(id);
      during.add(
          TestStories.ordinary(id, "During the outage " + i, SOURCE, Instant.now(), Instant.now()));
    }
    List<RecordMetadata> sent = kafka.publishAll(during);
    RecordMetadata last = sent.get(sent.size() - 1);

    // While Elasticsearch is unreachable nothing is acknowledged, so nothing is committed.
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(8))
        .until(() -> sent.stream().noneMatch(r -> kafka.committedPast(GROUP, r)));
    assertThat(ElasticsearchTestClient.count(direct, ALIAS, SOURCE)).isEqualTo(1);

    proxy.restore();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ElasticsearchTestClient.count(direct, ALIAS, SOURCE) == 31);
    await().atMost(Duration.ofSeconds(30)).until(() -> kafka.committedPast(GROUP, last));
    assertThat(KafkaTestSupport.deadLetters(keys)).isEmpty();
  }
}
