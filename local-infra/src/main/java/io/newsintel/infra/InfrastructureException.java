package io.newsintel.infra;

/**
 * A local server could not be started or stopped. The message is written for the person at the
 * terminal: what went wrong and what to do about it, never just a stack trace.
 */
public class InfrastructureException extends RuntimeException {

  public InfrastructureException(String message) {
    super(message);
  }

  public InfrastructureException(String message, Throwable cause) {
    super(message, cause);
  }
}
