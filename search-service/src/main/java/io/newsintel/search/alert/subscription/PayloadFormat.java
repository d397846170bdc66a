package io.newsintel.search.alert.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** What a webhook receives: our JSON, or a message a Slack incoming webhook can post. */
public enum PayloadFormat {
  JSON,
  SLACK;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of that name, or null when there is none. */
  @JsonCreator
  public static PayloadFormat of(String name) {
    return Arrays.stream(values())
        .filter(f -> f.wireName().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElse(null);
  }
}
