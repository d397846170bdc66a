package io.newsintel.search.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StorySource;
import io.newsintel.contract.StoryTags;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Matching throughput: stories per second through {@link SubscriptionMonitor} (the production
 * matcher) with 10,000 subscriptions of the kinds analysts write (actor names and aliases, actor
 * plus target, filters only, topics with operators), against generated stories about the threat
 * actors of the MISP galaxy (CC0, {@code ../shared/data/misp-galaxy/threat-actor.json}; a small
 * built-in list when that file is not there). Prints its figures; asserts nothing about time.
 *
 * <pre>
 * ./mvnw -q -pl search-service test -Dtest=MatchingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbenchmark.subscriptions=10000 -Dbenchmark.stories=20000 -Dbenchmark.batch=100]
 * </pre>
 */
class MatchingBenchmark {

  private static final List<String> TOPICS =
      List.of(
          "ransomware",
          "phishing",
          "espionage",
          "election",
          "\"critical infrastructure\"",
          "\"supply chain\"",
          "wiper",
          "ddos",
          "zero-day",
          "\"spear phishing\"",
          "sanctions",
          "indictment",
          "disinformation",
          "hospital",
          "energy",
          "telecom",
          "satellite",
          "parliament",
          "ministry",
          "defence",
          "\"power grid\"",
          "water",
          "bank*",
          "crypto*",
          "vulnerability",
          "backdoor",
          "botnet",
          "router*",
          "exploit*",
          "leak*");
  private static final List<String> SOURCES =
      List.of(
          "UNN",
          "Reuters",
          "The Record",
          "BleepingComputer",
          "Kyiv Independent",
          "Euractiv",
          "SecurityWeek",
          "Dark Reading",
          "Politico Europe",
          "Heise");
  private static final List<String> FILLER =
      List.of(
          "Officials said the investigation was continuing and declined to give further details.",
          "The ministry said it had informed its partners in the European Union and NATO.",
          "Security researchers published indicators of compromise on Tuesday.",
          "The company said customer data had not been affected, according to early findings.",
          "A spokesperson for the embassy rejected the accusations as unfounded.",
          "The agency urged operators to patch exposed systems and rotate credentials.",
          "Analysts noted overlaps in infrastructure with earlier campaigns.",
          "The attack disrupted services for several hours before systems were restored.",
          "Prosecutors said the group had used rented servers in several countries.",
          "Experts warned that similar operations could precede upcoming elections.");

  private record Actor(String name, List<String> synonyms, String sponsor, List<String> victims) {}

