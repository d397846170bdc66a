package io.newsintel.ingest.feed;

import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/** The value of a registry-topic record: a registered feed as JSON. */
final class FeedRecordJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * @param pollInterval ISO-8601, e.g. {@code PT5M}
   * @param fullText absent in records written before the option existed: false
   */
  record FeedRecord(String url, String name, String pollInterval, Boolean fullText) {}

  private FeedRecordJson() {}

  static String write(Feed feed) {
    return MAPPER.writeValueAsString(
        new FeedRecord(
            feed.url().toString(), feed.name(), feed.pollInterval().toString(), feed.fullText()));
  }

  static Feed read(String json) {
    FeedRecord record = MAPPER.readValue(json, FeedRecord.class);
    return Feed.of(
            URI.create(record.url()),
            record.name(),
            Duration.parse(record.pollInterval()),
            FeedOriginKind.REGISTERED)
        .withFullText(Boolean.TRUE.equals(record.fullText()));
  }
}
