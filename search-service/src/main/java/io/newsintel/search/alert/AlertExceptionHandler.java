package io.newsintel.search.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request that needed Kafka while Kafka could not take it with a 503 problem instead of
 * the generic 500; ahead of the service-wide handler, which catches every exception.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(AlertExceptionHandler.class);

  @ExceptionHandler(AlertStorageException.class)
  ProblemDetail storageUnavailable(AlertStorageException e) {
    log.warn("Alert storage unavailable: {}", e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Subscriptions could not be stored or read now; try again shortly.");
    problem.setTitle("Alerts unavailable");
    return problem;
  }
}
