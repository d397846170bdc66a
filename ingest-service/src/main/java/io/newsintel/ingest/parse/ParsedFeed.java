package io.newsintel.ingest.parse;

import io.newsintel.contract.StoryIngested;
import java.util.List;

/**
 * A feed turned into {@code news.raw} events, in the feed's own order.
 *
 * @param title the feed's title as plain text, may be null
 * @param link the feed's own web page, may be null
 */
public record ParsedFeed(String title, String link, List<StoryIngested> stories) {

  public ParsedFeed {
    stories = List.copyOf(stories);
  }
}
