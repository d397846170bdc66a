package io.newsintel.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StorySource;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.catalog.ActorCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the tagger on the project's labelled stories, per tag kind and per language, and fails
 * below the quality bar of issue 4. Two sets: the tuned set ({@code labelled-stories.jsonl},
 * composed from templates, and {@code handwritten-stories.jsonl}), which the tagger was improved
 * against, and the held-out set ({@code heldout-stories.jsonl}), written before the role fixes and
 * never tuned on. The table goes to {@code target/quality-report.md} and to standard output.
 */
class LabelledSetEvaluationTest {

  private static final StoryTagger TAGGER = new StoryTagger(ActorCatalog.load());
  private static final List<String> TUNED =
      List.of("/evaluation/labelled-stories.jsonl", "/evaluation/handwritten-stories.jsonl");
  private static final List<String> HELD_OUT = List.of("/evaluation/heldout-stories.jsonl");
  static final List<String> KINDS =
      List.of(
          "actors",
          "sponsorStates",
          "attributedBy",
          "targets",
          "attributionDenied",
          "cyberAttribution",
          "cves",
          "malware",
          "agencies");
  static final List<String> LANGUAGES = List.of("all", "en", "uk", "ru");
  static final Path REPORT = Path.of("target", "quality-report.md");

  private static Evaluation tuned;
  private static Evaluation heldOut;

  record Expected(
      List<String> actors,
      List<String> sponsorStates,
      List<String> attributedBy,
      List<String> targets,
      boolean attributionDenied,
      boolean cyberAttribution,
      List<String> cves,
      List<String> malware,
      List<String> agencies) {}

  record Labelled(
      String id, String language, String kind, String title, String content, Expected expected) {}

