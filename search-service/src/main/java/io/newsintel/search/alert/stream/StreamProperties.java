package io.newsintel.search.alert.stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxClients streams open at once (each holds a Kafka consumer and a thread)
 * @param heartbeat how often an idle stream sends a comment, which keeps proxies from closing it
 *     and tells us when the client has gone
 * @param timeout how long one response lasts; the client then reconnects with Last-Event-ID
 */
@Validated
@ConfigurationProperties("search.alerts.stream")
record StreamProperties(
    @Min(1) @Max(10_000) int maxClients, @NotNull Duration heartbeat, @NotNull Duration timeout) {}
