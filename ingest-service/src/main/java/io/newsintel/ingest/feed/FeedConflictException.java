package io.newsintel.ingest.feed;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The request conflicts with the registry's state (a duplicate, or a configured feed). */
class FeedConflictException extends ResponseStatusException {

  FeedConflictException(String reason) {
    super(HttpStatus.CONFLICT, reason);
  }
}
