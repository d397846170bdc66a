package io.newsintel.search.alert;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on loopback: records every request (headers and exact body bytes) per path and
 * answers with the status its path is scripted to give for the n-th call.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  public record Received(String path, Map<String, String> headers, byte[] body, Instant at) {
    public String header(String name) {
      return headers.get(name.toLowerCase());
    }

    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, IntUnaryOperator> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          String path = exchange.getRequestURI().getPath();
          Map<String, String> headers = new ConcurrentHashMap<>();
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
          received.add(new Received(path, headers, body, Instant.now()));
          int call = calls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          int status = scripts.getOrDefault(path, n -> 200).applyAsInt(call);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** Answers calls to {@code path} with {@code status.applyAsInt(n)} for the n-th call. */
  public WebhookReceiver answer(String path, IntUnaryOperator status) {
    scripts.put(path, status);
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Received> received(String path) {
    List<Received> found = new ArrayList<>();
    for (Received r : received) {
      if (r.path().equals(path)) {
        found.add(r);
      }
    }
    return found;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
