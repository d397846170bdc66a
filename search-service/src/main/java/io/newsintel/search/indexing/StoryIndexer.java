package io.newsintel.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Writes stories through the client's {@link BulkIngester} and tells the caller, story by story,
 * what Elasticsearch did with them, so that Kafka offsets are committed only for acknowledged
 * writes.
 *
 * <p>Writes are idempotent and ordered by revision: {@code _id} is the story id and the version is
 * external ({@link IndexableStory#revision()}), so replaying a partition changes nothing and a
 * stale event never overwrites a newer one (Elasticsearch answers 409, reported as {@code STALE}).
 */
@Component
public class StoryIndexer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StoryIndexer.class);

  private final BulkIngester<PendingWrite> ingester;
  private final IndexingProperties properties;
  private final IndexingMetrics metrics;

  StoryIndexer(ElasticsearchClient client, IndexingProperties properties, IndexingMetrics metrics) {
    this.properties = properties;
    this.metrics = metrics;
    this.ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(properties.bulkMaxOperations())
                    .maxConcurrentRequests(properties.bulkMaxConcurrentRequests())
                    .flushInterval(1, TimeUnit.SECONDS)
                    // Without a policy the ingester retries nothing; with it, items refused with
                    // 429 are retried with growing delays before they are reported.
                    .backoffPolicy(
                        BackoffPolicy.exponentialBackoff(
                            properties.throttleInitialDelay().toMillis(),
                            properties.throttleRetries()))
                    .listener(new OutcomeListener()));
  }

  /**
   * Writes the stories to {@code index} and waits for Elasticsearch's answer.
   *
   * @param requireAlias whether {@code index} must be an alias: live writes go through the alias,
   *     and must never auto-create a plain index of that name when the alias is missing
   * @return one outcome per story, in the same order
   */
  public List<WriteOutcome> write(
      String index, List<IndexableStory> stories, boolean requireAlias) {
    List<PendingWrite> pending = new ArrayList<>(stories.size());
    for (IndexableStory story : stories) {
      PendingWrite write = new PendingWrite(story, new CompletableFuture<>());
      pending.add(write);
      ingester.add(
          op ->
              op.index(
                  i ->
                      i.index(index)
                          .id(story.id())
                          .version(story.revision())
                          .versionType(VersionType.External)
                          .requireAlias(requireAlias)
                          // The record's own bytes: nothing to serialize again.
                          .document(story.document())),
          write);
    }
    // Send now rather than at the next flush interval: the consumer is waiting.
    ingester.flush();
    return awaitOutcomes(pending);
  }

  private List<WriteOutcome> awaitOutcomes(List<PendingWrite> pending) {
    long deadline = System.nanoTime() + properties.bulkTimeout().toNanos();
    List<WriteOutcome> outcomes = new ArrayList<>(pending.size());
    for (PendingWrite write : pending) {
      WriteOutcome outcome;
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        outcome = write.result().get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        outcome =
            WriteOutcome.unavailable(
                write.story(), "no answer from Elasticsearch within " + properties.bulkTimeout());
      } catch (ExecutionException e) {
        outcome = WriteOutcome.unavailable(write.story(), String.valueOf(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        outcome = WriteOutcome.unavailable(write.story(), "interrupted");
      }
      metrics.outcome(outcome.result());
      outcomes.add(outcome);
    }
    return outcomes;
  }

  @Override
  public void destroy() throws InterruptedException {
    // close() flushes and waits for every answer, without a limit: bound it, so that a hung
    // Elasticsearch cannot hold up shutdown (unacknowledged offsets are simply not committed).
    Thread closer = new Thread(ingester::close, "bulk-ingester-close");
    closer.setDaemon(true);
    closer.start();
    closer.join(properties.bulkTimeout().toMillis());
  }

  /** The context of one operation in the ingester: where to report what happened to it. */
  record PendingWrite(IndexableStory story, CompletableFuture<WriteOutcome> result) {}

  private final class OutcomeListener implements BulkListener<PendingWrite> {

    private final Map<Long, Long> started = new ConcurrentHashMap<>();

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<PendingWrite> contexts) {
      started.put(executionId, System.nanoTime());
      metrics.bulkSent(contexts.size());
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<PendingWrite> contexts, BulkResponse response) {
      recordLatency(executionId);
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < contexts.size(); i++) {
        PendingWrite write = contexts.get(i);
        write.result().complete(WriteOutcome.of(write.story(), items.get(i)));
      }
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<PendingWrite> contexts, Throwable failure) {
      recordLatency(executionId);
      metrics.bulkFailed();
      log.warn("Bulk request of {} stories failed: {}", contexts.size(), String.valueOf(failure));
      for (PendingWrite write : contexts) {
        write.result().complete(WriteOutcome.unavailable(write.story(), String.valueOf(failure)));
      }
    }

    private void recordLatency(long executionId) {
      Long start = started.remove(executionId);
      if (start != null) {
        metrics.bulkAnswered(Duration.ofNanos(System.nanoTime() - start));
      }
    }
  }
}
