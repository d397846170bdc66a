package io.newsintel.search.alert.subscription;

/** The service holds as many subscriptions as it accepts; answered with 409. */
public class SubscriptionLimitException extends RuntimeException {

  public SubscriptionLimitException(String message) {
    super(message);
  }
}
