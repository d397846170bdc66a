package io.newsintel.search.index;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Elasticsearch is and how long to wait for it.
 *
 * @param url base URL, {@code ELASTICSEARCH_URL}
 * @param connectTimeout time to open a connection
 * @param socketTimeout time to wait for an answer; bulk requests of a large batch need seconds
 */
@Validated
@ConfigurationProperties("search.elasticsearch")
public record ElasticsearchProperties(
    @NotNull URI url, @NotNull Duration connectTimeout, @NotNull Duration socketTimeout) {}
