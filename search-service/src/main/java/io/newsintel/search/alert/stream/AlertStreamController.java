package io.newsintel.search.alert.stream;

import io.newsintel.search.web.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/alerts/stream}: alerts as server-sent events ({@code event: alert}, data = the
 * {@code AlertRaised} JSON). A reconnecting EventSource sends the last id it saw in {@code
 * Last-Event-ID} and gets every alert after it, none twice.
 */
@RestController
class AlertStreamController {

  private final AlertStreams streams;

  AlertStreamController(AlertStreams streams) {
    this.streams = streams;
  }

  /**
   * @param lastEventId where to resume (sent by EventSource on reconnect)
   * @param from {@code latest} (default: alerts raised from now on), {@code earliest} (all alerts
   *     kept), or an event id, for clients that cannot set headers
   * @param subscriptionId only this subscription's alerts
   */
  @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(
      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String subscriptionId) {
    StreamPosition position = null;
    boolean earliest = false;
    if (lastEventId != null && !lastEventId.isBlank()) {
      position = StreamPosition.parse(lastEventId);
    } else if (from != null && !from.isBlank() && !from.equals("latest")) {
      if (from.equals("earliest")) {
        earliest = true;
      } else {
        position = StreamPosition.parse(from);
      }
    }
    if (subscriptionId != null && subscriptionId.length() > 100) {
      throw new InvalidRequestException("subscriptionId is too long");
    }
    return streams.open(
        position,
        earliest,
        subscriptionId == null || subscriptionId.isBlank() ? null : subscriptionId);
  }
}
