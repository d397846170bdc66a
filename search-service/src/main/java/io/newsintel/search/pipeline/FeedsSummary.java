package io.newsintel.search.pipeline;

import java.util.List;

/** The feeds ingest-service polls, and those that are failing. */
public record FeedsSummary(int total, int failing, List<FailingFeed> failingFeeds) {

  public FeedsSummary {
    failingFeeds = List.copyOf(failingFeeds);
  }

  /** A feed ingest-service flags as failing, with the reason of its last failed poll. */
  public record FailingFeed(String id, String url, String name, String lastError) {}
}
