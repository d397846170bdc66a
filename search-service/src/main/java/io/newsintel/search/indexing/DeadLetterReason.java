package io.newsintel.search.indexing;

import io.newsintel.contract.serde.InvalidEventException;

/**
 * The precise reason a record went to {@code news.enriched-dlt}, for the {@value #HEADER} header
 * (the same header enrich-service writes): Spring's own message header says only "failed to
 * deserialize" for a record that is not an event, and hides the cause in a stack trace.
 */
final class DeadLetterReason {

  static final String HEADER = "news_dlt-reason";

  private DeadLetterReason() {}

  static String of(Throwable failure) {
    InvalidEventException invalid = find(failure, InvalidEventException.class);
    if (invalid != null) {
      return message(invalid);
    }
    StoryRejectedException rejected = find(failure, StoryRejectedException.class);
    if (rejected != null) {
      return rejected.deadLetterReason();
    }
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    // Not a record problem the listener recognised: retries were exhausted on something else.
    return "not indexed after retries: "
        + innermost.getClass().getSimpleName()
        + (innermost.getMessage() == null ? "" : ": " + innermost.getMessage());
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
  }
}
