package io.newsintel.search.indexing;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * What became of one story in a bulk write.
 *
 * @param reason Elasticsearch's reason when the story was not stored, else null
 */
public record WriteOutcome(IndexableStory story, Result result, String reason) {

  public enum Result {
    /** Stored (created or replaced an older revision). */
    INDEXED,
    /** Not stored because the index already holds the same or a newer revision: a success. */
    STALE,
    /** Elasticsearch refuses this document for good (mapping error, id too long...). */
    REJECTED,
    /** Elasticsearch could not take it now (down, overloaded, no answer): try again later. */
    UNAVAILABLE
  }

  static WriteOutcome of(IndexableStory story, BulkResponseItem item) {
    ErrorCause error = item.error();
    if (error == null) {
      return new WriteOutcome(story, Result.INDEXED, null);
    }
    String reason = describe(error);
    if (item.status() == 409 && "version_conflict_engine_exception".equals(error.type())) {
      return new WriteOutcome(story, Result.STALE, null);
    }
    // 429 means overloaded, 5xx a cluster problem, and a missing index (alias moved or being
    // recreated) heals: all transient, unlike a document Elasticsearch cannot accept.
    if (item.status() == 429
        || item.status() >= 500
        || "index_not_found_exception".equals(error.type())) {
      return new WriteOutcome(story, Result.UNAVAILABLE, reason);
    }
    return new WriteOutcome(story, Result.REJECTED, reason);
  }

  static WriteOutcome unavailable(IndexableStory story, String reason) {
    return new WriteOutcome(story, Result.UNAVAILABLE, reason);
  }

  /** Per part: long enough for Elasticsearch's explanation, short enough for a log line. */
  static final int MAX_PART_LENGTH = 400;

  static String describe(ErrorCause error) {
    StringBuilder text =
        new StringBuilder(error.type()).append(": ").append(shorten(error.reason()));
    ErrorCause cause = error.causedBy();
    if (cause != null) {
      text.append(" (caused by ").append(cause.type()).append(": ");
      text.append(shorten(cause.reason())).append(')');
    }
    return text.toString();
  }

  // Elasticsearch quotes the offending value, which can be the whole document.
  private static String shorten(String text) {
    if (text == null || text.length() <= MAX_PART_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_PART_LENGTH) + "...";
  }
}
