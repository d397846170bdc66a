package io.newsintel.infra.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsintel.infra.InfrastructureException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the bundled sample feeds on loopback, as a real feed server would: with a content type, an
 * ETag and 304 answers to conditional requests. Used by {@code ./run.sh --demo} and by the
 * end-to-end test, so both exercise the same fixture.
 */
public final class DemoFeedServer implements AutoCloseable {

  /** The bundled feeds: file name to content type. */
  public static final Map<String, String> FEEDS = feeds();

  private final HttpServer server;
  private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
  private final Map<String, String> contentTypes = new ConcurrentHashMap<>(FEEDS);
  private final AtomicInteger requests = new AtomicInteger();

  private DemoFeedServer(HttpServer server) {
    this.server = server;
  }

  public static DemoFeedServer start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not start the demo feed server: " + e.getMessage(), e);
    }
    DemoFeedServer demo = new DemoFeedServer(server);
    FEEDS.keySet().forEach(name -> demo.bodies.put(name, resource(name)));
    server.createContext("/feeds/", demo::serve);
    server.start();
    return demo;
  }

  /** The URLs of the bundled feeds, in a stable order. */
  public List<String> feedUrls() {
    return FEEDS.keySet().stream().map(this::url).toList();
  }

  public String url(String feedName) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feeds/" + feedName;
  }

  /**
   * Serves one more feed next to the bundled ones (for tests: a feed made for one case), at {@link
   * #url(String)}.
   */
  public void addFeed(String feedName, String contentType, byte[] body) {
    contentTypes.put(feedName, contentType);
    bodies.put(feedName, body.clone());
  }

  /** How many requests the server has answered, so a test can see that a feed was polled again. */
  public int requestCount() {
    return requests.get();
  }

  /** The raw bytes of a bundled feed, for tests that need to know what was served. */
  public static byte[] resource(String name) {
    try (InputStream in =
        DemoFeedServer.class.getResourceAsStream("/io/newsintel/infra/demo/" + name)) {
      if (in == null) {
        throw new InfrastructureException(
            "demo feed " + name + " is missing from local-infra's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not read demo feed " + name + ": " + e.getMessage(), e);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      String name = exchange.getRequestURI().getPath().substring("/feeds/".length());
      byte[] body = bodies.get(name);
      if (body == null
          || !("GET".equals(exchange.getRequestMethod())
              || "HEAD".equals(exchange.getRequestMethod()))) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String etag = "\"" + sha256(body) + "\"";
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Cache-Control", "max-age=60");
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentTypes.get(name));
      if ("HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static Map<String, String> feeds() {
    Map<String, String> feeds = new LinkedHashMap<>();
    feeds.put("unn-world-en.xml", "application/rss+xml; charset=utf-8");
    feeds.put("unn-news-uk.xml", "application/rss+xml; charset=utf-8");
    feeds.put("cyber-briefing.xml", "application/atom+xml; charset=utf-8");
    return Collections.unmodifiableMap(feeds);
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
