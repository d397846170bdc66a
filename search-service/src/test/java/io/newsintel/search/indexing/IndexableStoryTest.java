package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.contract.AttributionClaim;
import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StorySource;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.search.TestStories;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class IndexableStoryTest {

  private static final Instant FETCHED = Instant.parse("2026-11-20T10:15:30.123Z");

  /** A story with every kind of field filled: tags, evidence, claims, authors, source. */
  private static StoryEnriched fullStory() {
    return new StoryEnriched(
        "s-1",
        "guid-1",
        "https://news.example/a",
        "https://news.example/a",
        "NATO condemns APT28",
        "Allies blame Russia's GRU.",
        "NATO said APT28, run by the GRU, attacked Germany. Russia denied it.",
        Instant.parse("2026-11-20T09:00:00Z"),
        FETCHED,
        "en",
        new StorySource("https://news.example/rss", "Example"),
        List.of("A. Writer"),
        List.of("World"),
        StoryEnriched.SCHEMA_VERSION,
        TestStories.actor("APT28", "Russia", "Germany"),
        List.of(new Evidence("actor:APT28", "content", 9, 14, "APT28", "stated", 0.95)),
        List.of(
            new AttributionClaim(
                List.of("NATO"),
                List.of("APT28"),
                List.of("Russia"),
                List.of("GRU"),
                List.of("Germany"),
                true,
                0.8,
                "content",
                0,
                49,
                "NATO said APT28, run by the GRU, attacked Germany.")),
        "catalog-1");
  }

  @Test
  void aStoryInTheContractFormKeepsItsOwnBytesAndReadsBackAsTheSameEvent() {
    for (StoryEnriched story :
        List.of(
            fullStory(),
            TestStories.ordinary("s-2", "Bridge repairs", "Example", FETCHED, FETCHED),
            new StoryEnriched(
                "s-3", null, null, null, null, null, null, null, null, null, null, null, null, 1,
                null, null))) {
      byte[] json = EventJson.writeBytes(story);

      IndexableStory read = IndexableStory.read(json);

      assertThat(read.id()).isEqualTo(story.id());
      assertThat(read.revision()).isEqualTo(story.revision());
      assertThat(read.json()).isSameAs(json);
      assertThat(read.event()).isEqualTo(story);
    }
  }

  @Test
  void fieldsTheEventDoesNotKnowAreKeptNotRefused() {
    byte[] json =
        "{\"id\":\"s-4\",\"fetchedAt\":\"2026-11-20T10:15:30Z\",\"addedLater\":{\"x\":[1,{}]}}"
            .getBytes(StandardCharsets.UTF_8);

    IndexableStory read = IndexableStory.read(json);

    assertThat(read.json()).isSameAs(json);
    assertThat(read.revision()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z").toEpochMilli());
  }

  @Test
  void whatIsNotAStoryIsRefusedSayingWhy() {
    Map<String, String> refusals =
        Map.ofEntries(
            Map.entry("{not json", "Unexpected character"),
            Map.entry("[\"an array\"]", "not a JSON object"),
            Map.entry("null", "not a JSON object"),
            Map.entry("{}", "it has no id"),
            Map.entry("{\"id\":\"  \"}", "it has no id"),
            Map.entry("{\"id\":5}", "id must be a string"),
            Map.entry("{\"id\":\"a\",\"fetchedAt\":\"yesterday\"}", "fetchedAt must be an instant"),
            Map.entry("{\"id\":\"a\",\"published\":[1]}", "published must be an instant"),
            Map.entry(
                "{\"id\":\"a\",\"tags\":{\"actors\":\"APT28\"}}", "tags.actors must be an array"),
            Map.entry("{\"id\":\"a\",\"authors\":[null]}", "authors[0] must not be null"),
            Map.entry("{\"id\":\"a\",\"schemaVersion\":\"1\"}", "schemaVersion must be an integer"),
            Map.entry(
                "{\"id\":\"a\",\"schemaVersion\":4294967296}", "schemaVersion must be an integer"),
            Map.entry(
                "{\"id\":\"a\",\"evidence\":[{\"start\":\"x\"}]}",
                "evidence[0].start must be an integer"),
            Map.entry(
                "{\"id\":\"a\",\"claims\":[{\"denied\":\"no\"}]}",
                "claims[0].denied must be true or false"),
            Map.entry("{\"id\":\"a\",\"source\":\"Example\"}", "source must be an object"),
            Map.entry("{\"id\":\"a\"} {\"id\":\"b\"}", "more than one JSON value"),
            Map.entry("{\"id\":\"a\"", "end-of-input"));
    refusals.forEach(
        (json, reason) ->
            assertThatThrownBy(() -> IndexableStory.read(json.getBytes(StandardCharsets.UTF_8)))
                .as(json)
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not a valid StoryEnriched event: ")
                .hasMessageContaining(reason));
  }

  @Test
  void aStoryOverSeveralLinesOrInAnotherEncodingIsWrittenAgainOnOneLine() {
    StoryEnriched story = fullStory();
    byte[] pretty = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(story);
    byte[] bom =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, EventJson.writeBytes(story));
    byte[] utf16 = EventJson.write(story).getBytes(StandardCharsets.UTF_16BE);

    String compact = EventJson.write(story);
    byte[] trailingNewline = (compact + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] carriageReturn = compact.replaceFirst(",", ",\r").getBytes(StandardCharsets.UTF_8);
    byte[] leadingBlank = (" " + compact).getBytes(StandardCharsets.UTF_8);

    for (byte[] json : List.of(pretty, bom, utf16, trailingNewline, carriageReturn, leadingBlank)) {
      IndexableStory read = IndexableStory.read(json);

      assertThat(new String(read.json(), StandardCharsets.UTF_8))
          .doesNotContain("\n")
          .doesNotContain("\r")
          .startsWith("{");
      assertThat(EventJson.read(read.json(), StoryEnriched.class)).isEqualTo(story);
    }
  }

  /**
   * Soundness against the event mapper: every field and list element of a full story is replaced,
   * one at a time, by values of every JSON kind; whatever {@link IndexableStory#read} accepts must
   * read as a StoryEnriched with the same id and revision.
   */
  @Test
  void everyVariantItAcceptsReadsAsTheEvent() {
    ObjectNode story = (ObjectNode) EventJson.mapper().valueToTree(fullStory());
    List<JsonNode> replacements = replacements();
    int accepted = 0;
    int refused = 0;
    for (List<Object> path : paths(story, new ArrayList<>())) {
      for (JsonNode replacement : replacements) {
        ObjectNode variant = story.deepCopy();
        replace(variant, path, replacement);
        byte[] json = EventJson.writeBytes(variant);
        IndexableStory read;
        try {
          read = IndexableStory.read(json);
        } catch (InvalidEventException e) {
          refused++;
          continue;
        }
        accepted++;
        StoryEnriched event = EventJson.read(json, StoryEnriched.class);
        assertThat(read.id()).as("%s = %s", path, replacement).isEqualTo(event.id());
        assertThat(read.revision()).as("%s = %s", path, replacement).isEqualTo(event.revision());
        assertThat(read.event()).isEqualTo(event);
      }
    }
    assertThat(accepted).isGreaterThan(100);
    assertThat(refused).isGreaterThan(100);
  }

  private static List<JsonNode> replacements() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return List.of(
        nodes.nullNode(),
        nodes.stringNode(""),
        nodes.stringNode("text"),
        nodes.stringNode("2026-01-01T00:00:00Z"),
        nodes.stringNode("42"),
        nodes.numberNode(0),
        nodes.numberNode(1_700_000_000L),
        nodes.numberNode(99_999_999_999L),
        nodes.numberNode(1.5),
        nodes.booleanNode(true),
        nodes.objectNode(),
        nodes.objectNode().put("actors", "x"),
        nodes.arrayNode(),
        nodes.arrayNode().add("x"),
        nodes.arrayNode().addNull(),
        nodes.arrayNode().add(nodes.objectNode()));
  }

  /** Every field and element path in the tree, as names and indexes. */
  private static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
    List<List<Object>> paths = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(name);
        paths.add(path);
        paths.addAll(paths(object.get(name), path));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        List<Object> path = new ArrayList<>(prefix);
        path.add(i);
        paths.add(path);
        paths.addAll(paths(array.get(i), path));
      }
    }
    return paths;
  }

  private static void replace(JsonNode root, List<Object> path, JsonNode value) {
    JsonNode parent = root;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).set(name, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
