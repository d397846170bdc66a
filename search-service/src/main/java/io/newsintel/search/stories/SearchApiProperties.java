package io.newsintel.search.stories;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the search API.
 *
 * @param defaultPageSize stories per page when {@code size} is not given
 * @param maxPageSize the largest {@code size} accepted
 * @param facetSize values per facet
 * @param cursorKeepAlive how long a {@code nextCursor} stays usable after the page that gave it
 *     (the point in time behind it is kept open that long)
 */
@Validated
@ConfigurationProperties("search.api")
public record SearchApiProperties(
    @Min(1) @Max(1000) int defaultPageSize,
    @Min(1) @Max(1000) int maxPageSize,
    @Min(1) @Max(1000) int facetSize,
    @NotNull Duration cursorKeepAlive) {}
