package io.newsintel.search.alert.subscription;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/** Whether a subscription gets one message per story ({@code NONE}) or one per hour or day. */
public enum DigestMode {
  NONE(null),
  HOURLY(ChronoUnit.HOURS),
  DAILY(ChronoUnit.DAYS);

  private final ChronoUnit period;

  DigestMode(ChronoUnit period) {
    this.period = period;
  }

  /** The end of the digest period {@code now} falls in (UTC boundaries); null for NONE. */
  public Instant periodEnd(Instant now) {
    return period == null ? null : now.truncatedTo(period).plus(Duration.of(1, period));
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode of that name, or null when there is none. */
  @JsonCreator
  public static DigestMode of(String name) {
    return Arrays.stream(values())
        .filter(m -> m.wireName().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElse(null);
  }
}
