package io.newsintel.search.stories;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.newsintel.search.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a page ended: the point in time the search runs against and the sort values of the last
 * story shown, so the next page starts right after it (search_after). Opaque to clients: URL-safe
 * Base64 of a small JSON object.
 *
 * @param pointInTime the id of the Elasticsearch point in time
 * @param searchAfter the sort values of the last story on the page
 * @param fingerprint the search it belongs to, see {@link StorySearchRequest#fingerprint()}
 */
public record SearchCursor(String pointInTime, List<FieldValue> searchAfter, String fingerprint) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_LENGTH = 8192;

  public String encode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("pit", pointInTime);
    node.put("fp", fingerprint);
    ArrayNode after = node.putArray("after");
    for (FieldValue value : searchAfter) {
      switch (value._kind()) {
        case Long -> after.add(value.longValue());
        case Double -> after.add(value.doubleValue());
        case Boolean -> after.add(value.booleanValue());
        case String -> after.add(value.stringValue());
        case Null -> after.addNull();
        default -> throw new IllegalArgumentException("unsupported sort value " + value);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
  }

  /**
   * @throws InvalidRequestException when the text is not a cursor this service made
   */
  public static SearchCursor decode(String text) {
    if (text.length() > MAX_LENGTH) {
      throw invalid();
    }
    try {
      JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(text));
      JsonNode pit = node.get("pit");
      JsonNode fingerprint = node.get("fp");
      JsonNode after = node.get("after");
      if (pit == null
          || !pit.isString()
          || fingerprint == null
          || !fingerprint.isString()
          || after == null
          || !after.isArray()
          || after.isEmpty()) {
        throw invalid();
      }
      List<FieldValue> values = new ArrayList<>();
      for (JsonNode value : after) {
        values.add(toFieldValue(value));
      }
      return new SearchCursor(pit.asString(), values, fingerprint.asString());
    } catch (IllegalArgumentException | JacksonException e) {
      throw invalid();
    }
  }

  private static FieldValue toFieldValue(JsonNode value) {
    if (value.isNull()) {
      return FieldValue.NULL;
    } else if (value.isIntegralNumber()) {
      return FieldValue.of(value.longValue());
    } else if (value.isNumber()) {
      return FieldValue.of(value.doubleValue());
    } else if (value.isBoolean()) {
      return FieldValue.of(value.booleanValue());
    } else if (value.isString()) {
      return FieldValue.of(value.asString());
    }
    throw invalid();
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException(
        "cursor is not valid: pass the nextCursor of the previous page unchanged");
  }
}
