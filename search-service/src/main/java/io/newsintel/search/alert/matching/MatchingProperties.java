package io.newsintel.search.alert.matching;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param publishTimeout how long a batch keeps trying to commit its alerts before it fails (and the
 *     indexing listener retries it)
 * @param transactionTimeout Kafka transaction timeout of the alert producer: how long readers wait
 *     on the transaction of an instance that died in the middle of one
 */
@Validated
@ConfigurationProperties("search.alerts.matching")
record MatchingProperties(@NotNull Duration publishTimeout, @NotNull Duration transactionTimeout) {}
