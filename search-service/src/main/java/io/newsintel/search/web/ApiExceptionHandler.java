package io.newsintel.search.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 7807 problem: Spring MVC's own exceptions through the base class, ours
 * here. No stack trace or Elasticsearch internals ever reach the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidRequest(InvalidRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  /**
   * Elasticsearch refusing a query (its 400) is about the request, not about availability: "try
   * again shortly" would be wrong. Parameters should be validated before they get this far; this
   * catches what validation missed, without passing Elasticsearch's internals on.
   */
  @ExceptionHandler(ElasticsearchException.class)
  ProblemDetail searchFailed(ElasticsearchException e) {
    if (e.status() == HttpStatus.BAD_REQUEST.value()) {
      log.warn("Elasticsearch refused a query: {}", e.getMessage());
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "The search engine refused this query; check its parameters.");
    }
    return searchUnavailable(e);
  }

  @ExceptionHandler(IOException.class)
  ProblemDetail searchUnavailable(Exception e) {
    log.warn("Elasticsearch request failed: {}", e.toString());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Search unavailable",
        "The search engine could not answer; try again shortly.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be handled.");
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
