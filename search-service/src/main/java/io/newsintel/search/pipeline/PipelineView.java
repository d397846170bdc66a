package io.newsintel.search.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/pipeline}.
 *
 * @param feeds null when ingest-service could not be asked; {@code errors} then says why
 * @param errors what could not be measured, in words; empty when everything answered
 */
public record PipelineView(
    Instant generatedAt,
    Rates rates,
    List<ConsumerGroupLag> consumerGroups,
    List<TopicEnd> topics,
    FeedsSummary feeds,
    List<String> errors) {}
