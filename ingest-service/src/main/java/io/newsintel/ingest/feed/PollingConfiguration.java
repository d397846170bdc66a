package io.newsintel.ingest.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchProperties;
import io.newsintel.ingest.parse.FeedParser;
import io.newsintel.ingest.publish.StoryPublisher;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
  FeedRegistry feedRegistry(IngestProperties properties) {
    return new FeedRegistry(properties);
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
    return new FeedPoller(fetcher, parser, publisher, schedule, clock, meters);
  }

  @Bean
  PollScheduler pollScheduler(
      FeedRegistry registry, FeedPoller poller, IngestProperties properties, Clock clock) {
    return new PollScheduler(registry, poller, properties, clock);
  }
}
