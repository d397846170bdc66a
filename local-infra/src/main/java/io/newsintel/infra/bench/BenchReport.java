package io.newsintel.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run, filled in phase by phase; printed, and as JSON. */
final class BenchReport {

  static final double TARGET_RATIO = 0.70;
  static final long TARGET_P99_MS = 2_000;
  static final double TARGET_TAGGING_PER_CORE = 10_000;
  static final double TARGET_MATCHING_PER_SEC = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  final BenchPlan plan;
  final MachineDescription machine;
  String loadBefore;
  String loadAfter;
  double durationSeconds;

  int throughputStories;
  long throughputSearchable;
  double throughputSeconds;
  Map<String, ProcessSampler.Usage> throughputUsage = Map.of();

  int latencyStories;
  double latencySeconds;
  int latencyMissing;
  Percentiles latency = new Percentiles(List.of());
  Map<String, ProcessSampler.Usage> latencyUsage = Map.of();

  int farmFeeds;
  double farmImportSeconds;
  double farmFirstCycleSeconds;
  double farmCycleSeconds;
  StoryFeedServer.FarmCounts farmCycle = new StoryFeedServer.FarmCounts(0, 0, 0, 0, 0);

  JsonNode direct = JSON.createObjectNode();
  Map<String, ProcessSampler.Usage> directUsage = Map.of();
  JsonNode tagging = JSON.createObjectNode();
  JsonNode matching = JSON.createObjectNode();

  BenchReport(BenchPlan plan, MachineDescription machine) {
    this.plan = plan;
    this.machine = machine;
  }

  double e2eStoriesPerSec() {
    return throughputSeconds > 0 ? throughputSearchable / throughputSeconds : 0;
  }

  double directStoriesPerSec() {
    return direct.path("storiesPerSec").asDouble(0);
  }

  double ratio() {
    return directStoriesPerSec() > 0 ? e2eStoriesPerSec() / directStoriesPerSec() : 0;
  }

  /**
   * Stories per CPU-second of the matching thread: what it does with a core to itself. On a shared
   * machine the wall-clock figure (also reported) measures the neighbours as much as the matcher.
   */
  double matchingPerSec() {
    return matching.path("storiesPerCpuSec").asDouble(0);
  }

  /**
   * CPU milliseconds the whole pipeline (every process of the stack) spent per story in the
   * throughput phase. Unlike stories per second, this hardly depends on what else the machine runs.
   */
  double e2eCpuMsPerStory() {
    double cpu =
        throughputUsage.values().stream().mapToDouble(u -> Math.max(0, u.cpuSeconds())).sum();
    return throughputSearchable > 0 ? cpu * 1000 / throughputSearchable : 0;
  }

  /** CPU milliseconds per story of the direct load: Elasticsearch's plus the loading client's. */
  double directCpuMsPerStory() {
    ProcessSampler.Usage es = directUsage.get("elasticsearch");
    double cpu =
        (es == null ? 0 : Math.max(0, es.cpuSeconds()))
            + direct.path("loaderCpuSeconds").asDouble(0);
    long stories = direct.path("searchable").asLong(0);
    return stories > 0 ? cpu * 1000 / stories : 0;
  }

  /** The ratio in CPU cost: direct cost per story over end-to-end cost per story. */
  double cpuRatio() {
    return e2eCpuMsPerStory() > 0 ? directCpuMsPerStory() / e2eCpuMsPerStory() : 0;
  }

  double feedsPolledPerSec() {
    return farmCycleSeconds > 0 ? farmCycle.total() / farmCycleSeconds : 0;
  }

  /** Polls of the cycle that did not end in 200 or 304, and feeds not polled at all. */
  long farmErrors() {
    return farmCycle.other() + Math.max(0, farmFeeds - farmCycle.ok() - farmCycle.notModified());
  }

  /** Whether every part produced its figure (the targets are reported, not enforced). */
  boolean complete() {
    return throughputSearchable == throughputStories
        && latency.count() > 0
        && latencyMissing == 0
        && farmErrors() == 0
        && directStoriesPerSec() > 0
        && tagging.path("storiesPerSecPerCore").asDouble(0) > 0
        && matchingPerSec() > 0;
  }

