package io.newsintel.search.indexing;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.contract.serde.InvalidEventException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
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
    templates.put(Object.class, template(kafkaProperties, EventSerializer.class));
    return new DeadLetterPublishingRecoverer(templates);
  }

  @Bean
  DefaultErrorHandler indexingErrorHandler(
      DeadLetterPublishingRecoverer recoverer, IndexingProperties properties) {
    // Anything unexpected: three more tries, then the batch goes to the dead-letter topic.
    DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1000L, 3L));
    BackOff whileElasticsearchIsDown = outageBackOff(properties);
    handler.setBackOffFunction(
        (record, exception) ->
            causedBy(exception, ElasticsearchUnavailableException.class)
                ? whileElasticsearchIsDown
                : null);
    handler.addNotRetryableExceptions(InvalidEventException.class);
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

  static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static KafkaTemplate<String, Object> template(
      KafkaProperties kafkaProperties, Class<?> valueSerializer) {
    Map<String, Object> config = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
    return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
  }
}
