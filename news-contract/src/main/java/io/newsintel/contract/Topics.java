package io.newsintel.contract;

import java.util.List;
import java.util.Optional;

/** Every topic the services exchange events on, declared once with its key and value types. */
public final class Topics {

  /** Stories as read from feeds. Key: story id. */
  public static final Topic<StoryIngested> NEWS_RAW = new Topic<>("news.raw", StoryIngested.class);

  /** Stories with tags and evidence. Key: story id. */
  public static final Topic<StoryEnriched> NEWS_ENRICHED =
      new Topic<>("news.enriched", StoryEnriched.class);

  /** Alerts for saved queries. Key: subscription id. */
  public static final Topic<AlertRaised> NEWS_ALERTS =
      new Topic<>("news.alerts", AlertRaised.class);

  public static final List<Topic<?>> ALL = List.of(NEWS_RAW, NEWS_ENRICHED, NEWS_ALERTS);

  private Topics() {}

  /** The topic a record on {@code topicName} (or on its dead-letter topic) belongs to. */
  public static Optional<Topic<?>> byName(String topicName) {
    String base =
        topicName.endsWith(Topic.DEAD_LETTER_SUFFIX)
            ? topicName.substring(0, topicName.length() - Topic.DEAD_LETTER_SUFFIX.length())
            : topicName;
    return ALL.stream().filter(t -> t.name().equals(base)).findFirst().map(t -> (Topic<?>) t);
  }
}
