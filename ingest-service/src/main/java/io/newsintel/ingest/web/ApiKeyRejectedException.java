package io.newsintel.ingest.web;

/** A write request without the right {@code X-API-Key}; answered 401. */
class ApiKeyRejectedException extends RuntimeException {

  ApiKeyRejectedException(String message) {
    super(message);
  }
}
