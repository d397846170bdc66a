package io.newsintel.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

class StoryPublisherTest {

  private static final Instant T1 = Instant.parse("2024-05-03T10:00:00Z");
  private static final Instant T2 = Instant.parse("2024-05-03T10:05:00Z");

  @SuppressWarnings("unchecked")
  private final KafkaTemplate<String, Object> kafka = mock(KafkaTemplate.class);

  private final SeenStories seen = new InMemorySeenStories();
  private final StoryPublisher publisher =
      new StoryPublisher(kafka, seen, new SimpleMeterRegistry());

  @BeforeEach
  void kafkaAcknowledgesEverything() {
    when(kafka.send(anyString(), anyString(), any()))
        .thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
  }

  @Test
  void publishesNewStoriesKeyedByIdInFeedOrder() throws Exception {
    PublishResult result =
        publisher.publish("feed-a", List.of(story("1", "a", T1), story("2", "b", T1)));

    assertThat(result.published()).isEqualTo(2);
    var inOrder = org.mockito.Mockito.inOrder(kafka);
    inOrder.verify(kafka).send(eq("news.raw"), eq("1"), any());
    inOrder.verify(kafka).send(eq("news.raw"), eq("2"), any());
  }

  @Test
  void skipsAnUnchangedStoryOnTheNextPoll() throws Exception {
    publisher.publish("feed-a", List.of(story("1", "a", T1)));

    PublishResult again = publisher.publish("feed-a", List.of(story("1", "a", T2)));

    assertThat(again.published()).isZero();
    assertThat(again.unchanged()).isEqualTo(1);
    verify(kafka, times(1)).send(anyString(), anyString(), any());
  }

  @Test
  void republishesAChangedStoryAsAnUpdate() throws Exception {
    publisher.publish("feed-a", List.of(story("1", "a", T1)));

    PublishResult changed = publisher.publish("feed-a", List.of(story("1", "a, corrected", T2)));

    assertThat(changed.updates()).isEqualTo(1);
    verify(kafka, times(2)).send(eq("news.raw"), eq("1"), any());
  }

  @Test
  void publishesAStoryCarriedByTwoFeedsOnce() throws Exception {
    publisher.publish("feed-a", List.of(story("1", "a", T1)));

    PublishResult other =
        publisher.publish("feed-b", List.of(story("1", "a slightly different copy", T2)));

    assertThat(other.published()).isZero();
    verify(kafka, times(1)).send(anyString(), anyString(), any());
  }

  @Test
  void keepsAStoryUnseenWhenKafkaDidNotAcknowledgeIt() {
    when(kafka.send(anyString(), eq("1"), any()))
        .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("broker down")));

    assertThatThrownBy(() -> publisher.publish("feed-a", List.of(story("1", "a", T1))))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("broker down");
    assertThat(seen.get("1")).isEmpty();
  }

  @Test
  void recordsTheStoriesKafkaAcknowledgedEvenWhenALaterSendFailsAtOnce() {
    when(kafka.send(anyString(), eq("2"), any()))
        .thenThrow(new IllegalStateException("no metadata"));

    assertThatThrownBy(
            () -> publisher.publish("feed-a", List.of(story("1", "a", T1), story("2", "b", T1))))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("1 of 2");
    assertThat(seen.get("1")).isPresent();
    assertThat(seen.get("2")).isEmpty();
  }

  @Test
  void doesNotTreatTheFetchTimeStandingInForAMissingDateAsAChange() throws Exception {
    publisher.publish("feed-a", List.of(undated("1", T1)));

    assertThat(publisher.publish("feed-a", List.of(undated("1", T2))).published()).isZero();
    verify(kafka, never()).send(anyString(), eq("2"), any());
  }

  @Test
  void fetchesExtrasOnlyForStoriesItWillPublish() throws Exception {
    publisher.publish("feed-a", List.of(story("1", "a", T1)));
    List<String> enriched = new java.util.ArrayList<>();

    publisher.publish(
        "feed-a",
        List.of(story("1", "a", T2), story("2", "b", T2)),
        s -> {
          enriched.add(s.id());
          return s;
        });

    assertThat(enriched).containsExactly("2");
  }

  private static StoryIngested story(String id, String summary, Instant fetchedAt) {
    return new StoryIngested(
        id,
        null,
        "https://e.example/" + id,
        "https://e.example/" + id,
        "Title " + id,
        summary,
        null,
        T1,
        fetchedAt,
        "en",
        new StorySource("https://e.example/feed", "E"),
        List.of(),
        List.of(),
        1);
  }

  private static StoryIngested undated(String id, Instant fetchedAt) {
    return new StoryIngested(
        id,
        null,
        "https://e.example/" + id,
        "https://e.example/" + id,
        "Title " + id,
        "s",
        null,
        fetchedAt,
        fetchedAt,
        "en",
        new StorySource("https://e.example/feed", "E"),
        List.of(),
        List.of(),
        1);
  }
}
