package io.newsintel.search.alert.subscription;

import java.util.Collection;

/** Told about every subscription: once all of them when loaded, then each change. */
public interface SubscriptionListener {

  /** Every subscription, once the subscriptions topic has been read whole at start-up. */
  void loaded(Collection<Subscription> subscriptions);

  /** A subscription created (or re-read with changes) after start-up. */
  void saved(Subscription subscription);

  void deleted(String subscriptionId);
}
