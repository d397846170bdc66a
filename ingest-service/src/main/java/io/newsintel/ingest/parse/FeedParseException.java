package io.newsintel.ingest.parse;

/** The bytes are not a feed this service can read; the message says why, in words. */
public class FeedParseException extends Exception {

  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
