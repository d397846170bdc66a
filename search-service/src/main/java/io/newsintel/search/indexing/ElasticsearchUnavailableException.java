package io.newsintel.search.indexing;

/**
 * Elasticsearch could not take a batch now. The error handler keeps the consumer paused and retries
 * the whole batch (writes are idempotent) until Elasticsearch is back; nothing is dead-lettered for
 * it.
 */
public class ElasticsearchUnavailableException extends InfrastructureUnavailableException {

  public ElasticsearchUnavailableException(String message) {
    super(message);
  }
}
