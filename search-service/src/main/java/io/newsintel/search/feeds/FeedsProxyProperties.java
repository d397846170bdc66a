package io.newsintel.search.feeds;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The feeds page's calls to ingest-service (whose address is {@code search.ingest.base-url}).
 *
 * @param timeout how long to wait for an answer: a refresh polls the feeds before it answers (up to
 *     30 s), far longer than the pipeline view's quick status reads
 */
@Validated
@ConfigurationProperties("search.feeds-proxy")
public record FeedsProxyProperties(@NotNull @DefaultValue("45s") Duration timeout) {}
