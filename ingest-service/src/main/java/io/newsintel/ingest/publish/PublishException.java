package io.newsintel.ingest.publish;

/** Stories could not be written to Kafka; they stay unseen and are tried again next poll. */
public class PublishException extends Exception {

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