  @Test
  void matchesStoriesAgainstTenThousandSubscriptions() throws Exception {
    int subscriptionCount = Integer.getInteger("benchmark.subscriptions", 10_000);
    int storyCount = Integer.getInteger("benchmark.stories", 20_000);
    int batch = Integer.getInteger("benchmark.batch", 100);
    Random random = new Random(20261128L);
    List<Actor> actors = actors();
    List<Subscription> subscriptions = subscriptions(subscriptionCount, actors, random);
    List<StoryEnriched> stories = stories(2_000, actors, random);

    try (SubscriptionMonitor monitor = new SubscriptionMonitor()) {
      long loadStart = System.nanoTime();
      monitor.loaded(subscriptions);
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      assertThat(monitor.size()).isEqualTo(subscriptionCount);

      run(monitor, stories, Math.min(storyCount, 4_000), batch); // warm-up
      long[] matches = new long[1];
      long cpuStart = cpuNanos();
      double seconds = run(monitor, stories, storyCount, batch, matches);
      double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
      int singles = Math.min(storyCount, 5_000);
      cpuStart = cpuNanos();
      double singleSeconds = run(monitor, stories, singles, 1);
      double singleCpuSeconds = (cpuNanos() - cpuStart) / 1e9;

      // Wall-clock figures depend on what else the machine runs; CPU time of the matching
      // thread does not, and is what one core would give with the machine to itself.
      System.out.printf(
          Locale.ROOT,
          "%nMatching benchmark: %d subscriptions (%d actors), loaded in %.1f s, load average %.1f"
              + " on %d cores%n"
              + "  batches of %d: %d stories, %.1f matches per story:"
              + " %.0f stories/s wall clock, %.0f stories per CPU-second%n"
              + "  one story at a time: %.0f stories/s wall clock, %.0f stories per CPU-second%n%n",
          subscriptionCount,
          actors.size(),
          loadSeconds,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors(),
          batch,
          storyCount,
          (double) matches[0] / storyCount,
          storyCount / seconds,
          storyCount / cpuSeconds,
          singles / singleSeconds,
          singles / singleCpuSeconds);
      assertThat(matches[0]).as("the subscriptions match some stories").isPositive();
    }
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double run(
      SubscriptionMonitor monitor, List<StoryEnriched> stories, int count, int batch) {
    return run(monitor, stories, count, batch, new long[1]);
  }

  private static double run(
      SubscriptionMonitor monitor,
      List<StoryEnriched> stories,
      int count,
      int batch,
      long[] matches) {
    long start = System.nanoTime();
    for (int done = 0; done < count; done += batch) {
      List<StoryEnriched> next = new ArrayList<>(batch);
      for (int i = done; i < Math.min(count, done + batch); i++) {
        next.add(stories.get(i % stories.size()));
      }
      for (Set<String> matched : monitor.match(next)) {
        matches[0] += matched.size();
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<Subscription> subscriptions(int count, List<Actor> actors, Random random) {
    List<Subscription> subscriptions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Actor actor = actors.get(random.nextInt(actors.size()));
      String topic = pick(TOPICS, random);
      String query = null;
      Map<String, List<String>> filters = new LinkedHashMap<>();
      int kind = random.nextInt(100);
      if (kind < 35) {
        query = phrase(actor.name());
        if (!actor.synonyms().isEmpty()) {
          query += " | " + phrase(pick(actor.synonyms(), random));
        }
      } else if (kind < 50) {
        query = phrase(actor.name());
        filters.put(
            "target",
            List.of(actor.victims().isEmpty() ? "Germany" : pick(actor.victims(), random)));
      } else if (kind < 65) {
        filters.put("actor", List.of(actor.name()));
        if (random.nextBoolean()) {
          filters.put("source", List.of(pick(SOURCES, random)));
        }
      } else if (kind < 80) {
        String country = actor.victims().isEmpty() ? "Ukraine" : pick(actor.victims(), random);
        query = topic + " +" + phrase(country) + (random.nextBoolean() ? " -exercise" : "");
      } else if (kind < 90) {
        query = topic;
        filters.put("sponsorState", List.of(actor.sponsor() == null ? "Russia" : actor.sponsor()));
      } else {
        query = phrase(actor.name()) + " " + topic;
      }
      subscriptions.add(
          new Subscription(
              "sub-" + i,
              "Benchmark " + i,
              query,
              filters,
              null,
              null,
              false,
              PayloadFormat.JSON,
              DigestMode.NONE,
              0,
              Instant.EPOCH,
              Subscription.SCHEMA_VERSION));
    }
    return subscriptions;
  }

  private static List<StoryEnriched> stories(int count, List<Actor> actors, Random random) {
    List<StoryEnriched> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Actor actor = actors.get(random.nextInt(actors.size()));
      String alias = actor.synonyms().isEmpty() ? actor.name() : pick(actor.synonyms(), random);
      String victim = actor.victims().isEmpty() ? "Poland" : pick(actor.victims(), random);
      String topic = pick(TOPICS, random).replace("\"", "").replace("*", "");
      boolean tagged = random.nextInt(10) < 7;
      String title =
          tagged
              ? victim + " blames " + alias + " for " + topic + " campaign"
              : "City council debates " + topic + " budget for next year";
      StringBuilder content = new StringBuilder();
      content.append(
          tagged
              ? "Authorities in "
                  + victim
                  + " said the group known as "
                  + actor.name()
                  + ", also tracked as "
                  + alias
                  + ", was behind the "
                  + topic
                  + " operation. "
              : "Council members discussed the " + topic + " plan at length. ");
      for (int s = 0; s < 8; s++) {
        content.append(pick(FILLER, random)).append(' ');
      }
      StoryTags tags =
          tagged
              ? new StoryTags(
                  List.of(actor.name()),
                  List.of(),
                  actor.sponsor() == null ? List.of() : List.of(actor.sponsor()),
                  List.of(victim),
                  List.of(victim),
                  random.nextInt(5) == 0,
                  true,
                  List.of(),
                  List.of())
              : StoryTags.NONE;
      Instant now = Instant.parse("2026-05-03T09:00:00Z").plusSeconds(i);
      stories.add(
          new StoryEnriched(
              "bench-" + i,
              null,
              "https://news.example.org/bench-" + i,
              "https://news.example.org/bench-" + i,
              title,
              content.substring(0, Math.min(300, content.length())),
              content.toString(),
              now,
              now,
              "en",
              new StorySource("https://news.example.org/rss", pick(SOURCES, random)),
              List.of(),
              List.of(),
              StoryEnriched.SCHEMA_VERSION,
              tags,
              List.of()));
    }
    return stories;
  }

  private static List<Actor> actors() throws Exception {
    Path galaxy =
        Path.of(
            System.getProperty(
                "benchmark.actors", "../../shared/data/misp-galaxy/threat-actor.json"));
    List<Actor> actors = new ArrayList<>();
    if (Files.isReadable(galaxy)) {
      for (JsonNode value : EventJson.mapper().readTree(galaxy.toFile()).get("values")) {
        JsonNode meta = value.path("meta");
        actors.add(
            new Actor(
                value.get("value").asString(),
                strings(meta.path("synonyms")),
                meta.path("cfr-suspected-state-sponsor").isMissingNode()
                    ? null
                    : meta.path("cfr-suspected-state-sponsor").asString(),
                strings(meta.path("cfr-suspected-victims"))));
      }
    }
    if (actors.isEmpty()) {
      actors.add(
          new Actor(
              "APT28",
              List.of("Fancy Bear", "Forest Blizzard"),
              "Russia",
              List.of("Germany", "Czech Republic", "Poland")));
      actors.add(
          new Actor(
              "Sandworm Team",
              List.of("Voodoo Bear", "Seashell Blizzard"),
              "Russia",
              List.of("Ukraine", "France")));
      actors.add(
          new Actor(
              "Lazarus Group",
              List.of("Hidden Cobra", "Diamond Sleet"),
              "North Korea",
              List.of("South Korea", "United States")));
      actors.add(
          new Actor(
              "APT41",
              List.of("Wicked Panda", "Brass Typhoon"),
              "China",
              List.of("Taiwan", "Japan")));
    }
    return actors;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  private static String phrase(String words) {
    String clean = words.replace("\"", "");
    return clean.contains(" ") ? "\"" + clean + "\"" : clean;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
