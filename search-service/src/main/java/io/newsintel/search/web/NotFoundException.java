package io.newsintel.search.web;

/** The thing asked for does not exist; answered with 404 and this message. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
