package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.infra.InfraDistribution;
import io.newsintel.infra.stack.ServiceName;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml takes its versions from .env; the parent pom stays the one place for them. The
 * monitoring profile's files exist, scrape the ports the services listen on, and chart only metrics
 * the services export.
 */
class ComposeFileTest {

  private static final Path ROOT =
      Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> MONITORING =
      List.of("prometheus", "grafana", "kibana", "kibana-setup");

  /** Series Prometheus makes up itself for every target. */
  private static final Set<String> PROMETHEUS_OWN_SERIES = Set.of("up");

  @Test
  void composeRunsTheKafkaAndElasticsearchVersionsOfTheParentPom() throws IOException {
    Properties env = new Properties();
    try (Reader reader = Files.newBufferedReader(ROOT.resolve(".env"), StandardCharsets.UTF_8)) {
      env.load(reader);
    }
    InfraDistribution build = InfraDistribution.fromBuild();

    assertThat(env.getProperty("KAFKA_VERSION")).isEqualTo(build.kafkaVersion());
    assertThat(env.getProperty("ELASTICSEARCH_VERSION")).isEqualTo(build.elasticsearchVersion());
  }

  @Test
  void composeUsesOnlyKeysThatDebiansDockerComposeAccepts() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);

    assertThat(compose)
        .doesNotContainPattern("(?m)^name:")
        .doesNotContainPattern("(?m)^include:")
        .doesNotContain("start_interval")
        .contains("${KAFKA_VERSION}")
        .contains("${ELASTICSEARCH_VERSION}");
  }

  @Test
  void everyFileComposeMountsExists() {
    List<String> missing = new ArrayList<>();
    services()
        .forEach(
            (name, service) -> {
              for (String volume : list(service.get("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith("./") && !Files.exists(ROOT.resolve(source))) {
                  missing.add(name + ": " + source);
                }
              }
            });

    assertThat(missing).isEmpty();
    assertThat(services().get("prometheus").get("volumes").toString())
        .contains("./monitoring/prometheus.yml");
  }

  @Test
  void prometheusScrapesEachServiceOnThePortItListensOn() {
    Map<String, Object> prometheus = yaml(ROOT.resolve("monitoring/prometheus.yml"));
    List<Map<String, Object>> jobs = maps(prometheus.get("scrape_configs"));

    for (ServiceName name : ServiceName.values()) {
      Map<String, Object> service = services().get(name.module());
      String port = env(service).get("SERVER_PORT").toString();
      Map<String, Object> job =
          jobs.stream()
              .filter(j -> name.module().equals(j.get("job_name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no scrape job for " + name.module()));

      assertThat(port).isEqualTo(String.valueOf(name.defaultPort()));
      assertThat(list(service.get("ports"))).contains(port + ":" + port);
      assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
      assertThat(maps(job.get("static_configs")).get(0).get("targets").toString())
          .isEqualTo("[" + name.module() + ":" + port + "]");
    }
  }

  @Test
  void grafanaDashboardQueriesOnlyMetricsTheServicesExport() throws IOException {
    Set<String> exported = exportedMetrics();
    Set<String> queried = new LinkedHashSet<>();
    for (String expression : dashboardExpressions()) {
      queried.addAll(metricNames(expression));
    }

    assertThat(queried)
        .as("every metric the dashboard queries")
        .isNotEmpty()
        .allSatisfy(
            metric ->
                assertThat(exported.contains(metric) || PROMETHEUS_OWN_SERIES.contains(metric))
                    .as(metric + " is in monitoring/exported-metrics.txt")
                    .isTrue());
    // What the issue asks the dashboard to show.
    assertThat(queried)
        .contains(
            "ingest_feed_polls_total",
            "ingest_stories_total",
            "enrich_stories_total",
            "search_indexing_stories_total",
            "search_indexing_bulk_latency_seconds_bucket",
            "news_consumer_lag",
            "search_alerts_deliveries_total",
            "jvm_memory_used_bytes");
  }

  @Test
  void metricNamesAreReadFromPromQlWithoutFunctionsLabelsOrRanges() {
    assertThat(
            metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(search_indexing_bulk_latency_seconds_bucket{job=\"x\"}[5m])))"))
        .containsExactly("search_indexing_bulk_latency_seconds_bucket");
    assertThat(metricNames("sum(rate(a_sum[5m])) / sum without (instance) (rate(a_count[5m]))"))
        .containsExactly("a_sum", "a_count");
  }

  @Test
  void grafanaProvisioningLoadsTheDashboardFromTheMountedFolderWithItsDatasource()
      throws IOException {
    Map<String, Object> grafana = services().get("grafana");
    Map<String, Object> datasources =
        yaml(ROOT.resolve("monitoring/grafana/provisioning/datasources/prometheus.yml"));
    Map<String, Object> providers =
        yaml(ROOT.resolve("monitoring/grafana/provisioning/dashboards/news-intel.yml"));
    Map<String, Object> datasource = maps(datasources.get("datasources")).get(0);
    Map<String, Object> provider = maps(providers.get("providers")).get(0);
    JsonNode dashboard = dashboard();

    assertThat(list(grafana.get("volumes")))
        .contains(
            "./monitoring/grafana/provisioning:/etc/grafana/provisioning:ro",
            "./monitoring/grafana/dashboards:"
                + ((Map<?, ?>) provider.get("options")).get("path")
                + ":ro");
    assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
    assertThat(list(services().get("prometheus").get("ports"))).contains("9090:9090");
    for (JsonNode panel : dashboard.get("panels")) {
      if (!panel.get("type").asString().equals("row")) {
        assertThat(panel.at("/datasource/uid").asString())
            .as(panel.get("title").asString())
            .isEqualTo(datasource.get("uid"));
      }
    }
  }

  @Test
  void kibanaSavedObjectsDescribeTheStoriesAliasWithItsMappedFields() throws IOException {
    List<JsonNode> objects =
        Files.readAllLines(ROOT.resolve("monitoring/kibana/stories.ndjson")).stream()
            .filter(line -> !line.isBlank())
            .map(JSON::readTree)
            .toList();
    Map<String, String> mapping = storyIndexFields();
    JsonNode dataView =
        objects.stream()
            .filter(o -> o.get("type").asString().equals("index-pattern"))
            .findFirst()
            .orElseThrow();
    Set<String> ids = new LinkedHashSet<>();
    objects.forEach(o -> ids.add(o.get("id").asString()));

    assertThat(dataView.at("/attributes/title").asString()).isEqualTo(defaultStoriesAlias());
    assertThat(mapping.get(dataView.at("/attributes/timeFieldName").asString())).isEqualTo("date");
    assertThat(objects)
        .extracting(o -> o.get("type").asString())
        .contains("search", "visualization");
    for (JsonNode object : objects) {
      for (JsonNode reference : object.get("references")) {
        assertThat(ids).contains(reference.get("id").asString());
      }
      for (String field : fieldsUsedBy(object)) {
        assertThat(mapping).as(object.get("id").asString()).containsKey(field);
      }
    }
    assertThat(list(services().get("kibana-setup").get("command")).toString())
        .contains("/api/saved_objects/_import")
        .contains("file=@/stories.ndjson");
  }

  @Test
  void monitoringStartsOnlyWithItsProfile() {
    services()
        .forEach(
            (name, service) -> {
              if (MONITORING.contains(name)) {
                assertThat(list(service.get("profiles"))).as(name).containsExactly("monitoring");
              } else {
                assertThat(service).as(name).doesNotContainKey("profiles");
              }
            });
  }

  @Test
  void everyImageVersionIsPinnedInDotEnv() throws IOException {
    Properties env = new Properties();
    try (Reader reader = Files.newBufferedReader(ROOT.resolve(".env"), StandardCharsets.UTF_8)) {
      env.load(reader);
    }
    Pattern variable = Pattern.compile("\\$\\{([A-Z_]+)}");
    services()
        .forEach(
            (name, service) -> {
              Object image = service.get("image");
              if (image != null) {
                Matcher version = variable.matcher(image.toString());
                assertThat(version.find()).as(name + " image " + image).isTrue();
                assertThat(env.getProperty(version.group(1)))
                    .as(version.group(1))
                    .isNotBlank()
                    .isNotEqualTo("latest");
              }
            });
  }

  /** Metric names in a PromQL expression: what is left without labels, ranges and functions. */
  static List<String> metricNames(String expression) {
    String bare =
        expression
            .replaceAll("\\{[^}]*}", "")
            .replaceAll("\\[[^\\]]*]", "")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
    Matcher token = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?").matcher(bare);
    List<String> names = new ArrayList<>();
    while (token.find()) {
      if (token.group(1) == null
          && !Set.of("and", "or", "unless", "bool", "offset").contains(token.group())) {
        names.add(token.group());
      }
    }
    return names;
  }

  private static List<String> dashboardExpressions() throws IOException {
    List<String> expressions = new ArrayList<>();
    for (JsonNode panel : dashboard().get("panels")) {
      for (JsonNode target : panel.path("targets")) {
        expressions.add(target.get("expr").asString());
      }
    }
    return expressions;
  }

  private static JsonNode dashboard() throws IOException {
    return JSON.readTree(
        Files.readString(ROOT.resolve("monitoring/grafana/dashboards/news-intel-pipeline.json")));
  }

  private static Set<String> exportedMetrics() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(ROOT.resolve("monitoring/exported-metrics.txt"))) {
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        names.add(stripped.split("\\s+")[1]);
      }
    }
    return names;
  }

  /** Every field of the stories index mapping, by dotted path, with its type. */
  private static Map<String, String> storyIndexFields() throws IOException {
    JsonNode mapping =
        JSON.readTree(
            Files.readString(
                ROOT.resolve(
                    "search-service/src/main/resources/elasticsearch/stories-index.json")));
    Map<String, String> fields = new java.util.HashMap<>();
    collectFields("", mapping.at("/mappings/properties"), fields);
    return fields;
  }

  private static void collectFields(String prefix, JsonNode properties, Map<String, String> out) {
    properties
        .properties()
        .forEach(
            entry -> {
              String path = prefix + entry.getKey();
              JsonNode field = entry.getValue();
              out.put(path, field.path("type").asString("object"));
              if (field.has("properties")) {
                collectFields(path + ".", field.get("properties"), out);
              }
            });
  }

  /** Fields a saved object names: columns, sort, aggregation fields, and fields in its query. */
  private static Set<String> fieldsUsedBy(JsonNode object) {
    Set<String> fields = new LinkedHashSet<>();
    JsonNode attributes = object.get("attributes");
    attributes.path("columns").forEach(c -> fields.add(c.asString()));
    attributes.path("sort").forEach(s -> fields.add(s.get(0).asString()));
    if (attributes.has("visState")) {
      JsonNode state = JSON.readTree(attributes.get("visState").asString());
      state
          .path("aggs")
          .forEach(
              agg -> {
                if (agg.at("/params/field").isString()) {
                  fields.add(agg.at("/params/field").asString());
                }
              });
    }
    JsonNode source = attributes.at("/kibanaSavedObjectMeta/searchSourceJSON");
    if (source.isString()) {
      String query = JSON.readTree(source.asString()).at("/query/query").asString();
      Matcher field = Pattern.compile("([a-zA-Z.]+):").matcher(query);
      while (field.find()) {
        fields.add(field.group(1));
      }
    }
    return fields;
  }

  /** search-service's default index alias, from its application.yml. */
  private static String defaultStoriesAlias() throws IOException {
    String config =
        Files.readString(ROOT.resolve("search-service/src/main/resources/application.yml"));
    Matcher alias = Pattern.compile("alias: \\$\\{SEARCH_INDEX_ALIAS:([^}]+)}").matcher(config);
    assertThat(alias.find()).isTrue();
    return alias.group(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>)
        yaml(ROOT.resolve("docker-compose.yml")).get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> env(Map<String, Object> service) {
    return (Map<String, Object>) service.get("environment");
  }

  private static Map<String, Object> yaml(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml().load(reader);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A YAML list as strings (ports, volumes, profiles, command words). */
  private static List<String> list(Object value) {
    return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
