package io.newsintel.search.feeds;

/** ingest-service could not be reached or did not answer in time. */
class IngestUnavailableException extends RuntimeException {

  IngestUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
