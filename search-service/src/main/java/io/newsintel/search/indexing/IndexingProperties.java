package io.newsintel.search.indexing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How enriched stories get into Elasticsearch.
 *
 * @param topicPartitions partitions of the topics this service declares ({@code news.enriched} and
 *     its dead-letter topic, which must have at least as many)
 * @param topicReplicas replication factor of those topics (1 on a single broker)
 * @param bulkMaxOperations operations per bulk request
 * @param bulkMaxConcurrentRequests bulk requests in flight at once
 * @param bulkTimeout how long a batch waits for Elasticsearch before it counts as unavailable
 * @param throttleRetries retries of items Elasticsearch refused with 429 (too many requests); at
 *     least 1, the client's ingester mishandles a policy of zero retries
 * @param throttleInitialDelay first delay of those retries, doubled each time
 * @param outageRetryMaxInterval longest pause between attempts while Elasticsearch is down; the
 *     consumer stays paused and retries for as long as the outage lasts
 */
@Validated
@ConfigurationProperties("search.indexing")
public record IndexingProperties(
    @Min(1) @Max(1000) int topicPartitions,
    @Min(1) @Max(16) short topicReplicas,
    @Min(1) @Max(100_000) int bulkMaxOperations,
    @Min(1) @Max(64) int bulkMaxConcurrentRequests,
    @NotNull Duration bulkTimeout,
    @Min(1) @Max(30) int throttleRetries,
    @NotNull Duration throttleInitialDelay,
    @NotNull Duration outageRetryMaxInterval) {}
