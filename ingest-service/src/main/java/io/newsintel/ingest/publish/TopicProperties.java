package io.newsintel.ingest.publish;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this service writes are created ({@code ingest.topics.*}).
 *
 * @param partitions partitions of {@code news.raw}, its dead-letter topic and the ingest topics
 * @param replicationFactor replicas of each; 1 on a single local broker
 * @param seenStories compacted topic of the story versions already published, read back at start-up
 *     so a restart does not republish every item
 * @param seenStoriesRetention how long a story is remembered; an item still in a feed after that is
 *     published again
 */
@Validated
@ConfigurationProperties("ingest.topics")
public record TopicProperties(
    @DefaultValue("3") @Min(1) @Max(1000) int partitions,
    @DefaultValue("1") @Min(1) @Max(10) short replicationFactor,
    @DefaultValue("ingest.seen-stories") @NotBlank String seenStories,
    @DefaultValue("30d") @NotNull Duration seenStoriesRetention,
    @DefaultValue("ingest.feeds") @NotBlank String feeds,
    @DefaultValue("ingest-feed-owners") @NotBlank String feedOwnersGroup) {}
