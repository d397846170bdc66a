package io.newsintel.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PipelineSummariesTest {

  @Test
  void lagIsSummedPerTopicOverThePartitionsTheGroupCommittedOn() {
    Map<TopicPartition, Long> ends =
        Map.of(
            new TopicPartition("news.raw", 0), 100L,
            new TopicPartition("news.raw", 1), 40L,
            new TopicPartition("news.raw", 2), 7L,
            new TopicPartition("news.enriched", 0), 90L);
    Map<TopicPartition, OffsetAndMetadata> committed = new java.util.HashMap<>();
    committed.put(new TopicPartition("news.raw", 0), new OffsetAndMetadata(95));
    committed.put(new TopicPartition("news.raw", 1), new OffsetAndMetadata(40));
    committed.put(new TopicPartition("news.raw", 2), null);
    committed.put(new TopicPartition("news.enriched", 0), new OffsetAndMetadata(60));

    List<ConsumerGroupLag> lags = KafkaOffsets.lagByTopic("enrich-service", committed, ends);

    assertThat(lags)
        .containsExactly(
            new ConsumerGroupLag("enrich-service", "news.enriched", 30),
            new ConsumerGroupLag("enrich-service", "news.raw", 5));
  }

  @Test
  void summaryCountsFailingFeedsAndKeepsTheirLastError() {
    FeedsSummary summary =
        IngestFeeds.summarise(
            List.of(
                new IngestFeeds.FeedLine("a", "https://unn.ua/rss/news_uk.xml", "UNN", null, false),
                new IngestFeeds.FeedLine(
                    "b", "https://gone.example.org/feed", "Gone", "HTTP 404", true)));

    assertThat(summary.total()).isEqualTo(2);
    assertThat(summary.failing()).isEqualTo(1);
    assertThat(summary.failingFeeds())
        .containsExactly(
            new FeedsSummary.FailingFeed("b", "https://gone.example.org/feed", "Gone", "HTTP 404"));
  }

  @Test
  void feedsAddressIsBuiltFromTheBaseUrlWithOrWithoutATrailingSlash() {
    assertThat(IngestFeeds.feedsUri(URI.create("http://ingest:8081")))
        .isEqualTo(URI.create("http://ingest:8081/api/feeds"));
    assertThat(IngestFeeds.feedsUri(URI.create("http://ingest:8081/")))
        .isEqualTo(URI.create("http://ingest:8081/api/feeds"));
  }
}
