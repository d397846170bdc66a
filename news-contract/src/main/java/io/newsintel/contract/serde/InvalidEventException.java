package io.newsintel.contract.serde;

import tools.jackson.core.JacksonException;

/** The bytes or text are not a valid event of the expected type; the message says why. */
public class InvalidEventException extends RuntimeException {

  public InvalidEventException(Class<?> type, Exception cause) {
    super("not a valid " + type.getSimpleName() + " event: " + reason(cause), cause);
  }

  public InvalidEventException(String message) {
    super(message);
  }

  private static String reason(Exception cause) {
    return cause instanceof JacksonException json ? json.getOriginalMessage() : cause.getMessage();
  }
}
