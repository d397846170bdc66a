package io.newsintel.search.alert.noise;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param rateWindow the window of a subscription's {@code rateLimit} (one hour: "at most N messages
 *     an hour"); windows start at multiples of it since the epoch
 * @param digestCheckInterval how often due digests are looked for
 * @param digestMaxAlerts alerts listed in one digest; more are counted as omitted
 */
@Validated
@ConfigurationProperties("search.alerts.noise")
public record NoiseProperties(
    @NotNull Duration rateWindow,
    @NotNull Duration digestCheckInterval,
    @Min(1) @Max(500) int digestMaxAlerts) {}
