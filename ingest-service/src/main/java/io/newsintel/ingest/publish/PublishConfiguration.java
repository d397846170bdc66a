package io.newsintel.ingest.publish;

import io.newsintel.contract.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class PublishConfiguration {

  @Bean
  KafkaAdmin.NewTopics newsRawTopics(TopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        topic(Topics.NEWS_RAW.name(), topics), topic(Topics.NEWS_RAW.deadLetterName(), topics));
  }

  @Bean
  KafkaAdmin.NewTopics seenStoriesTopic(TopicProperties topics) {
    return new KafkaAdmin.NewTopics(
        TopicBuilder.name(topics.seenStories())
            .partitions(topics.partitions())
            .replicas(topics.replicationFactor())
            .compact()
            .config(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete")
            .config(
                TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(topics.seenStoriesRetention().toMillis()))
            .build());
  }

  @Bean
  KafkaSeenStories seenStories(KafkaProperties kafka, TopicProperties topics) {
    return new KafkaSeenStories(
        kafka.buildConsumerProperties(),
        kafka.buildProducerProperties(),
        topics.seenStories(),
        Duration.ofSeconds(60));
  }

  private static NewTopic topic(String name, TopicProperties topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .build();
  }
}
