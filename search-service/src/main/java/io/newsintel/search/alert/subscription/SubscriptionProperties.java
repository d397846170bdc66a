package io.newsintel.search.alert.subscription;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowPrivateAddresses accept webhook URLs on loopback, private and link-local addresses
 *     ({@code ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES}; for local demos and tests only)
 * @param defaultRateLimit webhook messages per rate window of a subscription that does not say
 * @param maxSubscriptions how many subscriptions this service accepts (every instance holds all)
 */
@Validated
@ConfigurationProperties("search.alerts.subscriptions")
public record SubscriptionProperties(
    boolean allowPrivateAddresses,
    @Min(0) @Max(SubscriptionValidator.MAX_RATE_LIMIT) int defaultRateLimit,
    @Min(1) int maxSubscriptions) {}
