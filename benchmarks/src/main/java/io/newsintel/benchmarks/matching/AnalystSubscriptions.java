package io.newsintel.benchmarks.matching;

import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions of the kinds analysts write, over the threat actors of the MISP galaxy (CC0; a
 * short built-in list when the file is not there): an actor and an alias, an actor and a target, a
 * filter on the actor tag, a topic with operators, a topic filtered by sponsor state.
 */
public final class AnalystSubscriptions {

  private static final List<String> TOPICS =
      List.of(
          "ransomware",
          "phishing",
          "espionage",
          "election",
          "\"critical infrastructure\"",
          "wiper",
          "ddos",
          "zero-day",
          "sanctions",
          "ministry",
          "parliament",
          "\"power grid\"",
          "bank*",
          "exploit*",
          "leak*",
          "embassy",
          "\"email servers\"",
          "budget",
          "railway");

  private record Actor(String name, List<String> synonyms, String sponsor, List<String> victims) {}

  private AnalystSubscriptions() {}

  /** {@code count} subscriptions, the same for the same seed. */
  public static List<Subscription> generate(int count, Path galaxy, long seed) throws IOException {
    Random random = new Random(seed);
    List<Actor> actors = actors(galaxy);
    List<Subscription> subscriptions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Actor actor = actors.get(random.nextInt(actors.size()));
      String topic = TOPICS.get(random.nextInt(TOPICS.size()));
      String victim =
          actor.victims().isEmpty()
              ? "Germany"
              : actor.victims().get(random.nextInt(actor.victims().size()));
      String query = null;
      Map<String, List<String>> filters = new LinkedHashMap<>();
      int kind = random.nextInt(100);
      if (kind < 35) {
        query = phrase(actor.name());
        if (!actor.synonyms().isEmpty()) {
          query += " | " + phrase(actor.synonyms().get(random.nextInt(actor.synonyms().size())));
        }
      } else if (kind < 50) {
        query = phrase(actor.name());
        filters.put("target", List.of(victim));
      } else if (kind < 65) {
        filters.put("actor", List.of(actor.name()));
      } else if (kind < 80) {
        query = topic + " +" + phrase(victim) + (random.nextBoolean() ? " -exercise" : "");
      } else if (kind < 90) {
        query = topic;
        filters.put("sponsorState", List.of(actor.sponsor() == null ? "Russia" : actor.sponsor()));
      } else {
        query = phrase(actor.name()) + " " + topic;
      }
      subscriptions.add(
          new Subscription(
              "bench-" + i,
              "Bench " + i,
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

  private static List<Actor> actors(Path galaxy) throws IOException {
    List<Actor> actors = new ArrayList<>();
    if (galaxy != null && Files.isReadable(galaxy)) {
      for (JsonNode value : JsonMapper.shared().readTree(galaxy.toFile()).get("values")) {
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
              "APT28", List.of("Fancy Bear", "Forest Blizzard"), "Russia", List.of("Germany")));
      actors.add(new Actor("Sandworm Team", List.of("Voodoo Bear"), "Russia", List.of("Ukraine")));
      actors.add(
          new Actor("Lazarus Group", List.of("Hidden Cobra"), "North Korea", List.of("Japan")));
      actors.add(new Actor("APT41", List.of("Wicked Panda"), "China", List.of("Taiwan")));
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
}
