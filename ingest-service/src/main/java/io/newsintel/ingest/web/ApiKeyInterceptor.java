package io.newsintel.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every write under {@code /api} needs {@code X-API-Key} equal to the configured key. Compared in
 * constant time so response timing does not leak the key; the key is never logged.
 */
class ApiKeyInterceptor implements HandlerInterceptor {

  static final String HEADER = "X-API-Key";
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final byte[] expected;

  ApiKeyInterceptor(ApiKeyProperties properties) {
    String key = properties.apiKey();
    this.expected = key == null || key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (READ_METHODS.contains(request.getMethod())) {
      return true;
    }
    if (expected == null) {
      throw new ApiKeyRejectedException(
          "writes are disabled: no API key is configured; set NEWS_API_KEY and send it in the "
              + HEADER
              + " header");
    }
    String given = request.getHeader(HEADER);
    if (given == null || given.isEmpty()) {
      throw new ApiKeyRejectedException("missing " + HEADER + " header");
    }
    if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiKeyRejectedException("wrong " + HEADER);
    }
    return true;
  }
}
