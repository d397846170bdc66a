package io.newsintel.search.alert;

/** Kafka, where the alert feature keeps its state, did not take or give a record in time. */
public class AlertStorageException extends RuntimeException {

  public AlertStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public AlertStorageException(String message) {
    super(message);
  }
}