  static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(Set<String> expected, Set<String> actual) {
      for (String a : actual) {
        if (expected.contains(a)) {
          truePositives++;
        } else {
          falsePositives++;
        }
      }
      for (String e : expected) {
        if (!actual.contains(e)) {
          falseNegatives++;
        }
      }
    }

    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
      int relevant = truePositives + falseNegatives;
      return relevant == 0 ? 1.0 : (double) truePositives / relevant;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int support() {
      return truePositives + falseNegatives;
    }
  }

  /** The scores of one set: per language ("all" too), per tag kind. */
  static final class Evaluation {
    final String name;
    final List<Labelled> stories = new ArrayList<>();
    final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    final List<String> mistakes = new ArrayList<>();

    Evaluation(String name, List<String> files) throws IOException {
      this.name = name;
      for (String file : files) {
        stories.addAll(read(file));
      }
      for (String language : LANGUAGES) {
        Map<String, Score> byKind = new LinkedHashMap<>();
        KINDS.forEach(kind -> byKind.put(kind, new Score()));
        scores.put(language, byKind);
      }
      for (Labelled story : stories) {
        StoryTags tags = TAGGER.enrich(raw(story)).tags();
        for (String kind : KINDS) {
          Set<String> expected = expected(story.expected(), kind);
          Set<String> actual = actual(tags, kind);
          scores.get("all").get(kind).add(expected, actual);
          scores.get(story.language()).get(kind).add(expected, actual);
          if (!expected.equals(actual)) {
            mistakes.add(story.id() + " " + kind + ": expected " + expected + " got " + actual);
          }
        }
      }
    }

    Score score(String kind) {
      return scores.get("all").get(kind);
    }

    String table() {
      StringBuilder out = new StringBuilder();
      out.append("## ").append(name).append(" (").append(stories.size()).append(" stories: ");
      for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
        long n = stories.stream().filter(s -> s.language().equals(language)).count();
        out.append(language).append(' ').append(n).append(language.equals("ru") ? ")" : ", ");
      }
      out.append("\n\n| tag kind | ");
      LANGUAGES.forEach(l -> out.append(l).append(" P / R / F1 | "));
      out.append("\n|---|");
      LANGUAGES.forEach(l -> out.append("---|"));
      out.append('\n');
      for (String kind : KINDS) {
        out.append("| ").append(kind).append(" | ");
        for (String language : LANGUAGES) {
          Score s = scores.get(language).get(kind);
          out.append(
              String.format(
                  "%.2f / %.2f / %.2f (%d) | ", s.precision(), s.recall(), s.f1(), s.support()));
        }
        out.append('\n');
      }
      out.append("\n(n) = labelled tags of that kind. Mistakes:\n\n");
      mistakes.forEach(m -> out.append("- ").append(m).append('\n'));
      return out.append('\n').toString();
    }
  }

  @BeforeAll
  static void tagBothSets() throws IOException {
    tuned = new Evaluation("Tuned set", TUNED);
    heldOut = new Evaluation("Held-out set (never tuned on)", HELD_OUT);
    String report =
        "# Tagging quality on the labelled stories\n\n"
            + "Precision / recall / F1 per tag kind and language; a boolean kind counts its "
            + "true stories.\n\n"
            + tuned.table()
            + heldOut.table();
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  @Test
  void theLabelledSetHasAtLeast200StoriesInThreeLanguages() {
    assertThat(tuned.stories).hasSizeGreaterThanOrEqualTo(200);
    assertThat(tuned.stories).extracting(Labelled::language).contains("en", "uk", "ru");
    assertThat(tuned.stories)
        .extracting(Labelled::kind)
        .contains("falsefriend", "denial", "multi", "ordinary");
    assertThat(heldOut.stories).extracting(Labelled::language).contains("en", "uk", "ru");
  }

  @Test
  void everyTagKindIsLabelled() {
    for (String kind : KINDS) {
      assertThat(tuned.score(kind).support()).as(kind).isPositive();
    }
  }

  @Test
  void actorsArePreciseAndFound() {
    Score actors = tuned.score("actors");
    assertThat(actors.precision())
        .as("actor precision; %s", tuned.mistakes)
        .isGreaterThanOrEqualTo(0.97);
    assertThat(actors.recall()).as("actor recall; %s", tuned.mistakes).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void sponsorStatesReachF1Of90Percent() {
    assertThat(tuned.score("sponsorStates").f1())
        .as("sponsor F1; %s", tuned.mistakes)
        .isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void attributionRolesStayAboveTheirFloors() {
    // Floors a little under what the tagger measured when they were set (see the README).
    assertF1("attributedBy", 0.95);
    assertF1("targets", 0.95);
    assertF1("attributionDenied", 0.92);
    assertF1("cyberAttribution", 0.97);
    assertF1("agencies", 0.95);
  }

  @Test
  void cvesAndSoftwareStayAboveTheirFloors() {
    assertF1("cves", 0.95);
    assertF1("malware", 0.95);
  }

  @Test
  void falseFriendStoriesAreNotTagged() {
    List<Labelled> all = new ArrayList<>(tuned.stories);
    all.addAll(heldOut.stories);
    for (Labelled story : all) {
      if (story.kind().equals("falsefriend")
          || story.kind().equals("handwritten") && story.expected().actors().isEmpty()) {
        StoryTags tags = TAGGER.enrich(raw(story)).tags();
        assertThat(tags.actors()).as(story.id()).isEmpty();
        if (!story.expected().cyberAttribution()) {
          assertThat(tags.cyberAttribution()).as(story.id()).isFalse();
        }
      }
    }
  }

  private static void assertF1(String kind, double floor) {
    assertThat(tuned.score(kind).f1())
        .as("%s F1; %s", kind, tuned.mistakes)
        .isGreaterThanOrEqualTo(floor);
  }

  static Set<String> expected(Expected e, String kind) {
    return switch (kind) {
      case "actors" -> new HashSet<>(e.actors());
      case "sponsorStates" -> new HashSet<>(e.sponsorStates());
      case "attributedBy" -> new HashSet<>(e.attributedBy());
      case "targets" -> new HashSet<>(e.targets());
      case "attributionDenied" -> flag(e.attributionDenied());
      case "cyberAttribution" -> flag(e.cyberAttribution());
      case "cves" -> new HashSet<>(e.cves());
      case "malware" -> new HashSet<>(e.malware());
      case "agencies" -> new HashSet<>(e.agencies());
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static Set<String> actual(StoryTags t, String kind) {
    return switch (kind) {
      case "actors" -> new HashSet<>(t.actors());
      case "sponsorStates" -> new HashSet<>(t.sponsorStates());
      case "attributedBy" -> new HashSet<>(t.attributedBy());
      case "targets" -> new HashSet<>(t.targets());
      case "attributionDenied" -> flag(t.attributionDenied());
      case "cyberAttribution" -> flag(t.cyberAttribution());
      case "cves" -> new HashSet<>(t.cves());
      case "malware" -> new HashSet<>(t.malware());
      case "agencies" -> new HashSet<>(t.agencies());
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static Set<String> flag(boolean value) {
    return value ? Set.of("true") : Set.of();
  }

  private static List<Labelled> read(String file) throws IOException {
    List<Labelled> stories = new ArrayList<>();
    try (InputStream in = LabelledSetEvaluationTest.class.getResourceAsStream(file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          stories.add(JsonMapper.shared().readValue(line, Labelled.class));
        }
      }
    }
    return stories;
  }

  private static StoryIngested raw(Labelled story) {
    return new StoryIngested(
        story.id(),
        story.id(),
        "https://news.example.org/" + story.id(),
        "https://news.example.org/" + story.id(),
        story.title(),
        null,
        story.content(),
        Instant.parse("2026-05-01T00:00:00Z"),
        Instant.parse("2026-05-01T00:00:00Z"),
        story.language(),
        new StorySource("https://news.example.org/rss", "Example"),
        List.of(),
        List.of(),
        StoryIngested.SCHEMA_VERSION);
  }

  static <T> Function<T, T> identity() {
    return t -> t;
  }
}
