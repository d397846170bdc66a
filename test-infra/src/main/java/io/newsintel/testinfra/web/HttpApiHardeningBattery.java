package io.newsintel.testinfra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input and missing keys against every endpoint a running service maps, found through its
 * {@link RequestMappingHandlerMapping}: an endpoint added later gets the same probes without anyone
 * listing it. Every answer must be below 500 and free of stack traces; every 4xx the application
 * writes is an RFC 7807 problem; every write without the right key is a 401. A service's subclass
 * is a {@code @SpringBootTest} on a random port with {@code news.api-key} = {@link #API_KEY}, its
 * real infrastructure, and the endpoints it must find.
 */
@ExtendWith(OutputCaptureExtension.class)
public abstract class HttpApiHardeningBattery {

  /** The key the subclass gives its service as {@code news.api-key}. */
  protected static final String API_KEY = "hardening-it-key-7f3a9c2e5b";

  private static final String WRONG_KEY = "hardening-it-wrong-key-1d8e4f";
  private static final Set<RequestMethod> WRITES =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  /** Texts that only a stack trace or an exception's class name would put in a response. */
  private static final List<String> LEAKS =
      List.of("Exception", "\tat ", "at io.", "at java.", "org.springframework", "java.lang.");

  /** Rejected by Tomcat before the application sees the request, so not a problem document. */
  private static final Set<Integer> CONNECTOR_REJECTIONS = Set.of(400, 413, 414, 431);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort protected int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  protected RequestMappingHandlerMapping mappings;

  /** What a subclass's service must map, so that the battery is known to have found them. */
  protected abstract List<String> endpointsItMustFind();

  @Test
  void findsTheEndpointsItProbes() {
    assertThat(endpoints())
        .extracting(Endpoint::toString)
        .contains(endpointsItMustFind().toArray(String[]::new));
  }

  @TestFactory
  Stream<DynamicTest> answersEveryBadRequestWithAProblemAndNever500() {
    return endpoints().stream()
        .flatMap(endpoint -> probes(endpoint).stream())
        .map(probe -> DynamicTest.dynamicTest(probe.toString(), () -> checkAnswer(probe)));
  }

  @TestFactory
  Stream<DynamicTest> refusesEveryWriteWithoutTheRightKey() {
    return endpoints().stream()
        .filter(e -> WRITES.contains(e.method()))
        .flatMap(
            e ->
                Stream.of(
                    acceptableWrite(e, "no key", null),
                    acceptableWrite(e, "wrong key", WRONG_KEY),
                    acceptableWrite(e, "empty key", ""),
                    acceptableWrite(e, "key with a different case", API_KEY.toUpperCase()),
                    acceptableWrite(e, "key as a query parameter", null)
                        .withTarget(e.path("probe-id") + "?X-API-Key=" + API_KEY)))
        .map(
            probe ->
                DynamicTest.dynamicTest(
                    probe.toString(),
                    () -> {
                      Answer answer = send(probe);
                      assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                      assertThat(answer.contentType()).contains("application/problem+json");
                      assertThat(answer.body()).doesNotContain(API_KEY, WRONG_KEY);
                    }));
  }

  /** A write the endpoint would accept but for the key: its own media type, a plausible body. */
  private static Probe acceptableWrite(Endpoint e, String what, String key) {
    String type =
        e.consumes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE : e.consumes().iterator().next();
    String body = type.contains("json") ? "{}" : "<opml version=\"2.0\"><body/></opml>";
    return new Probe(e, what, e.path("probe-id"), body, type, key);
  }

  @Test
  void neverLogsTheKeyRightOrWrong(CapturedOutput output) throws Exception {
    for (Endpoint endpoint : endpoints()) {
      if (WRITES.contains(endpoint.method())) {
        send(acceptableWrite(endpoint, "wrong", WRONG_KEY));
        send(acceptableWrite(endpoint, "right", API_KEY));
      }
    }

    // The capture works (the start-up lines are in it); neither key is.
    assertThat(output.getAll())
        .contains("Started " + getClass().getSimpleName())
        .doesNotContain(API_KEY, WRONG_KEY);
  }

  @Test
  void exposesOnlyHealthInfoAndPrometheusOverHttp() throws Exception {
    for (String open : List.of("health", "info", "prometheus")) {
      assertThat(get("/actuator/" + open).status()).as(open).isEqualTo(200);
    }
    List<String> closedEndpoints = new ArrayList<>(ClosedActuatorEndpoints.NAMES);
    closedEndpoints.add("env/news.api-key");
    for (String closed : closedEndpoints) {
      assertThat(get("/actuator/" + closed).status()).as(closed).isEqualTo(404);
    }
    assertThat(get("/actuator").body()).doesNotContain("\"env\"", "heapdump", "configprops");
    assertThat(get("/actuator/info").body()).doesNotContain(API_KEY);
  }

  private void checkAnswer(Probe probe) throws Exception {
    Answer answer = send(probe);
    if (answer.status() == 502) {
      // A gateway endpoint (search-service's feeds proxy) whose upstream is not running in this
      // test says so deliberately: a problem document, not a crash. Every other 5xx fails.
      assertThat(answer.contentType()).as(answer.toString()).contains("application/problem+json");
    } else {
      assertThat(answer.status()).as(answer.toString()).isLessThan(500);
    }
    assertThat(answer.body()).as(answer.toString()).doesNotContain(LEAKS);
    boolean fromTheApplication =
        !(CONNECTOR_REJECTIONS.contains(answer.status()) && !answer.contentType().contains("json"));
    if (answer.status() >= 400 && fromTheApplication) {
      assertThat(answer.contentType()).as(answer.toString()).contains("application/problem+json");
      assertThat(answer.body()).contains("\"status\":" + answer.status()).contains("\"title\"");
    }
  }

  /** Each mapped endpoint of this service's own controllers, one per HTTP method and path. */
  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      if (!handler.getBeanType().getPackageName().startsWith("io.newsintel")) {
        continue;
      }
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (methods.isEmpty()) {
        methods = Set.of(RequestMethod.GET, RequestMethod.POST);
      }
      List<String> params = new ArrayList<>();
      for (MethodParameter parameter : handler.getMethodParameters()) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
          String name = requestParam.name().isEmpty() ? requestParam.value() : requestParam.name();
          params.add(name.isEmpty() ? parameter.getParameterName() : name);
        } else if (parameter.getParameterType().isRecord()) {
          for (var component : parameter.getParameterType().getRecordComponents()) {
            params.add(component.getName());
          }
        }
      }
      Set<String> consumes = new LinkedHashSet<>();
      info.getConsumesCondition()
          .getConsumableMediaTypes()
          .forEach(t -> consumes.add(t.toString()));
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : methods) {
          endpoints.add(new Endpoint(method, pattern, params, consumes));
        }
      }
    }
    return endpoints;
  }

  /**
   * The generic probes: every endpoint gets huge and ill-typed parameters and bad query syntax, and
   * every write gets malformed, unknown, ill-typed, empty and huge bodies in each type it accepts.
   */
  private static List<Probe> probes(Endpoint e) {
    List<Probe> probes = new ArrayList<>();
    String path = e.path("probe-id");
    String json = MediaType.APPLICATION_JSON_VALUE;
    String key = WRITES.contains(e.method()) ? API_KEY : null;
    String huge = "x".repeat(100 * 1024);
    String large = "y".repeat(6 * 1024);
    probes.add(new Probe(e, "100 KB unknown parameter", path + "?zz=" + huge, null, null, key));
    probes.add(new Probe(e, "6 KB unknown parameter", path + "?zz=" + large, null, null, key));
    probes.add(new Probe(e, "100 KB path variable", e.path(huge), null, null, key));
    probes.add(
        new Probe(
            e,
            "path variable with traversal and NUL",
            e.path("..%2F..%2Fetc%00"),
            null,
            null,
            key));
    for (String param : e.params()) {
      for (Map.Entry<String, String> value :
          Map.of(
                  "100 KB",
                  huge,
                  "6 KB",
                  large,
                  "wrong type",
                  "[]{}-1e999 NaN \u0000",
                  "bad query syntax",
                  "\"unterminated ((( AND OR ~~ [ * ? \\ /regex/ field:",
                  "repeated",
                  "a&" + param + "=b&" + param + "=")
              .entrySet()) {
        probes.add(
            new Probe(
                e,
                value.getKey() + " " + param,
                path
                    + "?"
                    + param
                    + "="
                    + URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8),
                null,
                null,
                key));
      }
    }
    if (e.method() != RequestMethod.GET) {
      Map<String, String> jsonBodies =
          Map.of(
              "malformed JSON", "{\"url\": \"https://e.example/rss\", ",
              "unknown fields", "{\"unknownField\": true, \"__proto__\": {\"admin\": true}}",
              "wrong types",
                  "{\"url\": 42, \"name\": [1, 2], \"pollInterval\": {\"a\": 1}, \"query\": 7, \"filters\": \"x\"}",
              "JSON array", "[1, 2, 3]",
              "JSON scalar", "\"just a string\"",
              "empty body", "",
              "deeply nested JSON", "[".repeat(100_000),
              "10 MB JSON", "{\"name\": \"" + "z".repeat(10 * 1024 * 1024) + "\"}");
      jsonBodies.forEach((what, body) -> probes.add(new Probe(e, what, path, body, json, key)));
      probes.add(
          new Probe(
              e,
              "unsupported media type",
              path,
              "name=x",
              "application/x-www-form-urlencoded",
              key));
      probes.add(new Probe(e, "text body", path, "not json at all", "text/plain", key));
      for (String type : e.consumes()) {
        if (type.contains("xml") || type.contains("opml")) {
          probes.add(new Probe(e, "malformed XML", path, "<opml><body><outline", type, key));
          probes.add(
              new Probe(
                  e,
                  "XML bomb",
                  path,
                  "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                      + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                      + "<opml><body><outline text=\"&c;\" xmlUrl=\"https://e.example/&c;\"/></body></opml>",
                  type,
                  key));
          probes.add(
              new Probe(
                  e,
                  "external entity",
                  path,
                  "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                      + "<opml><body><outline text=\"&e;\" xmlUrl=\"https://e.example/&e;\"/></body></opml>",
                  type,
                  key));
        }
      }
    }
    return probes;
  }

  private Answer send(Probe probe) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.target()))
            .timeout(Duration.ofSeconds(60))
            .method(
                probe.endpoint().method().name(),
                probe.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(probe.body()));
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    if (probe.apiKey() != null) {
      request.header("X-API-Key", probe.apiKey());
    }
    HttpResponse<InputStream> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      // A connection the server closed on a request it would not read (Tomcat may do so for an
      // oversized request line) is a refusal, not a crash; the server must still answer after.
      assertThat(get("/actuator/health").status()).isEqualTo(200);
      return new Answer(probe, 400, "", "connection closed: " + e.getMessage());
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    String body;
    try (InputStream in = response.body()) {
      // An event stream that opened fine never ends; its status and type are the answer.
      body =
          type.startsWith("text/event-stream") && response.statusCode() < 300
              ? ""
              : new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
    }
    return new Answer(probe, response.statusCode(), type, body);
  }

  private Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        null,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  record Endpoint(RequestMethod method, String pattern, List<String> params, Set<String> consumes) {

    String path(String variableValue) {
      return pattern.replaceAll("\\{[^}]+}", variableValue);
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  record Probe(
      Endpoint endpoint,
      String what,
      String target,
      String body,
      String contentType,
      String apiKey) {

    Probe withTarget(String otherTarget) {
      return new Probe(endpoint, what, otherTarget, body, contentType, apiKey);
    }

    @Override
    public String toString() {
      return endpoint + ": " + what;
    }
  }

  record Answer(Probe probe, int status, String contentType, String body) {

    @Override
    public String toString() {
      return (probe == null ? "" : probe + " -> ")
          + status
          + " "
          + contentType
          + " "
          + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
    }
  }
}
