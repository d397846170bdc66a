package io.newsintel.search.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * End offsets and consumer-group lag through the Kafka Admin API: the broker's own numbers, the
 * same that {@code kafka-consumer-groups.sh --describe} prints.
 */
@Component
class KafkaOffsets implements DisposableBean {

  private final Admin admin;
  private final Duration timeout;

  KafkaOffsets(KafkaAdmin kafkaAdmin, PipelineProperties properties) {
    this.timeout = properties.kafkaTimeout();
    Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
    int millis = (int) timeout.toMillis();
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "search-pipeline-offsets");
    this.admin = Admin.create(config);
  }

  /** The end offset of every partition of those topics that exist; a missing topic is skipped. */
  Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws KafkaQueryException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    for (Map.Entry<String, KafkaFuture<TopicDescription>> topic :
        admin.describeTopics(topics).topicNameValues().entrySet()) {
      try {
        TopicDescription description = await(topic.getValue());
        description
            .partitions()
            .forEach(
                p ->
                    request.put(
                        new TopicPartition(topic.getKey(), p.partition()), OffsetSpec.latest()));
      } catch (KafkaQueryException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
    }
    if (request.isEmpty()) {
      return Map.of();
    }
    Map<TopicPartition, ListOffsetsResultInfo> answers = await(admin.listOffsets(request).all());
    Map<TopicPartition, Long> ends = new HashMap<>();
    answers.forEach((partition, info) -> ends.put(partition, info.offset()));
    return ends;
  }

  /**
   * Lag of each group on each of those partitions it has committed offsets for, summed by topic.
   *
   * @param groups the groups to ask about; empty: every consumer group of the cluster
   */
  List<ConsumerGroupLag> lags(Map<TopicPartition, Long> ends, List<String> groups)
      throws KafkaQueryException {
    if (ends.isEmpty()) {
      return List.of();
    }
    List<String> groupIds = groups.isEmpty() ? consumerGroups() : groups;
    if (groupIds.isEmpty()) {
      return List.of();
    }
    ListConsumerGroupOffsetsSpec spec =
        new ListConsumerGroupOffsetsSpec().topicPartitions(ends.keySet());
    Map<String, ListConsumerGroupOffsetsSpec> request = new LinkedHashMap<>();
    groupIds.forEach(group -> request.put(group, spec));
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
        await(admin.listConsumerGroupOffsets(request).all());
    List<ConsumerGroupLag> lags = new ArrayList<>();
    new TreeMap<>(committed)
        .forEach((group, offsets) -> lags.addAll(lagByTopic(group, offsets, ends)));
    return lags;
  }

  /** Sums per topic; a partition the group never committed on has no known lag and is left out. */
  static List<ConsumerGroupLag> lagByTopic(
      String group,
      Map<TopicPartition, OffsetAndMetadata> offsets,
      Map<TopicPartition, Long> ends) {
    Map<String, Long> byTopic = new TreeMap<>();
    offsets.forEach(
        (partition, committed) -> {
          Long end = ends.get(partition);
          if (committed != null && end != null) {
            byTopic.merge(partition.topic(), Math.max(0, end - committed.offset()), Long::sum);
          }
        });
    return byTopic.entrySet().stream()
        .map(e -> new ConsumerGroupLag(group, e.getKey(), e.getValue()))
        .toList();
  }

  private List<String> consumerGroups() throws KafkaQueryException {
    Collection<GroupListing> listings =
        await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all());
    return listings.stream().map(GroupListing::groupId).sorted().toList();
  }

  private <T> T await(KafkaFuture<T> future) throws KafkaQueryException {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new KafkaQueryException(e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaQueryException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaQueryException(e);
    }
  }

  @Override
  public void destroy() {
    admin.close(Duration.ofSeconds(2));
  }

  /** Kafka did not answer, or refused the question. */
  static final class KafkaQueryException extends Exception {
    KafkaQueryException(Throwable cause) {
      super(
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(),
          cause);
    }
  }
}
