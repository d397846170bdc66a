package io.newsintel.search.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requires {@code X-API-Key} on every request that changes something under {@code /api/}. The key
 * is compared in constant time and never logged.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ApiKeyProperties properties;
  private final JsonMapper jsonMapper;

  ApiKeyFilter(ApiKeyProperties properties, JsonMapper jsonMapper) {
    this.properties = properties;
    this.jsonMapper = jsonMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return READ_METHODS.contains(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!properties.configured()) {
      refuse(request, response, "Writes are disabled: set NEWS_API_KEY to enable them.");
      return;
    }
    String given = request.getHeader(HEADER);
    if (given == null || !matches(given, properties.apiKey())) {
      refuse(request, response, "Missing or wrong " + HEADER + " header.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean matches(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Unauthorized");
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
  }
}
