package io.newsintel.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.search.index.StoryIndexManager;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Rebuilding the index from the topic while the service keeps indexing and answering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IndexRebuildIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-rebuild-" + RUN;
  private static final String GROUP = "search-it-rebuild-" + RUN;
  private static final String SOURCE = "Rebuild IT " + RUN;
  private static final String SEARCH =
      "/api/stories?size=1&source=" + URLEncoder.encode(SOURCE, StandardCharsets.UTF_8);
  private static final int BEFORE = 300;
  private static final int DURING = 40;

  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> ALIAS);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
  }

  @LocalServerPort int port;
  @Autowired IndexRebuilder rebuilder;
  @Autowired StoryIndexManager indexManager;
  @Autowired ElasticsearchClient elasticsearch;

  @BeforeAll
  static void connect() {
    kafka = new KafkaTestSupport();
  }

  @AfterAll
  static void disconnect() {
    kafka.close();
  }

  @Test
  void rebuildsIntoANewIndexAndSwapsTheAliasWhileSearchesKeepWorking() throws Exception {
    kafka.publishAll(stories("before", BEFORE));
    ApiClient api = new ApiClient(port);
    await().atMost(Duration.ofSeconds(60)).until(() -> total(api) == BEFORE);
    String previous = indexManager.currentIndex().orElseThrow();

    // Searches and new stories keep coming while the rebuild runs.
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    List<String> failures = new CopyOnWriteArrayList<>();
    List<Long> totals = new CopyOnWriteArrayList<>();
    Thread searcher =
        new Thread(
            () -> {
              while (rebuilding.get()) {
                ApiClient.Response response = api.get(SEARCH);
                if (response.status() != 200) {
                  failures.add(response.status() + " " + response.body());
                } else {
                  totals.add(response.json().get("total").asLong());
                }
              }
            });
    searcher.start();
    Thread publisher = new Thread(() -> kafka.publishAll(stories("during", DURING)));
    publisher.start();

    List<String> progress = new CopyOnWriteArrayList<>();
    RebuildReport report;
    try {
      report = rebuilder.rebuild(progress::add, false);
    } finally {
      publisher.join();
      rebuilding.set(false);
      searcher.join();
    }

    assertThat(failures).isEmpty();
    assertThat(totals).isNotEmpty().allMatch(t -> t >= BEFORE);
    assertThat(report.previousIndex()).isEqualTo(previous);
    assertThat(report.newIndex()).isNotEqualTo(previous).startsWith(ALIAS + "-v");
    assertThat(indexManager.currentIndex()).contains(report.newIndex());
    assertThat(elasticsearch.indices().exists(e -> e.index(previous)).value()).isFalse();
    assertThat(progress)
        .anyMatch(line -> line.startsWith("Replaying"))
        .anyMatch(line -> line.contains("swapped"))
        .anyMatch(line -> line.startsWith("Rebuild done"));
    // Nothing is lost: stories indexed live during the rebuild are in the new index too.
    await().atMost(Duration.ofSeconds(60)).until(() -> total(api) == BEFORE + DURING);
  }

  private static long total(ApiClient api) {
    return api.getJson(SEARCH).get("total").asLong();
  }

  private static List<StoryEnriched> stories(String phase, int count) {
    List<StoryEnriched> stories = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "it-" + RUN + "-" + phase + "-" + i;
      stories.add(
          TestStories.ordinary(
              id, "Rail timetable " + phase + " " + i, SOURCE, Instant.now(), Instant.now()));
    }
    return stories;
  }
}
