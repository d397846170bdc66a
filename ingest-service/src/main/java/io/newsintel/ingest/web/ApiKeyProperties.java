package io.newsintel.ingest.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiKey the key write requests must carry in {@code X-API-Key} (env {@code NEWS_API_KEY});
 *     with none set, every write is refused
 */
@ConfigurationProperties("news")
public record ApiKeyProperties(String apiKey) {

  @Override
  public String toString() {
    return "ApiKeyProperties[apiKey="
        + (apiKey == null || apiKey.isEmpty() ? "unset" : "***")
        + "]";
  }
}
