package io.newsintel.search.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiKey the value write requests must send in {@code X-API-Key} ({@code NEWS_API_KEY});
 *     when empty, every write is refused
 */
@ConfigurationProperties("news")
public record ApiKeyProperties(String apiKey) {

  public boolean configured() {
    return apiKey != null && !apiKey.isBlank();
  }

  /** A record prints its components; this one must never print the key (logs, bind errors). */
  @Override
  public String toString() {
    return "ApiKeyProperties[apiKey=" + (configured() ? "***" : "unset") + "]";
  }
}
