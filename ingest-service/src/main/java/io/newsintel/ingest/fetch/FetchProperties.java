package io.newsintel.ingest.fetch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How feeds and pages are fetched ({@code ingest.fetch.*}).
 *
 * @param allowPrivateAddresses fetch private, loopback and link-local addresses too (local demos
 *     and tests only)
 * @param connectTimeout TCP and TLS connect timeout
 * @param responseTimeout time to the response headers
 * @param totalTimeout time for the whole exchange, body included, across redirects
 * @param maxBodyBytes largest body accepted, after gzip decoding
 * @param maxRedirects redirects followed before giving up
 * @param userAgent sent with every request so that publishers can identify and reach us
 */
@Validated
@ConfigurationProperties("ingest.fetch")
public record FetchProperties(
    @DefaultValue("false") boolean allowPrivateAddresses,
    @DefaultValue("5s") @NotNull Duration connectTimeout,
    @DefaultValue("15s") @NotNull Duration responseTimeout,
    @DefaultValue("30s") @NotNull Duration totalTimeout,
    @DefaultValue("10485760") @Min(1024) long maxBodyBytes,
    @DefaultValue("5") @Min(0) @Max(20) int maxRedirects,
    @DefaultValue("news-intel-ingest/0.1 (+https://github.com/news-intel; feed reader)") @NotBlank
        String userAgent) {

  public static FetchProperties defaults(boolean allowPrivateAddresses) {
    return new FetchProperties(
        allowPrivateAddresses,
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        Duration.ofSeconds(30),
        10L * 1024 * 1024,
        5,
        "news-intel-ingest/0.1 (+https://github.com/news-intel; feed reader)");
  }
}
