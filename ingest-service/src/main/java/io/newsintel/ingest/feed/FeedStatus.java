package io.newsintel.ingest.feed;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed and its health, as {@code GET /api/feeds} shows it.
 *
 * @param lastHttpStatus status of the last HTTP answer, null before the first or when the fetch
 *     failed before one arrived
 * @param lastError why the last poll failed, in words; null when it succeeded
 * @param itemsSeen items in the feed at its last successful read
 * @param storiesPublished new or changed stories this instance published from it since start-up
 * @param nextPoll when the next poll is due; null while one is running
 * @param polledHere whether this instance polls the feed (each feed is polled by one instance;
 *     another instance shows its status)
 * @param failing no successful poll for longer than the configured multiple of the interval
 * @param silent no new or changed story for longer than that
 */
public record FeedStatus(
    String id,
    String url,
    String name,
    FeedOriginKind origin,
    Duration pollInterval,
    boolean fullText,
    Instant lastPoll,
    Instant lastSuccess,
    Integer lastHttpStatus,
    String lastError,
    int consecutiveFailures,
    int itemsSeen,
    long storiesPublished,
    Instant nextPoll,
    boolean polling,
    boolean polledHere,
    boolean failing,
    boolean silent) {}
