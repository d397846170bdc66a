package io.newsintel.search.alert.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open alert streams: each runs on its own thread; there are at most {@code maxClients}; all
 * end when the service shuts down (before the web server's graceful shutdown, which would otherwise
 * wait for them).
 */
@Component
class AlertStreams {

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final StreamProperties properties;
  private final Set<AlertStreamSession> open = ConcurrentHashMap.newKeySet();

  AlertStreams(
      AlertKafkaClients kafka,
      AlertTopicsProperties topics,
      StreamProperties properties,
      MeterRegistry registry) {
    this.kafka = kafka;
    this.topics = topics;
    this.properties = properties;
    Gauge.builder("search.alerts.streams", open, Set::size)
        .description("Open server-sent-event streams of alerts")
        .register(registry);
  }

  /**
   * @throws ResponseStatusException 503 when as many streams are open as allowed
   */
  SseEmitter open(StreamPosition from, boolean fromEarliest, String subscriptionId) {
    if (open.size() >= properties.maxClients()) {
      throw new ResponseStatusException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Too many alert streams are open (" + properties.maxClients() + "); try again later.");
    }
    SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
    AlertStreamSession[] self = new AlertStreamSession[1];
    AlertStreamSession session =
        new AlertStreamSession(
            topics.alerts(),
            kafka,
            emitter,
            from,
            fromEarliest,
            subscriptionId,
            properties.heartbeat(),
            () -> open.remove(self[0]));
    self[0] = session;
    open.add(session);
    emitter.onCompletion(session::close);
    emitter.onTimeout(session::close);
    emitter.onError(e -> session.close());
    Thread thread = new Thread(session, "alert-stream");
    thread.setDaemon(true);
    thread.start();
    return emitter;
  }

  @EventListener(ContextClosedEvent.class)
  void closeAll() {
    open.forEach(AlertStreamSession::close);
  }
}
