package io.newsintel.search.feeds;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where ingest-service answers, for the feeds page (the UI is served here, the feed registry lives
 * there).
 *
 * @param baseUrl scheme, host and port of ingest-service; only its {@code /api/feeds} paths are
 *     ever called
 * @param timeout how long to wait for an answer; a refresh polls the feeds first (up to 30 s)
 */
@Validated
@ConfigurationProperties("search.ingest")
public record IngestServiceProperties(
    @NotNull @DefaultValue("http://localhost:8081") URI baseUrl,
    @NotNull @DefaultValue("45s") Duration timeout) {}
