package io.newsintel.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the pipeline produced, straight from the stores (not through the services' APIs):
 * every document in Elasticsearch, the dead-letter topics and the consumer groups' lag.
 */
final class PipelineAudit {

  /** Spring Kafka's header for the reason a record was dead-lettered. */
  static final String DLT_REASON_HEADER = "kafka_dlt-exception-message";

  /**
   * Our own header with the innermost reason, where a service adds it (Spring's says only "failed
   * to deserialize").
   */
  static final String SPECIFIC_REASON_HEADER = "news_dlt-reason";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final String kafka;
  private final String elasticsearch;
  private final String index;

  PipelineAudit(String kafka, String elasticsearch, String index) {
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
    this.index = index;
  }

  /** One indexed story: its URL and its actor tags. */
  record IndexedStory(String id, String url, List<String> actors) {}

  /** Every document of the index, read with search_after so none is missed or read twice. */
  List<IndexedStory> indexedStories() throws IOException, InterruptedException {
    send("POST", "/" + index + "/_refresh", null);
    List<IndexedStory> stories = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode query = JSON.createObjectNode();
      query.put("size", 2000);
      query.putArray("_source").add("url").add("canonicalUrl").add("tags.actors");
      query.putArray("sort").addObject().put("id", "asc");
      query.put("track_total_hits", false);
      if (after != null) {
        query.set("search_after", after);
      }
      JsonNode hits = send("POST", "/" + index + "/_search", query).path("hits").path("hits");
      if (hits.isEmpty()) {
        return stories;
      }
      for (JsonNode hit : hits) {
        List<String> actors = new ArrayList<>();
        hit.path("_source").path("tags").path("actors").forEach(a -> actors.add(a.asText()));
        String url =
            hit.path("_source")
                .path("canonicalUrl")
                .asText(hit.path("_source").path("url").asText());
        stories.add(new IndexedStory(hit.path("_id").asText(), url, actors));
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
  }

  long documentCount() {
    try {
      return send("GET", "/" + index + "/_count", null).path("count").asLong(-1);
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Dead-lettered records of a topic: how many, and how many carry a reason. */
  record DeadLetters(int records, int withReason, List<String> sampleReasons) {}

  DeadLetters deadLetters(String topic, String keyPrefix) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    int records = 0;
    int withReason = 0;
    List<String> samples = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
      if (partitions == null || partitions.isEmpty()) {
        return new DeadLetters(0, 0, List.of());
      }
      List<TopicPartition> assigned =
          partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.key() == null || !record.key().startsWith(keyPrefix)) {
            continue;
          }
          records++;
          Header reason = record.headers().lastHeader(DLT_REASON_HEADER);
          if (reason != null && reason.value().length > 0) {
            withReason++;
            if (samples.size() < 2) {
              Header specific = record.headers().lastHeader(SPECIFIC_REASON_HEADER);
              samples.add(
                  new String(
                      (specific != null ? specific : reason).value(),
                      java.nio.charset.StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
    return new DeadLetters(records, withReason, samples);
  }

  /**
   * Progress of the consumers of a topic: the sum of the offsets that every consumer group reading
   * it has committed, and the topic's end offsets. (A transactional producer's commit markers take
   * offsets too, so "end minus committed" never reaches zero on a transactional topic; a stable
   * committed sum is what says the consumers are done.)
   */
  record Progress(long committed, long end) {
    long lag() {
      return end - committed;
    }
  }

  Progress progress(String topic) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    try (Admin admin = Admin.create(config)) {
      int partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(10, TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .size();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < partitions; p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      long end = 0;
      for (ListOffsetsResult.ListOffsetsResultInfo info :
          admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values()) {
        end += info.offset();
      }
      long committed = 0;
      for (var group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin
                .listConsumerGroupOffsets(group.groupId())
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
          if (e.getKey().topic().equals(topic) && e.getValue() != null) {
            committed += e.getValue().offset();
          }
        }
      }
      return new Progress(committed, end);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new Progress(-1, -1);
    }
  }

  private JsonNode send(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(elasticsearch + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          "Elasticsearch "
              + method
              + " "
              + path
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return JSON.readTree(response.body());
  }
}
