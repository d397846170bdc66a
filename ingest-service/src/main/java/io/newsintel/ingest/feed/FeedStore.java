package io.newsintel.ingest.feed;

import java.util.Collection;

/** Where registered feeds are kept and which of them this instance polls. */
interface FeedStore {

  Collection<Feed> registered();

  /** Durable once this returns. */
  void save(Feed feed);

  /** Durable once this returns. */
  void delete(String feedId);

  /** Whether this instance polls the feed with that id (each feed is polled by exactly one). */
  boolean owns(String feedId);
}
