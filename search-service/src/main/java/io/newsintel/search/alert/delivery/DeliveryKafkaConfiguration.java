package io.newsintel.search.alert.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertStorageException;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.noise.NoiseControl;
import io.newsintel.search.alert.noise.NoiseProperties;
import io.newsintel.search.alert.subscription.DeliveryStatusStore;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import io.newsintel.search.alert.subscription.WebhookAddressGuard;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The delivery listeners' containers. Built here rather than from Boot's factory: the indexing
 * listener owns that one (batch mode, its error handler); these are record listeners with their own
 * consumer settings and error handling. No error handler or consumer factory is exposed as a bean,
 * so Boot's auto-configuration of the indexing side is untouched.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryKafkaConfiguration {

  static final String DELIVERY_CONTAINER_FACTORY = "alertDeliveryContainerFactory";
  static final String RETRY_CONTAINER_FACTORY = "alertRetryContainerFactory";
  static final java.time.Duration RETRY_POLL_TIMEOUT = java.time.Duration.ofMillis(200);

  private static final Logger log = LoggerFactory.getLogger(DeliveryKafkaConfiguration.class);

  @Bean(DELIVERY_CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> alertDeliveryContainerFactory(
      AlertKafkaClients kafka, DeliveryProperties properties) {
    // One commit per poll, not per record: a synchronous commit per alert caps delivery at a few
    // hundred alerts a second. After a crash the records of the last poll are delivered again
    // (receivers de-duplicate on X-Alert-Delivery-Id), which a per-record commit would not avoid
    // either.
    return factory(kafka, properties, ContainerProperties.AckMode.BATCH);
  }

  @Bean(RETRY_CONTAINER_FACTORY)
  ConcurrentKafkaListenerContainerFactory<String, byte[]> alertRetryContainerFactory(
      AlertKafkaClients kafka, DeliveryProperties properties) {
    ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
        factory(kafka, properties, ContainerProperties.AckMode.MANUAL);
    // A paused consumer notices that its pause is over only when a poll returns: short polls
    // keep retries close to their due time.
    factory.getContainerProperties().setPollTimeout(RETRY_POLL_TIMEOUT.toMillis());
    return factory;
  }

  private static ConcurrentKafkaListenerContainerFactory<String, byte[]> factory(
      AlertKafkaClients kafka, DeliveryProperties properties, ContainerProperties.AckMode ackMode) {
    Map<String, Object> config = kafka.consumerConfig(properties.groupId());
    // Each record may wait for a webhook's timeout: few per poll keeps far from
    // max.poll.interval.ms.
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
    ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config));
    factory.setConcurrency(properties.concurrency());
    factory.setBatchListener(false);
    factory.getContainerProperties().setAckMode(ackMode);
    factory.setCommonErrorHandler(errorHandler());
    return factory;
  }

  /**
   * While Kafka cannot store a retry or a dead letter, the record is tried again for as long as
   * that lasts (nothing is lost); anything else unexpected gets three more tries, then is logged
   * and skipped.
   */
  private static DefaultErrorHandler errorHandler() {
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, e) ->
                log.error(
                    "Gave up on {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString()),
            new FixedBackOff(1000L, 3L));
    ExponentialBackOff whileKafkaIsDown = new ExponentialBackOff(500L, 2.0);
    whileKafkaIsDown.setMaxInterval(30_000L);
    whileKafkaIsDown.setMaxElapsedTime(Long.MAX_VALUE);
    handler.setBackOffFunction(
        (record, e) -> causedBy(e, AlertStorageException.class) ? whileKafkaIsDown : null);
    return handler;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  @Bean
  DeliveryMetrics deliveryMetrics(MeterRegistry registry) {
    return new DeliveryMetrics(registry);
  }

  @Bean
  WebhookDispatcher webhookDispatcher(
      SubscriptionRegistry registry,
      DeliveryStatusStore statuses,
      WebhookAddressGuard guard,
      DeliveryProperties properties,
      AlertKafkaClients kafka,
      AlertTopicsProperties topics,
      DeliveryMetrics metrics) {
    return new WebhookDispatcher(
        registry,
        statuses,
        new WebhookSender(guard, properties),
        new DeliveryBackoff(
            properties.initialBackoff(),
            properties.maxBackoff(),
            properties.giveUpAfter(),
            bound -> ThreadLocalRandom.current().nextLong(bound)),
        new DeliveryRetries(kafka, topics),
        new AlertDeadLetters(kafka, topics),
        metrics,
        Clock.systemUTC());
  }

  @Bean
  AlertDeliveryListener alertDeliveryListener(
      SubscriptionRegistry registry,
      DeliveryStatusStore statuses,
      NoiseControl noise,
      WebhookDispatcher dispatcher,
      AlertKafkaClients kafka,
      AlertTopicsProperties topics,
      DeliveryMetrics metrics) {
    return new AlertDeliveryListener(
        registry,
        statuses,
        noise,
        dispatcher,
        new AlertDeadLetters(kafka, topics),
        metrics,
        Clock.systemUTC());
  }

  @Bean
  DeliveryRetryListener deliveryRetryListener(
      WebhookDispatcher dispatcher, AlertKafkaClients kafka, AlertTopicsProperties topics) {
    return new DeliveryRetryListener(
        dispatcher, new AlertDeadLetters(kafka, topics), Clock.systemUTC());
  }

  @Bean
  DigestFlusher digestFlusher(
      NoiseControl noise,
      SubscriptionRegistry registry,
      WebhookDispatcher dispatcher,
      KafkaListenerEndpointRegistry containers,
      AlertKafkaClients kafka,
      AlertTopicsProperties topics,
      NoiseProperties properties) {
    return new DigestFlusher(
        noise, registry, dispatcher, containers, kafka, topics, properties, Clock.systemUTC());
  }
}
