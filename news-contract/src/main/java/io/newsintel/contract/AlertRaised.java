package io.newsintel.contract;

import java.time.Instant;

/**
 * A story matched a saved query: the {@code news.alerts} event. Keyed by {@link #subscriptionId()}.
 *
 * @param alertId stable id of this (subscription, story, revision) alert, for de-duplication
 * @param update whether the story was already alerted on and this is a changed version of it
 */
public record AlertRaised(
    String alertId,
    String subscriptionId,
    String subscriptionName,
    StoryEnriched story,
    boolean update,
    Instant raisedAt,
    int schemaVersion) {

  public static final int SCHEMA_VERSION = 1;
}
