package io.newsintel.enrich.streaming;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.contract.serde.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The topics this service produces and what happens to a story that cannot be enriched.
 *
 * <p>The listener runs in Kafka transactions, one per poll batch (the stories read, the enriched
 * stories written and the consumer offsets commit or abort together). A record that can never be
 * enriched is dead-lettered by the listener inside that transaction, so it is dead-lettered exactly
 * once; an aborted batch is read again by the {@link DefaultAfterRollbackProcessor}. The {@link
 * DefaultErrorHandler} with the same recoverer covers failures outside a transaction.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopology {

  /** Header of a dead letter with the innermost reason it could not be enriched. */
  static final String REASON_HEADER = "news_dlt-reason";

  @Bean
  KafkaAdmin.NewTopics enrichTopics(EnrichProperties properties) {
    return new KafkaAdmin.NewTopics(
        topic(Topics.NEWS_ENRICHED.name(), properties),
        topic(Topics.NEWS_ENRICHED.deadLetterName(), properties),
        topic(Topics.NEWS_RAW.deadLetterName(), properties));
  }

  private static NewTopic topic(String name, EnrichProperties properties) {
    return TopicBuilder.name(name)
        .partitions(properties.partitions())
        .replicas(properties.replicas())
        // Kept for good: search-service rebuilds its index by replaying news.enriched.
        .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
        .build();
  }

  /**
   * A record that could not be deserialized is dead-lettered as the bytes it arrived with; the
   * event serializer would otherwise write them as a base64 JSON string. Events still go out as
   * {@link EventSerializer} JSON.
   */
  @Bean
  DefaultKafkaProducerFactoryCustomizer rawBytesForDeadLetters() {
    Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
    byType.put(byte[].class, new ByteArraySerializer());
    byType.put(Object.class, new EventSerializer());
    DelegatingByTypeSerializer serializer = new DelegatingByTypeSerializer(byType, true);
    return factory -> valueSerializer(factory, serializer);
  }

  @SuppressWarnings("unchecked")
  private static void valueSerializer(
      DefaultKafkaProducerFactory<?, ?> factory, Serializer<Object> serializer) {
    ((DefaultKafkaProducerFactory<Object, Object>) factory).setValueSerializer(serializer);
  }

  @Bean
  DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(
      KafkaOperations<Object, Object> template) {
    // Partition -1 lets the producer choose by key: the dead-letter topic need not have as many
    // partitions as news.raw (the original partition and offset travel in the headers).
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template, (record, exception) -> new TopicPartition(record.topic() + "-dlt", -1));
    // Spring's exception-message header says only "failed to deserialize"; the reason an operator
    // needs is the contract's own message ("not a valid StoryIngested event: ..."), else the
    // innermost cause.
    recoverer.addHeadersFunction(
        (record, exception) ->
            new RecordHeaders(
                new Header[] {
                  new RecordHeader(
                      REASON_HEADER, reason(exception).getBytes(StandardCharsets.UTF_8))
                }));
    return recoverer;
  }

  private static String reason(Throwable exception) {
    Throwable cause = exception;
    while (!(cause instanceof InvalidEventException)
        && cause.getCause() != null
        && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }

  /**
   * After an aborted batch (the broker restarting, a fenced producer): read the batch again, with a
   * growing pause, for as long as it takes. Records that can never be enriched do not come here:
   * the listener dead-letters them inside the transaction, so retrying forever loses nothing and
   * blocks nothing.
   */
  @Bean
  DefaultAfterRollbackProcessor<Object, Object> afterRollbackProcessor(
      KafkaOperations<Object, Object> template, EnrichProperties properties) {
    ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
    backOff.setMaxInterval(30_000);
    return new DefaultAfterRollbackProcessor<>((record, exception) -> {}, backOff, template, true);
  }

  @Bean
  DefaultErrorHandler errorHandler(
      DeadLetterPublishingRecoverer recoverer, EnrichProperties properties) {
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff(properties));
    handler.addNotRetryableExceptions(InvalidEventException.class);
    return handler;
  }

  private static FixedBackOff backOff(EnrichProperties properties) {
    return new FixedBackOff(properties.retryInterval().toMillis(), properties.retryAttempts());
  }
}
