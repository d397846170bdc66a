package io.newsintel.ingest.feed;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What to poll and how often ({@code ingest.*}).
 *
 * @param feeds feed URLs polled from start-up (env {@code INGEST_FEEDS}, comma-separated)
 * @param pollInterval default time between polls of one feed; at least {@link #MIN_POLL_INTERVAL}
 * @param jitter fraction of the interval by which each poll moves at random, so feeds added
 *     together do not stay in lock-step
 * @param workers threads that poll; every feed shares them, so 5,000 feeds need no more
 * @param perHostConcurrency polls of feeds on one host that may run at once
 * @param maxBackoff longest wait after repeated failures (or a Retry-After/max-age asking more)
 * @param staleAfterIntervals a feed with no success for this many intervals is flagged stale
 * @param fullTextHosts configured feeds on these hosts (or their subdomains) get their items' full
 *     text from the article pages; UNN's feeds carry only summaries
 */
@Validated
@ConfigurationProperties("ingest")
public record IngestProperties(
    @NotNull List<String> feeds,
    @DefaultValue("5m") @NotNull Duration pollInterval,
    @DefaultValue("0.1") @DecimalMin("0.0") @DecimalMax("0.5") double jitter,
    @DefaultValue("8") @Min(1) @Max(256) int workers,
    @DefaultValue("2") @Min(1) @Max(64) int perHostConcurrency,
    @DefaultValue("4h") @NotNull Duration maxBackoff,
    @DefaultValue("3") @Min(1) int staleAfterIntervals,
    @DefaultValue("unn.ua") List<String> fullTextHosts) {

  public static final Duration MIN_POLL_INTERVAL = Duration.ofMinutes(1);

  public IngestProperties {
    feeds = cleaned(feeds);
    fullTextHosts = cleaned(fullTextHosts);
    if (pollInterval != null && pollInterval.compareTo(MIN_POLL_INTERVAL) < 0) {
      throw new IllegalArgumentException(
          "ingest.poll-interval must be at least 1m (publishers ask for politeness), was "
              + pollInterval);
    }
  }

  private static List<String> cleaned(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  /** Whether configured feeds on that host get their items' full text. */
  public boolean fullTextFor(String host) {
    String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
    return fullTextHosts.stream()
        .map(t -> t.toLowerCase(java.util.Locale.ROOT))
        .anyMatch(t -> h.equals(t) || h.endsWith("." + t));
  }
}
