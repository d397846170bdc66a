package io.newsintel.search.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A server-sent-events client, reading as EventSource does; close() drops the connection. */
public final class SseClient implements AutoCloseable {

  /** One dispatched event. */
  public record Event(String id, String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final InputStream body;
  private final int status;

  public SseClient(URI uri, String lastEventId) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    status = response.statusCode();
    body = response.body();
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  public int status() {
    return status;
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (data.length() > 0 || name != null) {
            events.add(new Event(id, name == null ? "message" : name, data.toString()));
          }
          name = null;
          data.setLength(0);
        } else if (!line.startsWith(":")) {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1);
          value = value.startsWith(" ") ? value.substring(1) : value;
          switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
            default -> {}
          }
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  /** The next event, or an AssertionError when none comes within the timeout. */
  public Event next(Duration timeout) throws InterruptedException {
    Event event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (event == null) {
      throw new AssertionError("no event within " + timeout);
    }
    return event;
  }

  /** The next {@code count} events named {@code name}, skipping others. */
  public List<Event> next(String name, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Event> found = new ArrayList<>();
    while (found.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("got " + found.size() + " of " + count + " '" + name + "' events");
      }
      Event event = events.poll(left, TimeUnit.NANOSECONDS);
      if (event != null && event.name().equals(name)) {
        found.add(event);
      }
    }
    return found;
  }

  /** Events already received and not yet taken. */
  public List<Event> drain() {
    List<Event> left = new ArrayList<>();
    events.drainTo(left);
    return left;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
