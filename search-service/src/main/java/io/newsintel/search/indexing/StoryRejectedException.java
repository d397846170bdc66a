package io.newsintel.search.indexing;

/**
 * Elasticsearch refused a story for good; the message is Elasticsearch's reason, and it travels to
 * the dead-letter topic in Spring Kafka's exception headers.
 */
public class StoryRejectedException extends RuntimeException {

  public StoryRejectedException(String reason) {
    super("Elasticsearch rejected the story: " + reason);
  }
}
