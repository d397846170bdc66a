package io.newsintel.search.pipeline;

/** Records on {@code topic} not yet consumed by {@code group}, summed over its partitions. */
public record ConsumerGroupLag(String group, String topic, long lag) {}
