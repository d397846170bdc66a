package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.search.alert.AlertStorageException;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

class InfrastructureOutageTest {

  @Test
  void elasticsearchDownWrappedByTheListenerContainerIsAnOutage() {
    assertThat(
            InfrastructureOutage.isOutage(
                new ListenerExecutionFailedException(
                    "listener failed", new ElasticsearchUnavailableException("down"))))
        .isTrue();
  }

  @Test
  void alertsThatKafkaWouldNotTakeAfterIndexingAreAnOutage() {
    // What AlertPublisher throws once its publish timeout is over, as the container wraps it.
    Exception alerts =
        new ListenerExecutionFailedException(
            "listener failed",
            new AlertStorageException(
                "could not commit 3 alerts", new TimeoutException("Timeout expired")));

    assertThat(InfrastructureOutage.isOutage(alerts)).isTrue();
    assertThat(InfrastructureOutage.isOutage(new AlertStorageException("not following topic")))
        .isTrue();
  }

  @Test
  void deadLetterPublicationThatKafkaDidNotAnswerIsAnOutage() {
    Exception publication =
        new KafkaException(
            "Dead-letter publication failed",
            new ExecutionException(new NotEnoughReplicasException("1 of 2 in sync")));

    assertThat(InfrastructureOutage.isOutage(publication)).isTrue();
    assertThat(
            InfrastructureOutage.isOutage(
                new KafkaException("failed", new java.util.concurrent.TimeoutException())))
        .isTrue();
    assertThat(InfrastructureOutage.isOutage(new ConnectException("Connection refused"))).isTrue();
  }

  @Test
  void badRecordsAndBugsAreNotOutages() {
    assertThat(
            InfrastructureOutage.isOutage(
                new DeserializationException(
                    "failed to deserialize",
                    new byte[0],
                    false,
                    new InvalidEventException("not a valid StoryEnriched event: x"))))
        .isFalse();
    assertThat(
            InfrastructureOutage.isOutage(new StoryRejectedException("mapper_parsing_exception")))
        .isFalse();
    assertThat(InfrastructureOutage.isOutage(new RecordTooLargeException("too large"))).isFalse();
    assertThat(InfrastructureOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
  }
}
