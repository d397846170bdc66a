package io.newsintel.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings and mapping of a stories index, from the one resource that production and tests
 * share ({@value #RESOURCE}), adjusted for the cluster it goes to.
 */
public final class StoryIndexDefinition {

  static final String RESOURCE = "elasticsearch/stories-index.json";
  static final String RICH_ANALYSIS_RESOURCE = "elasticsearch/stories-rich-analysis.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StoryIndexDefinition() {}

  /** The body of a create-index request. */
  public static String render(StoryIndexProperties properties) {
    ObjectNode body = (ObjectNode) read(RESOURCE);
    ObjectNode settings = (ObjectNode) body.get("settings");
    settings.put("number_of_shards", properties.shards());
    settings.put("number_of_replicas", properties.replicas());
    if (properties.richAnalysis()) {
      // Same analyzer name, richer definition: the mapping does not change, only what
      // "story_text" means, so both set-ups share one mapping.
      settings.set("analysis", read(RICH_ANALYSIS_RESOURCE));
    }
    return JSON.writeValueAsString(body);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
