package io.newsintel.search.alert.delivery;

/**
 * What one webhook call came to.
 *
 * @param status the HTTP status, 0 when there was no answer
 * @param reason why it failed, null when delivered
 */
record DeliveryResult(Outcome outcome, int status, String reason) {

  enum Outcome {
    DELIVERED,
    /** Worth another try: 5xx, 408, 425, 429, no answer. */
    RETRYABLE,
    /**
     * Will not get better by retrying: 3xx (redirects are not followed), other 4xx, refused URL.
     */
    PERMANENT
  }

  static DeliveryResult delivered(int status) {
    return new DeliveryResult(Outcome.DELIVERED, status, null);
  }

  static DeliveryResult ofStatus(int status) {
    if (status >= 200 && status < 300) {
      return delivered(status);
    }
    String reason = "webhook answered HTTP " + status;
    if (status >= 300 && status < 400) {
      return new DeliveryResult(
          Outcome.PERMANENT, status, reason + " (a redirect; redirects are not followed)");
    }
    boolean retryable = status >= 500 || status == 408 || status == 425 || status == 429;
    return new DeliveryResult(retryable ? Outcome.RETRYABLE : Outcome.PERMANENT, status, reason);
  }

  static DeliveryResult noAnswer(String reason) {
    return new DeliveryResult(Outcome.RETRYABLE, 0, reason);
  }

  static DeliveryResult refused(String reason) {
    return new DeliveryResult(Outcome.PERMANENT, 0, reason);
  }
}
