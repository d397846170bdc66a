package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

class DeadLetterReasonTest {

  @Test
  void recordThatIsNotAnEventNamesTheParserProblem() {
    byte[] bytes = "{not json".getBytes(StandardCharsets.UTF_8);
    InvalidEventException parse;
    try {
      EventJson.read(bytes, StoryEnriched.class);
      throw new AssertionError("parsed");
    } catch (InvalidEventException e) {
      parse = e;
    }

    String reason =
        DeadLetterReason.of(
            new DeserializationException("failed to deserialize", bytes, false, parse));

    assertThat(reason)
        .startsWith("not a valid StoryEnriched event: ")
        .isEqualTo(parse.getMessage());
  }

  @Test
  void mappingErrorsAreNamedAsSuchWithElasticsearchsReason() {
    String reason =
        DeadLetterReason.of(
            new StoryRejectedException(
                "document_parsing_exception: [1:40] failed to parse field [tags.actors]"
                    + " (caused by illegal_argument_exception: Document contains at least one"
                    + " immense term)"));

    assertThat(reason)
        .isEqualTo(
            "Elasticsearch mapping error: document_parsing_exception: [1:40] failed to parse"
                + " field [tags.actors] (caused by illegal_argument_exception: Document contains"
                + " at least one immense term)");
  }

  @Test
  void otherRefusalsSayElasticsearchRefusedTheStory() {
    assertThat(
            DeadLetterReason.of(
                new StoryRejectedException("illegal_argument_exception: id is too long")))
        .isEqualTo("Elasticsearch refused the story: illegal_argument_exception: id is too long");
  }

  @Test
  void failureTheListenerDidNotRecogniseNamesItsInnermostCause() {
    assertThat(
            DeadLetterReason.of(
                new ListenerExecutionFailedException(
                    "listener failed", new IllegalStateException("matcher closed"))))
        .isEqualTo("not indexed after retries: IllegalStateException: matcher closed");
  }
}
