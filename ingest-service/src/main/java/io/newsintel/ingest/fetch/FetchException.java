package io.newsintel.ingest.fetch;

import java.io.IOException;

/** A fetch failed; the message says why in words, for the feed's status. */
public class FetchException extends IOException {

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
