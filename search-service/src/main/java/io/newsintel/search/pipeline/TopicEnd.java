package io.newsintel.search.pipeline;

/** The end offset of a topic, summed over its partitions: records ever written to it. */
public record TopicEnd(String topic, long endOffset) {}
