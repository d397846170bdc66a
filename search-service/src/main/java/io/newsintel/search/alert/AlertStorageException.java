package io.newsintel.search.alert;

import io.newsintel.search.indexing.InfrastructureUnavailableException;

/**
 * Kafka, where the alert feature keeps its state, did not take or give a record in time. An
 * infrastructure outage: when alert raising throws it after a batch was indexed, the indexing
 * listener retries the batch until Kafka is back instead of dead-lettering it.
 */
public class AlertStorageException extends InfrastructureUnavailableException {

  public AlertStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public AlertStorageException(String message) {
    super(message);
  }
}