  void printTable(PrintStream out) {
    out.println();
    out.println("Benchmark" + (plan.quick() ? " (--quick: figures show only that it works)" : ""));
    out.printf(
        "  machine: %d cores, %d MB, %s; %s%n",
        machine.cores(), machine.memoryMb(), machine.cpuModel(), machine.jdk());
    out.printf("  load average before %s, after %s%n%n", loadBefore, loadAfter);
    out.printf("  %-52s %12s %12s%n", "figure", "measured", "target");
    for (Row row : rows()) {
      out.printf(
          "  %-52s %12s %12s %s%n",
          row.name(),
          row.value(),
          row.target(),
          row.met() == null ? "" : row.met() ? "ok" : "MISSED");
    }
    out.println();
    out.printf(
        "  %-16s %22s %22s %12s%n",
        "process", "CPU throughput phase", "CPU latency phase", "peak RSS");
    for (String process : throughputUsage.keySet()) {
      ProcessSampler.Usage a = throughputUsage.get(process);
      ProcessSampler.Usage b = latencyUsage.getOrDefault(process, a);
      out.printf(
          Locale.ROOT,
          "  %-16s %15.1f s %4.2fc %15.1f s %4.2fc %9d MB%n",
          process,
          a.cpuSeconds(),
          a.cores(),
          b.cpuSeconds(),
          b.cores(),
          Math.max(a.peakRssMb(), b.peakRssMb()));
    }
    out.printf("%n  duration %.0f s%n", durationSeconds);
  }

