package io.newsintel.ingest.feed;

/** Where a feed's registration comes from, which decides who may remove it. */
public enum FeedOriginKind {
  /** From {@code ingest.feeds}: removed by changing the configuration, not through the API. */
  CONFIGURED,
  /** Added through {@code POST /api/feeds} or OPML import; lives in the registry topic. */
  REGISTERED
}
