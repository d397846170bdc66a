package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real servers once and checks that they work and stop as promised. */
class LocalInfrastructureIT {

  private static final List<String> progress = new ArrayList<>();
  private static LocalInfrastructure infra;

  @BeforeAll
  static void start() {
    infra = LocalInfrastructure.start(InfraSettings.forTests(System.getenv()), progress::add);
  }

  @AfterAll
  static void stop() {
    if (infra != null) {
      infra.close();
    }
  }

  @Test
  void kafkaAcceptsAndDeliversRecords() {
    String topic = "local-infra-it";
    Map<String, Object> producerConfig =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
      producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    Properties consumerConfig = new Properties();
    consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
    consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "local-infra-it");
    consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.value());
        }
      }
    }
    assertThat(values).containsExactly("hello");
  }

  @Test
  void elasticsearchIsGreenOnOneNode() throws Exception {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            infra.elasticsearch().url()
                                + "/_cluster/health?wait_for_status=green&timeout=10s"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"green\"");
  }

  @Test
  void reportsProgressAndKeepsDataInAPerRunFolder() {
    assertThat(progress)
        .anyMatch(line -> line.startsWith("Kafka ready on "))
        .anyMatch(line -> line.startsWith("Elasticsearch ready on "));
    assertThat(infra.runDir()).isDirectory();
    assertThat(infra.runDir().getParent().getFileName()).hasToString("runs");
  }

  @Test
  void aSecondStackOnTheSamePortsFailsWithASentenceNotAStackTrace() {
    Map<String, String> env =
        Map.of(
            "KAFKA_PORT", String.valueOf(infra.kafka().port()),
            "ELASTICSEARCH_PORT", String.valueOf(infra.elasticsearch().port()));

    assertThatThrownBy(
            () -> LocalInfrastructure.start(InfraSettings.fromEnvironment(env), line -> {}))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("is already in use by another process");
  }

  @Test
  void kafkaRestartsOnItsOwnData() {
    infra.kafka().stop();
    assertThat(Ports.isListening(infra.kafka().port())).isFalse();

    infra.kafka().start();

    assertThat(infra.kafka().isRunning()).isTrue();
    assertThat(Files.exists(Path.of(infra.runDir().toString(), "kafka", "data", "meta.properties")))
        .isTrue();
  }
}
