package io.newsintel.search.alert.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How alerts reach webhooks.
 *
 * @param groupId consumer group of the delivery listeners (retries use this plus {@code -retries});
 *     instances in one group share the work
 * @param concurrency consumer threads per listener (at most the partitions of the topics)
 * @param connectTimeout to open a connection to a webhook
 * @param requestTimeout for a webhook to answer once connected
 * @param initialBackoff delay before the first retry; doubled per attempt, with jitter
 * @param maxBackoff longest delay between two attempts
 * @param giveUpAfter time from the first attempt after which a failing delivery goes to the
 *     dead-letter topic
 */
@Validated
@ConfigurationProperties("search.alerts.delivery")
public record DeliveryProperties(
    @NotBlank String groupId,
    @Min(1) @Max(64) int concurrency,
    @NotNull Duration connectTimeout,
    @NotNull Duration requestTimeout,
    @NotNull Duration initialBackoff,
    @NotNull Duration maxBackoff,
    @NotNull Duration giveUpAfter) {}
