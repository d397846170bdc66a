package io.newsintel.search.pipeline;

import java.time.Instant;

/**
 * The counts the rates are derived from, read at one instant.
 *
 * @param rawEnd end offset of the raw topic (summed over partitions)
 * @param enrichedEnd end offset of the enriched topic
 * @param indexed stories this instance has indexed since it started
 */
record PipelineSample(Instant at, long rawEnd, long enrichedEnd, long indexed) {}
