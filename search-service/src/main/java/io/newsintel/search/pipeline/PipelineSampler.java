package io.newsintel.search.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsintel.search.pipeline.KafkaOffsets.KafkaQueryException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the pipeline's offsets every sample interval: the rates need a history, and one reader
 * keeps the Admin API load the same however many dashboards are open. Also publishes the lag and
 * end offsets as gauges ({@code news_consumer_lag{group,topic}}, {@code news_topic_end_offset}).
 */
@Component
class PipelineSampler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PipelineSampler.class);

  private final KafkaOffsets offsets;
  private final IndexedStories indexed;
  private final PipelineProperties properties;
  private final Clock clock;
  private final RateWindow window;
  private final MultiGauge lagGauge;
  private final MultiGauge endOffsetGauge;
  private volatile PipelineSnapshot latest = PipelineSnapshot.NONE;
  private ScheduledExecutorService executor;

  PipelineSampler(
      KafkaOffsets offsets,
      IndexedStories indexed,
      PipelineProperties properties,
      MeterRegistry registry) {
    this.offsets = offsets;
    this.indexed = indexed;
    this.properties = properties;
    this.clock = Clock.systemUTC();
    this.window = new RateWindow(properties.rateWindow());
    this.lagGauge =
        MultiGauge.builder("news.consumer.lag")
            .description("Records on a topic not yet consumed by a consumer group")
            .register(registry);
    this.endOffsetGauge =
        MultiGauge.builder("news.topic.end.offset")
            .description("End offset of a topic, summed over its partitions")
            .register(registry);
  }

  PipelineSnapshot latest() {
    return latest;
  }

  Rates rates() {
    return window.rates();
  }

  void sample() {
    Instant at = clock.instant();
    long indexedSoFar = indexed.count();
    try {
      Set<String> topics = new LinkedHashSet<>(properties.topics());
      topics.add(properties.rawTopic());
      topics.add(properties.enrichedTopic());
      Map<TopicPartition, Long> ends = offsets.endOffsets(topics);
      List<ConsumerGroupLag> lags = offsets.lags(ends, properties.groups());
      window.add(
          new PipelineSample(
              at,
              sum(ends, properties.rawTopic()),
              sum(ends, properties.enrichedTopic()),
              indexedSoFar));
      List<TopicEnd> topicEnds = new ArrayList<>();
      for (String topic : properties.topics()) {
        if (ends.keySet().stream().anyMatch(p -> p.topic().equals(topic))) {
          topicEnds.add(new TopicEnd(topic, sum(ends, topic)));
        }
      }
      latest = new PipelineSnapshot(at, List.copyOf(topicEnds), lags, null);
      publishGauges(topicEnds, lags);
    } catch (KafkaQueryException | RuntimeException e) {
      String reason = "Kafka did not answer the offset query: " + e.getMessage();
      if (latest.error() == null) {
        log.warn("{}; the pipeline view keeps the last offsets until it answers", reason);
      }
      latest = latest.failed(reason);
    }
  }

  static long sum(Map<TopicPartition, Long> ends, String topic) {
    return ends.entrySet().stream()
        .filter(e -> e.getKey().topic().equals(topic))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private void publishGauges(List<TopicEnd> topicEnds, List<ConsumerGroupLag> lags) {
    lagGauge.register(
        lags.stream()
            .map(
                lag ->
                    MultiGauge.Row.of(
                        Tags.of("group", lag.group(), "topic", lag.topic()), lag.lag()))
            .toList(),
        true);
    endOffsetGauge.register(
        topicEnds.stream()
            .map(end -> MultiGauge.Row.of(Tags.of("topic", end.topic()), end.endOffset()))
            .toList(),
        true);
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "pipeline-sampler");
              thread.setDaemon(true);
              return thread;
            });
    long interval = properties.sampleInterval().toMillis();
    executor.scheduleWithFixedDelay(this::sample, 0, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
