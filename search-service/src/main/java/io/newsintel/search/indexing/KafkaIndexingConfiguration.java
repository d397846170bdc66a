package io.newsintel.search.indexing;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.contract.serde.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Topics, dead-lettering and the one error handler of the indexing listener. */
@Configuration(proxyBeanMethods = false)
class KafkaIndexingConfiguration {

  @Bean
  NewTopic enrichedTopic(IndexingProperties properties) {
    // Declared here too (same defaults as enrich-service) so that the listener never subscribes
    // to a topic that does not exist yet when this service starts first.
    return TopicBuilder.name(Topics.NEWS_ENRICHED.name())
        .partitions(properties.topicPartitions())
        .replicas(properties.topicReplicas())
        .build();
  }

  @Bean
  NewTopic enrichedDeadLetterTopic(IndexingProperties properties) {
    // At least as many partitions as the source: the recoverer keeps the partition number.
    return TopicBuilder.name(Topics.NEWS_ENRICHED.deadLetterName())
        .partitions(properties.topicPartitions())
        .replicas(properties.topicReplicas())
        .build();
  }

  @Bean
  DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaProperties kafkaProperties) {
    // Records that could not be read are republished as their original bytes, valid ones as
    // events; one template per value type, most specific first.
    Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
    templates.put(byte[].class, template(kafkaProperties, ByteArraySerializer.class));
    // Stories Elasticsearch refused: their bytes exactly as they were read.
    templates.put(IndexableStory.class, template(kafkaProperties, IndexableStorySerializer.class));
    templates.put(Object.class, template(kafkaProperties, EventSerializer.class));
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates);
    recoverer.addHeadersFunction(
        (record, exception) ->
            new RecordHeaders(
                new Header[] {
                  new RecordHeader(
                      DeadLetterReason.HEADER,
                      DeadLetterReason.of(exception).getBytes(StandardCharsets.UTF_8))
                }));
    return recoverer;
  }

  @Bean
  DefaultErrorHandler indexingErrorHandler(
      DeadLetterPublishingRecoverer recoverer, IndexingProperties properties) {
    // Anything unexpected: three more tries, then the batch goes to the dead-letter topic.
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000L, 3L));
    // An outage of Elasticsearch or Kafka (indexing, alert raising after indexing, dead-letter
    // publishing): no limit on attempts, since nothing is wrong with the records.
    BackOff whileInfrastructureIsDown = outageBackOff(properties);
    handler.setBackOffFunction(
        (record, exception) ->
            InfrastructureOutage.isOutage(exception) ? whileInfrastructureIsDown : null);
    handler.addNotRetryableExceptions(InvalidEventException.class);
    handler.setRetryListeners(new OutageLog());
    return handler;
  }

  /**
   * Retries for as long as the outage lasts, with pauses growing to a bound: the error handler
   * pauses the consumer meanwhile, so no record is skipped or dead-lettered for an outage.
   */
  static BackOff outageBackOff(IndexingProperties properties) {
    ExponentialBackOff backOff = new ExponentialBackOff(500L, 2.0);
    backOff.setMaxInterval(Math.max(500L, properties.outageRetryMaxInterval().toMillis()));
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return backOff;
  }

  /** Says in the log why a batch is held, since the error handler logs retries at debug only. */
  private static final class OutageLog implements RetryListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedStoryListener.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {}

    @Override
    public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int deliveryAttempt) {
      if (InfrastructureOutage.isOutage(ex)) {
        log.warn(
            "Batch of {} records held, attempt {} failed, will retry until the infrastructure is"
                + " back: {}",
            records.count(),
            deliveryAttempt,
            outageCause(ex));
      } else {
        log.warn(
            "Batch of {} records failed (attempt {}): {}",
            records.count(),
            deliveryAttempt,
            String.valueOf(ex));
      }
    }

    /** The outage exception itself, with its message, rather than the container's wrappers. */
    private static String outageCause(Throwable failure) {
      Throwable t = failure;
      while (t.getCause() != null && t.getCause() != t) {
        if (t instanceof InfrastructureUnavailableException) {
          break;
        }
        t = t.getCause();
      }
      return String.valueOf(t);
    }
  }

  /** Writes a story back as the bytes it was read from. */
  public static final class IndexableStorySerializer implements Serializer<IndexableStory> {

    @Override
    public byte[] serialize(String topic, IndexableStory story) {
      return story == null ? null : story.json();
    }
  }

  private static KafkaTemplate<String, Object> template(
      KafkaProperties kafkaProperties, Class<?> valueSerializer) {
    Map<String, Object> config = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
    return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
  }
}
