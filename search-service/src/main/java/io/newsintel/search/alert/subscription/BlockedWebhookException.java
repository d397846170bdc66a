package io.newsintel.search.alert.subscription;

/** A webhook URL this service refuses to call; the message says why and what to do. */
public class BlockedWebhookException extends RuntimeException {

  public BlockedWebhookException(String message) {
    super(message);
  }
}
