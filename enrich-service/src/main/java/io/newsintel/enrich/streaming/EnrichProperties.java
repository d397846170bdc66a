package io.newsintel.enrich.streaming;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the {@code news.raw} to {@code news.enriched} stream ({@code news.enrich.*}).
 *
 * @param partitions partitions of the topics this service creates (news.enriched, news.raw-dlt)
 * @param replicas replication factor of those topics (1 for a single local broker)
 * @param retryAttempts how many times a failing story is retried before it is dead-lettered
 * @param retryInterval the pause between those retries
 * @param replayOnNewCatalog re-enrich path: when true the consumer group is named after the catalog
 *     version, so a new catalog starts a new group that replays {@code news.raw} from the start
 *     (retention permitting) and republishes every story with the new tags
 */
@Validated
@ConfigurationProperties("news.enrich")
public record EnrichProperties(
    @DefaultValue("3") @Min(1) @Max(1000) int partitions,
    @DefaultValue("1") @Min(1) @Max(10) short replicas,
    @DefaultValue("2") @Min(0) @Max(10) int retryAttempts,
    @DefaultValue("500ms") @NotNull Duration retryInterval,
    @DefaultValue("false") boolean replayOnNewCatalog) {

  /** The consumer group of the listener. */
  public String groupId(String configuredGroupId, String catalogVersion) {
    return replayOnNewCatalog
        ? configuredGroupId + "-catalog-" + catalogVersion
        : configuredGroupId;
  }
}
