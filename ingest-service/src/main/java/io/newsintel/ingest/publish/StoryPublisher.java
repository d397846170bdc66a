package io.newsintel.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.Topics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes a feed's stories to {@code news.raw}, keyed by story id and in the feed's order,
 * skipping those already published in the same version. A story counts as seen only once Kafka
 * acknowledged it, so a failed send is retried by the next poll instead of being lost.
 */
@Component
public class StoryPublisher {

  private static final long ACK_TIMEOUT_SECONDS = 60;

  private final KafkaTemplate<String, Object> kafka;
  private final SeenStories seen;
  private final Counter newStories;
  private final Counter updatedStories;
  private final Counter unchangedStories;

  public StoryPublisher(
      KafkaTemplate<String, Object> kafka, SeenStories seen, MeterRegistry meters) {
    this.kafka = kafka;
    this.seen = seen;
    this.newStories = meters.counter("ingest.stories", "result", "new");
    this.updatedStories = meters.counter("ingest.stories", "result", "updated");
    this.unchangedStories = meters.counter("ingest.stories", "result", "unchanged");
  }

  public PublishResult publish(String feedId, List<StoryIngested> stories) throws PublishException {
    return publish(feedId, stories, UnaryOperator.identity());
  }

  /**
   * @param beforeSend applied only to the stories that will be published (new or changed), for work
   *     too costly to do for every item of every poll, such as fetching the article page; the
   *     change check uses the story as the feed gave it
   */
  public PublishResult publish(
      String feedId, List<StoryIngested> stories, UnaryOperator<StoryIngested> beforeSend)
      throws PublishException {
    List<Pending> pending = new ArrayList<>();
    Set<String> inThisBatch = new HashSet<>();
    int unchanged = 0;
    for (StoryIngested story : stories) {
      if (!inThisBatch.add(story.id())) {
        unchanged++; // the same story twice in one feed
        continue;
      }
      String fingerprint = StoryFingerprint.of(story);
      Optional<SeenStory> before = seen.get(story.id());
      boolean isNew = before.isEmpty();
      if (!isNew
          && (!before.get().feedId().equals(feedId)
              || before.get().fingerprint().equals(fingerprint))) {
        unchanged++;
        continue;
      }
      StoryIngested toSend = beforeSend.apply(story);
      pending.add(new Pending(toSend, new SeenStory(feedId, fingerprint), !isNew, send(toSend)));
    }
    int updates = 0;
    int published = 0;
    Exception failure = null;
    for (Pending p : pending) {
      try {
        p.ack().get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        seen.remember(p.story().id(), p.seen());
        published++;
        if (p.update()) {
          updates++;
          updatedStories.increment();
        } else {
          newStories.increment();
        }
      } catch (ExecutionException | TimeoutException e) {
        failure = failure == null ? e : failure;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PublishException("interrupted while publishing", e);
      }
    }
    unchangedStories.increment(unchanged);
    if (failure != null) {
      Throwable cause = failure instanceof ExecutionException ? failure.getCause() : failure;
      throw new PublishException(
          (pending.size() - published)
              + " of "
              + pending.size()
              + " stories not acknowledged by Kafka: "
              + cause.getMessage(),
          cause);
    }
    return new PublishResult(published, updates, unchanged);
  }

  /**
   * A send that fails at once (no metadata within max.block.ms while the broker is away) is
   * reported like one that fails later, so the stories acknowledged before it are still recorded.
   */
  private CompletableFuture<SendResult<String, Object>> send(StoryIngested story) {
    try {
      return kafka.send(Topics.NEWS_RAW.name(), story.id(), story);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private record Pending(
      StoryIngested story,
      SeenStory seen,
      boolean update,
      CompletableFuture<SendResult<String, Object>> ack) {}
}
