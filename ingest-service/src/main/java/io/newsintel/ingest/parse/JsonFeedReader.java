package io.newsintel.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedReader {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static boolean looksLikeJsonFeed(byte[] body, String contentType) {
    if (contentType != null && contentType.contains("json")) {
      return true;
    }
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8);
    return head.stripLeading().replace("\uFEFF", "").startsWith("{")
        && head.contains("jsonfeed.org/version");
  }

  FeedDocument read(byte[] body) throws FeedParseException {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new FeedParseException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null
        || !root.isObject()
        || !root.path("version").asString("").contains("jsonfeed")) {
      throw new FeedParseException("not a JSON Feed: no jsonfeed.org version");
    }
    List<FeedDocument.Entry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items").values()) {
      entries.add(entry(item));
    }
    return new FeedDocument(
        text(root, "title"), text(root, "home_page_url"), text(root, "language"), entries);
  }

  private static FeedDocument.Entry entry(JsonNode item) {
    String contentHtml = text(item, "content_html");
    if (contentHtml == null) {
      String contentText = text(item, "content_text");
      contentHtml = contentText == null ? null : escape(contentText);
    }
    String summary = text(item, "summary");
    String link = text(item, "url");
    return new FeedDocument.Entry(
        text(item, "id"),
        link == null ? text(item, "external_url") : link,
        text(item, "title") == null ? null : escape(text(item, "title")),
        summary == null ? null : escape(summary),
        contentHtml,
        date(text(item, "date_published")),
        date(text(item, "date_modified")),
        text(item, "language"),
        authors(item),
        strings(item.path("tags")));
  }

  private static List<String> authors(JsonNode item) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode author : item.path("authors").values()) {
      String name = text(author, "name");
      if (name != null) {
        names.add(name);
      }
    }
    String single = text(item.path("author"), "name"); // JSON Feed 1.0
    if (single != null) {
      names.add(single);
    }
    return List.copyOf(names);
  }

  private static List<String> strings(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode value : array.values()) {
      if (value.isString() && !value.asString().isBlank()) {
        values.add(value.asString().strip());
      }
    }
    return List.copyOf(values);
  }

  private static Instant date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isString() || value.isNumber()) {
      String text = value.asString().strip();
      return text.isEmpty() ? null : text;
    }
    return null;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
