package io.newsintel.search.indexing;

import java.util.Set;

/**
 * Elasticsearch refused a story for good; the message is Elasticsearch's reason, and it travels to
 * the dead-letter topic in Spring Kafka's exception headers and, classified, in {@value
 * DeadLetterReason#HEADER}.
 */
public class StoryRejectedException extends RuntimeException {

  /** Error types Elasticsearch gives a document that does not fit the index's mapping. */
  private static final Set<String> MAPPING_ERRORS =
      Set.of(
          "document_parsing_exception",
          "mapper_parsing_exception",
          "strict_dynamic_mapping_exception");

  private final String reason;

  /**
   * @param reason Elasticsearch's error, {@code type: reason (caused by type: reason)}
   */
  public StoryRejectedException(String reason) {
    super("Elasticsearch rejected the story: " + reason);
    this.reason = reason;
  }

  /** What a reader of the dead-letter topic needs first: which kind of refusal, then the detail. */
  String deadLetterReason() {
    String type = reason == null ? "" : reason.split(":", 2)[0].trim();
    return (MAPPING_ERRORS.contains(type)
            ? "Elasticsearch mapping error: "
            : "Elasticsearch refused the story: ")
        + reason;
  }
}
