package io.newsintel.search.alert;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares every topic of the alert feature, so that a fresh broker gets them with the right
 * partitions and cleanup policy before anything reads or writes them.
 */
@Configuration(proxyBeanMethods = false)
class AlertTopicsConfiguration {

  @Bean
  NewTopic alertsTopic(AlertTopicsProperties topics) {
    return plain(topics, topics.alerts());
  }

  @Bean
  NewTopic alertsDeadLetterTopic(AlertTopicsProperties topics) {
    return plain(topics, topics.alertsDeadLetter());
  }

  @Bean
  NewTopic alertRetriesTopic(AlertTopicsProperties topics) {
    return plain(topics, topics.retries());
  }

  @Bean
  NewTopic subscriptionsTopic(AlertTopicsProperties topics) {
    return compacted(topics, topics.subscriptions());
  }

  @Bean
  NewTopic alertedTopic(AlertTopicsProperties topics) {
    return compacted(topics, topics.alerted());
  }

  @Bean
  NewTopic alertStatusTopic(AlertTopicsProperties topics) {
    return compacted(topics, topics.status());
  }

  @Bean
  NewTopic alertDigestsTopic(AlertTopicsProperties topics) {
    return compacted(topics, topics.digests());
  }

  private static NewTopic plain(AlertTopicsProperties topics, String name) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicas())
        .build();
  }

  /** State topics: only the latest record per key matters, and it must be kept for ever. */
  private static NewTopic compacted(AlertTopicsProperties topics, String name) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicas())
        .compact()
        .build();
  }
}
