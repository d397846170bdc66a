package io.newsintel.search.pipeline;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where ingest-service answers, for the feed summary of {@code GET /api/pipeline}. The defaults
 * live here rather than in application.yml because the web UI's feed proxy binds the same prefix.
 *
 * @param baseUrl ingest-service's base URL (environment: {@code SEARCH_INGEST_BASEURL})
 * @param timeout connect and answer timeout: the dashboard must not hang on a dead service
 */
@Validated
@ConfigurationProperties("search.ingest")
public record IngestServiceProperties(
    @DefaultValue("http://localhost:8081") @NotNull URI baseUrl,
    @DefaultValue("3s") @NotNull Duration timeout) {}
