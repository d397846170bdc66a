package io.newsintel.search.alert.noise;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import java.util.List;

/**
 * An alert waiting for its subscription's digest, with the record it came from. The story is kept
 * without its full text and evidence, so that a digest of many stories stays a small record.
 */
public record HeldAlert(AlertRaised alert, String topic, int partition, long offset) {

  static HeldAlert of(AlertRaised alert, String topic, int partition, long offset) {
    StoryEnriched s = alert.story();
    StoryEnriched brief =
        new StoryEnriched(
            s.id(),
            s.guid(),
            s.url(),
            s.canonicalUrl(),
            s.title(),
            s.summary(),
            null,
            s.published(),
            s.fetchedAt(),
            s.language(),
            s.source(),
            s.authors(),
            s.categories(),
            s.schemaVersion(),
            s.tags(),
            List.of());
    return new HeldAlert(
        new AlertRaised(
            alert.alertId(),
            alert.subscriptionId(),
            alert.subscriptionName(),
            brief,
            alert.update(),
            alert.raisedAt(),
            alert.schemaVersion()),
        topic,
        partition,
        offset);
  }
}
