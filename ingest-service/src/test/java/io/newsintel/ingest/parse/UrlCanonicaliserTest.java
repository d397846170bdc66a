package io.newsintel.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicaliserTest {

  @Test
  void lowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
    assertThat(canonical("HTTPS://UNN.ua:443/en/News/Item#comments"))
        .isEqualTo("https://unn.ua/en/News/Item");
    assertThat(canonical("http://unn.ua:80")).isEqualTo("http://unn.ua/");
    assertThat(canonical("http://unn.ua:8080/a")).isEqualTo("http://unn.ua:8080/a");
  }

  @Test
  void removesTrackingParametersAndKeepsTheOthersInOrder() {
    assertThat(
            canonical("https://e.example/a?b=2&utm_source=rss&a=1&fbclid=x&gclid=y&UTM_Medium=z"))
        .isEqualTo("https://e.example/a?b=2&a=1");
    assertThat(canonical("https://e.example/a?utm_source=rss")).isEqualTo("https://e.example/a");
  }

  @Test
  void resolvesRelativeLinksAgainstTheBase() {
    URI base = URI.create("https://unn.ua/en/rss/world_en.xml");
    assertThat(UrlCanonicaliser.resolve("/en/news/1", base))
        .contains(URI.create("https://unn.ua/en/news/1"));
    assertThat(UrlCanonicaliser.resolve("item/2", base))
        .contains(URI.create("https://unn.ua/en/rss/item/2"));
    assertThat(UrlCanonicaliser.resolve("  ", base)).isEmpty();
  }

  @Test
  void percentEncodesRawSpacesAndNonAsciiLetters() {
    assertThat(UrlCanonicaliser.resolve("https://unn.ua/новини/a b", null).map(URI::toString))
        .contains("https://unn.ua/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/a%20b");
  }

  private static String canonical(String url) {
    return UrlCanonicaliser.canonical(URI.create(url));
  }
}
