package io.newsintel.ingest.publish;

import io.newsintel.contract.Topics;
import org.apache.kafka.clients.admin.NewTopic;
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
  SeenStories seenStories() {
    return new InMemorySeenStories();
  }

  private static NewTopic topic(String name, TopicProperties topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .build();
  }
}
