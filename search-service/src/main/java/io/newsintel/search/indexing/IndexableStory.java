package io.newsintel.search.indexing;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A {@code news.enriched} record as the indexer needs it: its id, its revision, and its bytes,
 * which become the Elasticsearch document unchanged. Binding every record to a {@link
 * StoryEnriched} and writing it back to JSON for the bulk request took most of the indexing
 * consumer's CPU time; the event is bound only when something needs it (alert matching, when there
 * are subscriptions).
 *
 * <p>{@link #read(byte[])} vets the bytes against the event's form ({@link EventShape}), so that
 * what is indexed reads back as a story and anything else goes to the dead-letter topic.
 */
public final class IndexableStory {

  private static final EventShape.ObjectShape SHAPE =
      EventShape.ObjectShape.of(StoryEnriched.class);
  private static final String NOT_VALID = "not a valid StoryEnriched event: ";

  private final String id;
  private final long revision;
  private final byte[] json;
  private volatile StoryEnriched event;

  private IndexableStory(String id, long revision, byte[] json, StoryEnriched event) {
    this.id = id;
    this.revision = revision;
    this.json = json;
    this.event = event;
  }

  /**
   * @throws InvalidEventException when the bytes are not one story in the contract's form, or the
   *     story has no id
   */
  public static IndexableStory read(byte[] json) {
    String id = null;
    Instant fetchedAt = null;
    boolean reencode;
    try (JsonParser parser = EventJson.mapper().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidEventException(NOT_VALID + "not a JSON object");
      }
      String name;
      while ((name = parser.nextName()) != null) {
        JsonToken value = parser.nextToken();
        EventShape shape = SHAPE.field(name);
        if (shape == null) {
          parser.skipChildren();
          continue;
        }
        if (name.equals("fetchedAt")) {
          fetchedAt = fetchedAt(parser, value);
          continue;
        }
        shape.check(parser, EventShape.Where.field(name));
        if (name.equals("id")) {
          id = value == JsonToken.VALUE_STRING ? parser.getString() : null;
        }
      }
      if (parser.nextToken() != null) {
        throw new InvalidEventException(NOT_VALID + "more than one JSON value");
      }
      // The parser has seen every byte: it counted the line breaks, which JSON allows only
      // between tokens.
      reencode = parser.currentLocation().getLineNr() > 1 || notUtf8(json);
    } catch (JacksonException e) {
      throw new InvalidEventException(NOT_VALID + e.getOriginalMessage());
    } catch (InvalidEventException e) {
      throw e.getMessage().startsWith(NOT_VALID)
          ? e
          : new InvalidEventException(NOT_VALID + e.getMessage());
    }
    if (id == null || id.isBlank()) {
      throw new InvalidEventException(NOT_VALID + "it has no id");
    }
    return new IndexableStory(
        id,
        fetchedAt == null ? 0L : fetchedAt.toEpochMilli(),
        reencode ? EventJson.writeBytes(EventJson.mapper().readTree(json)) : json,
        null);
  }

  /** Read by the event mapper, so the revision is exactly the event's. */
  private static Instant fetchedAt(JsonParser parser, JsonToken value) {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!value.isScalarValue()) {
      throw new InvalidEventException(NOT_VALID + "fetchedAt must be an instant (ISO-8601)");
    }
    try {
      return EventShape.readInstant(parser);
    } catch (JacksonException | java.time.DateTimeException e) {
      throw new InvalidEventException(NOT_VALID + "fetchedAt must be an instant (ISO-8601)");
    }
  }

  /** A story already bound, written in the contract's form. */
  public static IndexableStory of(StoryEnriched story) {
    return new IndexableStory(story.id(), story.revision(), EventJson.writeBytes(story), story);
  }

  /**
   * A bulk request is one UTF-8 JSON document per line: a document in another encoding (which the
   * parser detects from its first bytes), behind a byte-order mark or blanks, or over several lines
   * is written again; EventJson's own output never needs it.
   */
  private static boolean notUtf8(byte[] json) {
    return json[0] != '{' || (json.length > 1 && json[1] == 0);
  }

  public String id() {
    return id;
  }

  /** As {@link StoryEnriched#revision()}: the epoch millisecond of {@code fetchedAt}, else 0. */
  public long revision() {
    return revision;
  }

  /** The document, in the contract's JSON form. */
  public byte[] json() {
    return json;
  }

  BinaryData document() {
    return BinaryData.of(json, ContentType.APPLICATION_JSON);
  }

  /** The story bound to the event type, on first use. */
  public StoryEnriched event() {
    StoryEnriched bound = event;
    if (bound == null) {
      bound = EventJson.read(json, StoryEnriched.class);
      event = bound;
    }
    return bound;
  }

  @Override
  public String toString() {
    return "IndexableStory[" + id + "@" + revision + ", " + json.length + " bytes]";
  }
}
