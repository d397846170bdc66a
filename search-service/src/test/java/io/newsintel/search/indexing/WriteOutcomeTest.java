package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import io.newsintel.contract.StoryEnriched;
import org.junit.jupiter.api.Test;

class WriteOutcomeTest {

  private static final IndexableStory STORY =
      IndexableStory.of(
          new StoryEnriched(
              "s1", null, null, null, "t", null, null, null, null, null, null, null, null, 1, null,
              null));

  @Test
  void countsAnAcknowledgedWriteAsIndexed() {
    assertThat(WriteOutcome.of(STORY, item(201, null, null)).result())
        .isEqualTo(WriteOutcome.Result.INDEXED);
  }

  @Test
  void countsAVersionConflictAsStaleNotAsAFailure() {
    WriteOutcome outcome =
        WriteOutcome.of(STORY, item(409, "version_conflict_engine_exception", "[s1]: conflict"));

    assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.STALE);
  }

  @Test
  void treatsThrottlingAndServerErrorsAsTransient() {
    assertThat(
            WriteOutcome.of(STORY, item(429, "es_rejected_execution_exception", "full")).result())
        .isEqualTo(WriteOutcome.Result.UNAVAILABLE);
    assertThat(WriteOutcome.of(STORY, item(503, "unavailable_shards_exception", "no")).result())
        .isEqualTo(WriteOutcome.Result.UNAVAILABLE);
    assertThat(WriteOutcome.of(STORY, item(404, "index_not_found_exception", "gone")).result())
        .isEqualTo(WriteOutcome.Result.UNAVAILABLE);
  }

  @Test
  void rejectsMappingErrorsWithElasticsearchsReason() {
    WriteOutcome outcome =
        WriteOutcome.of(
            STORY, item(400, "document_parsing_exception", "failed to parse field [published]"));

    assertThat(outcome.result()).isEqualTo(WriteOutcome.Result.REJECTED);
    assertThat(outcome.reason())
        .isEqualTo("document_parsing_exception: failed to parse field [published]");
  }

  @Test
  void shortensAReasonThatQuotesAHugeValue() {
    WriteOutcome outcome =
        WriteOutcome.of(STORY, item(400, "document_parsing_exception", "x".repeat(50_000)));

    assertThat(outcome.reason()).hasSizeLessThan(1000);
  }

  private static BulkResponseItem item(int status, String errorType, String reason) {
    return BulkResponseItem.of(
        b -> {
          b.operationType(OperationType.Index).index("stories-v1").id("s1").status(status);
          if (errorType != null) {
            b.error(e -> e.type(errorType).reason(reason));
          }
          return b;
        });
  }
}
