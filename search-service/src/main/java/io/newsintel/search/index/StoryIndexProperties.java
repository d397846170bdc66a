package io.newsintel.search.index;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The stories index: readers and writers only ever name the alias; the versioned index behind it
 * ({@code <alias>-v<generation>}) can be rebuilt and swapped without them noticing.
 *
 * @param alias the name searches and writes use
 * @param shards primary shards of a new index
 * @param replicas replicas of a new index; 0 on a single node, or the cluster never turns green
 * @param richAnalysis use stemming and accent folding, which need the analysis plugins a full
 *     Elasticsearch has and the local distribution lacks
 * @param startupTimeout how long start-up waits for Elasticsearch before giving up
 */
@Validated
@ConfigurationProperties("search.index")
public record StoryIndexProperties(
    @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_.-]*", message = "must be a lowercase index name")
        String alias,
    @Min(1) @Max(64) int shards,
    @Min(0) @Max(8) int replicas,
    boolean richAnalysis,
    @NotNull Duration startupTimeout) {}
