package io.newsintel.ingest.publish;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this service writes are created ({@code ingest.topics.*}).
 *
 * @param partitions partitions of {@code news.raw}, its dead-letter topic and the ingest topics
 * @param replicationFactor replicas of each; 1 on a single local broker
 */
@Validated
@ConfigurationProperties("ingest.topics")
public record TopicProperties(
    @DefaultValue("3") @Min(1) @Max(1000) int partitions,
    @DefaultValue("1") @Min(1) @Max(10) short replicationFactor) {}
