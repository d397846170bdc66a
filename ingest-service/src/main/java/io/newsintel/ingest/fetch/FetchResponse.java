package io.newsintel.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The end of a fetch (after redirects).
 *
 * @param body the decoded body of a 2xx response, else empty
 * @param retryAfter what a 429 or 503 asked us to wait
 * @param maxAge the response's Cache-Control max-age, the earliest a re-fetch is useful
 */
public record FetchResponse(
    int status,
    URI finalUri,
    byte[] body,
    String contentType,
    Validators validators,
    Optional<Duration> retryAfter,
    Optional<Duration> maxAge) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public boolean notModified() {
    return status == 304;
  }
}
