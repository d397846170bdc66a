package io.newsintel.search.feeds;

import io.newsintel.search.pipeline.IngestServiceProperties;
import io.newsintel.search.web.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed registry of ingest-service, reachable from the UI's origin: exactly the four calls the
 * feeds page makes, to the one configured ingest-service, never a URL taken from the request. The
 * {@code X-API-Key} header is passed through, so ingest-service still decides about writes.
 */
@RestController
@RequestMapping("/api/feeds")
class FeedsProxyController {

  private static final String API_KEY = "X-API-Key";

  /** Ingest's feed ids are 16 hex digits; anything else could walk to another path. */
  private static final Pattern FEED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final IngestServiceProperties ingest;
  private final FeedsProxyProperties properties;
  private final HttpClient http;

  FeedsProxyController(IngestServiceProperties ingest, FeedsProxyProperties properties) {
    this.ingest = ingest;
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(ingest.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @GetMapping
  ResponseEntity<byte[]> feeds() {
    return forward(request("/api/feeds").GET(), null);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> add(
      @RequestBody byte[] body, @RequestHeader(name = API_KEY, required = false) String apiKey) {
    return forward(
        request("/api/feeds")
            .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
        apiKey);
  }

  @PostMapping("/refresh")
  ResponseEntity<byte[]> refreshAll(
      @RequestHeader(name = API_KEY, required = false) String apiKey) {
    return forward(request("/api/feeds/refresh").POST(HttpRequest.BodyPublishers.noBody()), apiKey);
  }

  @PostMapping("/{id}/refresh")
  ResponseEntity<byte[]> refresh(
      @PathVariable String id, @RequestHeader(name = API_KEY, required = false) String apiKey) {
    if (!FEED_ID.matcher(id).matches()) {
      throw new InvalidRequestException("not a feed id: '" + id + "'");
    }
    return forward(
        request("/api/feeds/" + id + "/refresh").POST(HttpRequest.BodyPublishers.noBody()), apiKey);
  }

  @ExceptionHandler(IngestUnavailableException.class)
  ProblemDetail ingestUnavailable(IngestUnavailableException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    problem.setTitle("ingest-service unavailable");
    return problem;
  }

  private HttpRequest.Builder request(String path) {
    URI base = ingest.baseUrl();
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return HttpRequest.newBuilder(URI.create(root).resolve(path.substring(1)))
        .timeout(properties.timeout())
        .header("Accept", "application/json");
  }

  private ResponseEntity<byte[]> forward(HttpRequest.Builder builder, String apiKey) {
    if (apiKey != null) {
      builder.header(API_KEY, apiKey);
    }
    HttpRequest request = builder.build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new IngestUnavailableException(
          "ingest-service at "
              + ingest.baseUrl()
              + " did not answer within "
              + properties.timeout().toSeconds()
              + " s; try again in a moment.",
          e);
    } catch (IOException e) {
      throw new IngestUnavailableException(
          "ingest-service is not reachable at "
              + ingest.baseUrl()
              + ": start it, or set SEARCH_INGEST_BASEURL to where it runs.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestUnavailableException("interrupted while calling ingest-service", e);
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(response.statusCode());
    response
        .headers()
        .firstValue("Content-Type")
        .map(MediaType::parseMediaType)
        .ifPresent(answer::contentType);
    return answer.body(response.body());
  }
}
