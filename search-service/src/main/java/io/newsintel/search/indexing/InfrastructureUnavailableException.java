package io.newsintel.search.indexing;

/**
 * Something a batch needs (Elasticsearch, Kafka) could not take it now. Thrown by the indexing
 * listener and by whatever reacts to {@link StoriesIndexed} on its thread: the error handler then
 * keeps the consumer paused and retries the whole batch (every step is idempotent) for as long as
 * the outage lasts. Nothing is dead-lettered for it, since nothing is wrong with the records.
 */
public class InfrastructureUnavailableException extends RuntimeException {

  public InfrastructureUnavailableException(String message) {
    super(message);
  }

  public InfrastructureUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
