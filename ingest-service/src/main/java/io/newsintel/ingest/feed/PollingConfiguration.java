package io.newsintel.ingest.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.ingest.article.FullTextFetcher;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchProperties;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.publish.StoryPublisher;
import io.newsintel.ingest.publish.TopicProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class PollingConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  FeedFetcher feedFetcher(FetchProperties properties) {
    return new FeedFetcher(properties);
  }

  @Bean
  FeedParser feedParser() {
    return new FeedParser();
  }

  @Bean
  KafkaAdmin.NewTopics feedRegistryTopic(TopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        TopicBuilder.name(topics.feeds())
            .partitions(topics.partitions())
            .replicas(topics.replicationFactor())
            .compact()
            .build());
  }

  @Bean
  KafkaFeedStore feedStore(KafkaProperties kafka, TopicProperties topics) {
    return new KafkaFeedStore(
        kafka.buildConsumerProperties(),
        kafka.buildProducerProperties(),
        topics.feeds(),
        topics.feedOwnersGroup(),
        Duration.ofSeconds(60));
  }

  @Bean
  FeedRegistry feedRegistry(IngestProperties properties, FeedStore store) {
    return new FeedRegistry(properties, store);
  }

  @Bean
  FeedPoller feedPoller(
      FeedFetcher fetcher,
      FeedParser parser,
      StoryPublisher publisher,
      IngestProperties properties,
      Clock clock,
      MeterRegistry meters) {
    PollSchedule schedule =
        new PollSchedule(
            properties.jitter(),
            properties.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    FullTextFetcher fullText =
        new FullTextFetcher(
            fetcher, outcome -> meters.counter("ingest.fulltext", "result", outcome).increment());
    return new FeedPoller(fetcher, parser, fullText, publisher, schedule, clock, meters);
  }

  @Bean
  PollScheduler pollScheduler(
      FeedRegistry registry, FeedPoller poller, IngestProperties properties, Clock clock) {
    return new PollScheduler(registry, poller, properties, clock);
  }
}
