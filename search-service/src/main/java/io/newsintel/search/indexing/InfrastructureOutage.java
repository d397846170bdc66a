package io.newsintel.search.indexing;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells an outage of the infrastructure (Elasticsearch or Kafka down, slow or refusing writes for
 * now) from a failure that retrying cannot cure. An outage is never a reason to dead-letter a
 * record: the batch waits for the infrastructure instead.
 */
final class InfrastructureOutage {

  private InfrastructureOutage() {}

  /**
   * Whether {@code failure}, or anything that caused it, says the infrastructure is unavailable.
   */
  static boolean isOutage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InfrastructureUnavailableException
          // Kafka's own verdict: the operation may succeed if retried (broker down, not enough
          // replicas, leader moving, request or metadata timeouts).
          || t instanceof RetriableException
          // A send to the dead-letter topic that got no answer in time.
          || t instanceof TimeoutException
          || t instanceof SocketException
          || t instanceof SocketTimeoutException
          || t instanceof UnknownHostException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
