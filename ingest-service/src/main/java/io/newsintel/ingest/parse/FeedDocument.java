package io.newsintel.ingest.parse;

import java.time.Instant;
import java.util.List;

/**
 * A feed as read from its wire format (RSS, Atom or JSON Feed), before normalisation: the one shape
 * both readers produce, so normalisation is written once.
 */
record FeedDocument(String title, String link, String language, List<Entry> entries) {

  record Entry(
      String guid,
      String link,
      String title,
      String summaryHtml,
      String contentHtml,
      Instant published,
      Instant updated,
      String language,
      List<String> authors,
      List<String> categories) {}
}
