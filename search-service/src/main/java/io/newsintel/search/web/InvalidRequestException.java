package io.newsintel.search.web;

/** A request parameter the API cannot accept; answered with 400 and this message. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
