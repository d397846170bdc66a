package io.newsintel.search.alert;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The topics of the alert feature. Names are settings so that tests (and two deployments on one
 * broker) can keep theirs apart; the defaults are the ones DESIGN.md names.
 *
 * @param alerts where alerts are raised ({@code news.alerts}, key = subscription id); its
 *     dead-letter topic is this name plus {@code -dlt}
 * @param retries webhook deliveries waiting for their next attempt
 * @param subscriptions compacted: subscription id to subscription, a tombstone when deleted
 * @param alerted compacted: (subscription, story) to the last alerted revision, so that a story is
 *     alerted once per subscription even across restarts and instances
 * @param status compacted: subscription id to its delivery status
 * @param digests compacted: subscription id to the alerts waiting for its next digest
 * @param partitions partitions of these topics when this service creates them
 * @param replicas their replication factor (1 on a single broker)
 * @param startupTimeout how long start-up waits to have read the compacted topics whole
 */
@Validated
@ConfigurationProperties("search.alerts.topics")
public record AlertTopicsProperties(
    @NotBlank String alerts,
    @NotBlank String retries,
    @NotBlank String subscriptions,
    @NotBlank String alerted,
    @NotBlank String status,
    @NotBlank String digests,
    @Min(1) @Max(1000) int partitions,
    @Min(1) @Max(16) short replicas,
    @NotNull Duration startupTimeout) {

  public String alertsDeadLetter() {
    return alerts + io.newsintel.contract.Topic.DEAD_LETTER_SUFFIX;
  }
}
