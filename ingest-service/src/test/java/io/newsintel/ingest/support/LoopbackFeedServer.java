package io.newsintel.ingest.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** An HTTP server on 127.0.0.1 serving feeds the test sets, with a request counter per path. */
public final class LoopbackFeedServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Consumer<HttpExchange>> handlers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  public LoopbackFeedServer() {
    this(4);
  }

  /**
   * @param threads requests served at once; a test with servers that hold a connection open (a slow
   *     drip) needs more than the default so the other feeds are still answered
   */
  public LoopbackFeedServer(int threads) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          Consumer<HttpExchange> handler = handlers.get(path);
          try (exchange) {
            if (handler == null) {
              exchange.sendResponseHeaders(404, -1);
            } else {
              handler.accept(exchange);
            }
          }
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public void handle(String path, Consumer<HttpExchange> handler) {
    handlers.put(path, handler);
  }

  public void serve(String path, String contentType, String body) {
    handle(
        path,
        exchange -> respond(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) {
    try {
      if (contentType != null) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String resource(String name) {
    try (InputStream in = LoopbackFeedServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