  record Row(String name, String value, String target, Boolean met) {}

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "end-to-end, " + throughputStories + " stories (stories/s)",
            fmt("%.0f", e2eStoriesPerSec()),
            "",
            null));
    rows.add(
        new Row(
            "direct BulkIngester, same stories (stories/s)",
            fmt("%.0f", directStoriesPerSec()),
            "",
            null));
    rows.add(
        new Row(
            "ratio end-to-end / direct",
            fmt("%.2f", ratio()),
            fmt(">= %.2f", TARGET_RATIO),
            ratio() >= TARGET_RATIO));
    rows.add(
        new Row(
            "CPU ms per story, end-to-end (all processes) / direct",
            fmt("%.2f / %.2f", e2eCpuMsPerStory(), directCpuMsPerStory()),
            "",
            null));
    rows.add(new Row("ratio in CPU cost (direct / end-to-end)", fmt("%.2f", cpuRatio()), "", null));
    String load = fmt("%.0f/s", plan.offeredPerSecond());
    rows.add(
        new Row(
            "latency fetch -> searchable p50 at " + load + " (ms)",
            fmt("%d", latency.at(50)),
            "",
            null));
    rows.add(new Row("latency p95 (ms)", fmt("%d", latency.at(95)), "", null));
    rows.add(
        new Row(
            "latency p99 (ms)",
            fmt("%d", latency.at(99)),
            fmt("<= %d", TARGET_P99_MS),
            latency.count() > 0 && latency.at(99) <= TARGET_P99_MS));
    rows.add(
        new Row(
            "stories seen / not seen in the latency phase",
            latency.count() + "/" + latencyMissing,
            "",
            null));
    double perCore = tagging.path("storiesPerSecPerCore").asDouble(0);
    rows.add(
        new Row(
            "tagging (stories per CPU-second, one thread)",
            fmt("%.0f", perCore),
            fmt(">= %.0f", TARGET_TAGGING_PER_CORE),
            perCore >= TARGET_TAGGING_PER_CORE));
    // The target is judged per CPU-second of the matching thread, as the JSON's figure is: on a
    // shared machine the wall-clock rate measures the neighbours as much as the matcher.
    double matched = matchingPerSec();
    rows.add(
        new Row(
            "alert matching, "
                + matching.path("subscriptions").asInt()
                + " subscriptions (stories per CPU-second)",
            fmt("%.0f", matched),
            fmt(">= %.0f", TARGET_MATCHING_PER_SEC),
            matched >= TARGET_MATCHING_PER_SEC));
    rows.add(
        new Row(
            "alert matching, wall clock (stories/s)",
            fmt("%.0f", matching.path("storiesPerSec").asDouble(0)),
            "",
            null));
    rows.add(
        new Row(
            "poll cycle, " + farmFeeds + " feeds, conditional GET (feeds/s)",
            fmt("%.0f", feedsPolledPerSec()),
            "",
            null));
    rows.add(
        new Row(
            "poll cycle errors (feeds not answered 200/304)",
            String.valueOf(farmErrors()),
            "0",
            farmErrors() == 0 && farmFeeds == plan.farmFeeds()));
    return rows;
  }

  ObjectNode json() {
    ObjectNode json = JSON.createObjectNode();
    json.put("e2eStoriesPerSec", Math.round(e2eStoriesPerSec()));
    json.put("directBulkStoriesPerSec", Math.round(directStoriesPerSec()));
    json.put("ratio", Math.round(ratio() * 100) / 100.0);
    json.put("e2eCpuMsPerStory", Math.round(e2eCpuMsPerStory() * 100) / 100.0);
    json.put("directCpuMsPerStory", Math.round(directCpuMsPerStory() * 100) / 100.0);
    json.put("cpuRatio", Math.round(cpuRatio() * 100) / 100.0);
    json.put("latencyP50Ms", latency.at(50));
    json.put("latencyP95Ms", latency.at(95));
    json.put("latencyP99Ms", latency.at(99));
    json.put("latencyMaxMs", latency.at(100));
    json.put("offeredStoriesPerSec", plan.offeredPerSecond());
    json.put("latencyStoriesSeen", latency.count());
    json.put("latencyStoriesMissing", latencyMissing);
    json.put(
        "taggingStoriesPerSecPerCore",
        Math.round(tagging.path("storiesPerSecPerCore").asDouble(0)));
    json.put("alertMatchStoriesPerSec", Math.round(matchingPerSec()));
    json.put("alertMatchStoriesPerSecWall", Math.round(matching.path("storiesPerSec").asDouble(0)));
    json.put("alertMatchSubscriptions", matching.path("subscriptions").asInt());
    json.put("feedsPolledPerSec", Math.round(feedsPolledPerSec()));
    json.put("feedPollCycleFeeds", farmFeeds);
    json.put("feedPollCycleErrors", farmErrors());
    json.put("throughputStories", throughputStories);
    json.put("throughputSearchable", throughputSearchable);
    ObjectNode processes = json.putObject("processes");
    throughputUsage.forEach(
        (name, a) -> {
          ProcessSampler.Usage b = latencyUsage.getOrDefault(name, a);
          ObjectNode p = processes.putObject(name);
          p.put("cpuCoresThroughput", Math.round(a.cores() * 100) / 100.0);
          p.put("cpuCoresLatency", Math.round(b.cores() * 100) / 100.0);
          p.put("peakRssMb", Math.max(a.peakRssMb(), b.peakRssMb()));
        });
    ObjectNode host = json.putObject("machine");
    host.put("cores", machine.cores());
    host.put("memoryMb", machine.memoryMb());
    host.put("cpu", machine.cpuModel());
    host.put("jdk", machine.jdk());
    host.put("measuredAt", machine.measuredAt().toString());
    json.put("loadAverageBefore", loadBefore);
    json.put("loadAverageAfter", loadAfter);
    json.put("quick", plan.quick());
    json.put("complete", complete());
    json.put("durationSeconds", Math.round(durationSeconds));
    return json;
  }

  /** The figures as a Markdown section for docs/BENCHMARKS.md. */
  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(
            fmt(
                "Measured %s by `./run.sh bench`%s on %d cores (%s), %d MB, %s, %s; load average"
                    + " before %s, after %s; the run took %.0f s.%n%n",
                machine.measuredAt(),
                plan.quick() ? " --quick" : "",
                machine.cores(),
                machine.cpuModel(),
                machine.memoryMb(),
                machine.jdk(),
                machine.os(),
                loadBefore,
                loadAfter,
                durationSeconds))
        .append("| figure | measured | target | |\n|---|---:|---:|---|\n");
    for (Row row : rows()) {
      md.append("| ")
          .append(row.name())
          .append(" | ")
          .append(row.value())
          .append(" | ")
          .append(row.target())
          .append(" | ")
          .append(row.met() == null ? "" : row.met() ? "met" : "**missed**")
          .append(" |\n");
    }
    md.append(
            "\n| process | CPU (cores), throughput phase | CPU (cores), latency phase | peak RSS |\n")
        .append("|---|---:|---:|---:|\n");
    throughputUsage.forEach(
        (name, a) -> {
          ProcessSampler.Usage b = latencyUsage.getOrDefault(name, a);
          md.append(
              fmt(
                  "| %s | %.2f | %.2f | %d MB |%n",
                  name, a.cores(), b.cores(), Math.max(a.peakRssMb(), b.peakRssMb())));
        });
    return md.toString();
  }

  private static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
