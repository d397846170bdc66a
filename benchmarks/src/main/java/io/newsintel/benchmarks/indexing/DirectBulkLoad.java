package io.newsintel.benchmarks.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.BackoffPolicy;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.index.StoryIndexDefinition;
import io.newsintel.search.index.StoryIndexProperties;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.elasticsearch.client.RestClient;

/**
 * The baseline of the end-to-end figure: the enriched stories the pipeline produced (read back from
 * {@code news.enriched}) loaded straight into the same Elasticsearch with a BulkIngester configured
 * as search-service's (1,000 operations, 2 concurrent requests, external versions, the same index
 * definition), timed from the first add until all are searchable (no refresh forced), as the
 * end-to-end figure is.
 */
public final class DirectBulkLoad {

  private DirectBulkLoad() {}

  public static String measure(String elasticsearchUrl, String kafka, String index)
      throws Exception {
    List<StoryEnriched> stories = readEnriched(kafka, "news.enriched");
    RestClient rest = RestClient.builder(HttpHost.create(elasticsearchUrl)).build();
    ElasticsearchClient client =
        new ElasticsearchClient(
            new RestClientTransport(rest, new Jackson3JsonpMapper(EventJson.mapper())));
    try {
      StoryIndexProperties settings =
          new StoryIndexProperties(index, 1, 0, false, Duration.ofSeconds(30));
      client
          .indices()
          .create(
              c ->
                  c.index(index).withJson(new StringReader(StoryIndexDefinition.render(settings))));
      CountDownLatch acknowledged = new CountDownLatch(stories.size());
      AtomicLong failed = new AtomicLong();
      // This JVM's CPU (the client's share of the load); the bench adds Elasticsearch's.
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      long start = System.nanoTime();
      try (BulkIngester<Void> ingester =
          BulkIngester.of(
              b ->
                  b.client(client)
                      .maxOperations(1000)
                      .maxConcurrentRequests(2)
                      .flushInterval(1, TimeUnit.SECONDS)
                      .backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 6))
                      .listener(new Counting(acknowledged, failed)))) {
        for (StoryEnriched story : stories) {
          ingester.add(
              op ->
                  op.index(
                      i ->
                          i.index(index)
                              .id(story.id())
                              .version(story.revision())
                              .versionType(VersionType.External)
                              .document(story)),
              null);
        }
        ingester.flush();
        acknowledged.await(5, TimeUnit.MINUTES);
      }
      double acknowledgedSeconds = (System.nanoTime() - start) / 1e9;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      long searchable = 0;
      while (System.nanoTime() < deadline) {
        searchable = client.count(c -> c.index(index)).count();
        if (searchable >= stories.size() - failed.get()) {
          break;
        }
        TimeUnit.MILLISECONDS.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double loaderCpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      return String.format(
          Locale.ROOT,
          "{\"stories\":%d,\"failed\":%d,\"searchable\":%d,\"acknowledgedSeconds\":%.2f,"
              + "\"searchableSeconds\":%.2f,\"storiesPerSec\":%.0f,\"loaderCpuSeconds\":%.2f}",
          stories.size(),
          failed.get(),
          searchable,
          acknowledgedSeconds,
          seconds,
          searchable / seconds,
          loaderCpuSeconds);
    } finally {
      client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
      rest.close();
    }
  }

  /** The latest event per story id in the topic, in the order first seen. */
  static List<StoryEnriched> readEnriched(String kafka, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    Map<String, StoryEnriched> latest = new LinkedHashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
          try {
            StoryEnriched story = EventJson.read(record.value(), StoryEnriched.class);
            latest.put(story.id(), story);
          } catch (RuntimeException e) {
            // Not an event (nothing else writes the topic in a benchmark run): not part of the
            // load.
          }
        }
      }
    }
    return new ArrayList<>(latest.values());
  }

  private record Counting(CountDownLatch acknowledged, AtomicLong failed)
      implements BulkListener<Void> {
    @Override
    public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {}

    @Override
    public void afterBulk(
        long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
      response.items().forEach(i -> failed.addAndGet(i.error() == null ? 0 : 1));
      contexts.forEach(c -> acknowledged.countDown());
    }

    @Override
    public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
      failed.addAndGet(contexts.size());
      contexts.forEach(c -> acknowledged.countDown());
    }
  }
}
