package io.newsintel.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * HTTP GET for feeds and article pages, with every limit a public crawler needs: the SSRF guard on
 * each hop (redirects are followed here, not by the client, for that reason), conditional requests,
 * gzip, a size cap that also holds after decompression, and connect, response and total timeouts.
 */
public class FeedFetcher {

  private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");
  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9,"
          + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

  private final FetchProperties properties;
  private final AddressGuard guard;
  private final HttpClient client;

  public FeedFetcher(FetchProperties properties) {
    this(properties, new AddressGuard(properties.allowPrivateAddresses()));
  }

  FeedFetcher(FetchProperties properties, AddressGuard guard) {
    this.properties = properties;
    this.guard = guard;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public FetchResponse fetch(URI uri, Validators validators) throws FetchException {
    return fetch(uri, validators, ACCEPT);
  }

  /**
   * @throws FetchException for anything that is not an HTTP answer: refused address, DNS, connect
   *     or timeout failures, a body over the cap, too many redirects
   */
  public FetchResponse fetch(URI uri, Validators validators, String accept) throws FetchException {
    Instant deadline = Instant.now().plus(properties.totalTimeout());
    URI current = uri;
    for (int hop = 0; ; hop++) {
      guard.check(current);
      HttpResponse<byte[]> response = exchange(current, validators, accept, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new FetchException("HTTP " + status + " redirect without a Location header");
        }
        if (hop >= properties.maxRedirects()) {
          throw new FetchException(
              "more than " + properties.maxRedirects() + " redirects, last to " + location.get());
        }
        current = current.resolve(location.get().strip());
        continue;
      }
      return toFetchResponse(current, response);
    }
  }

  private HttpResponse<byte[]> exchange(
      URI uri, Validators validators, String accept, Instant deadline) throws FetchException {
    Duration remaining = Duration.between(Instant.now(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      throw new FetchException("timed out after " + properties.totalTimeout().toSeconds() + " s");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(min(properties.responseTimeout(), remaining))
            .header("User-Agent", properties.userAgent())
            .header("Accept", accept)
            .header("Accept-Encoding", "gzip");
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request.build(), bodyHandler());
    try {
      return future.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(
          "timed out after " + properties.totalTimeout().toSeconds() + " s reading " + uri, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted", e);
    } catch (ExecutionException e) {
      throw describe(uri, e.getCause());
    }
  }

  private BodyHandler<byte[]> bodyHandler() {
    return info ->
        info.statusCode() >= 200 && info.statusCode() < 300
            ? new LimitedBodySubscriber(properties.maxBodyBytes())
            : BodySubscribers.replacing(new byte[0]);
  }

  private FetchResponse toFetchResponse(URI uri, HttpResponse<byte[]> response)
      throws FetchException {
    var headers = response.headers();
    byte[] body = response.body() == null ? new byte[0] : response.body();
    String encoding = headers.firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
    if (encoding.contains("gzip") && body.length > 0) {
      body = gunzip(body);
    }
    Validators validators =
        new Validators(
            headers.firstValue("ETag").orElse(null),
            headers.firstValue("Last-Modified").orElse(null));
    return new FetchResponse(
        response.statusCode(),
        uri,
        body,
        headers.firstValue("Content-Type").orElse(null),
        validators,
        headers.firstValue("Retry-After").flatMap(FeedFetcher::retryAfter),
        headers.firstValue("Cache-Control").flatMap(FeedFetcher::maxAge));
  }

  private byte[] gunzip(byte[] compressed) throws FetchException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (total > properties.maxBodyBytes()) {
          throw new FetchException(
              "gzip body expands past the " + properties.maxBodyBytes() + "-byte limit");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException("broken gzip body: " + e.getMessage(), e);
    }
  }

  static Optional<Duration> retryAfter(String value) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Duration> maxAge(String cacheControl) {
    Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static FetchException describe(URI uri, Throwable cause) {
    if (cause instanceof FetchException fetch) {
      return fetch;
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException("no response from " + uri.getHost() + " in time", cause);
    }
    if (cause instanceof java.net.ConnectException) {
      return new FetchException(
          "cannot connect to " + uri.getHost() + ": connection refused", cause);
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new FetchException("fetching " + uri + " failed: " + message, cause);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
