package io.newsintel.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class ArticleTextExtractorTest {

  private final ArticleTextExtractor extractor = new ArticleTextExtractor();

  @Test
  void takesTheArticleBodyAndLeavesThePageFurniture() {
    String html =
        "<html><head><title>t</title><script>var x = 'not text at all, really not';</script></head><body>"
            + "<header class=\"x9f2k\"><nav><a href=/>Home</a><p>Subscribe to our newsletter for the latest news every day</p></nav></header>"
            + "<div class=\"a1b2c3\"><div class=\"q7w8e9\"><h1>NATO condemns APT28 campaign</h1>"
            + "<p>The Alliance said on Friday that it stands with Germany and the Czech Republic after a long cyber campaign.</p>"
            + "<p>Both governments attributed the intrusions into party e-mail accounts to APT28, a unit of Russia's GRU.</p>"
            + "<p>Allies noted the same actor targeted institutions in Lithuania, Poland, Slovakia and Sweden.</p>"
            + "</div><aside><p>Read also: a completely different story about the weather and the harvest</p></aside></div>"
            + "<footer><p>© UNN 2024. All rights reserved. Reproduction only with a hyperlink to the source.</p></footer>"
            + "</body></html>";

    String text = extractor.extract(html, "https://unn.example/en/news/1").orElseThrow();

    assertThat(text)
        .startsWith("The Alliance said on Friday")
        .contains("\n\nBoth governments attributed")
        .endsWith("Lithuania, Poland, Slovakia and Sweden.")
        .doesNotContain("newsletter", "weather", "rights reserved", "var x");
  }

  @Test
  void findsNothingOnAPageWithoutAnArticle() {
    String html = "<html><body><ul><li><a href=/a>A</a></li></ul><p>Short.</p></body></html>";

    assertThat(extractor.extract(html, null)).isEmpty();
  }

  @Test
  void decodesThePageInTheCharsetItsMetaTagNames() {
    String paragraph =
        "<p>Уряд ухвалив рішення про нові правила для підприємств у прифронтових областях країни.</p>";
    byte[] html =
        ("<html><head><meta charset=\"windows-1251\"></head><body><div>"
                + paragraph.repeat(3)
                + "</div></body></html>")
            .getBytes(Charset.forName("windows-1251"));

    assertThat(extractor.extract(html, null, null))
        .hasValueSatisfying(t -> assertThat(t).startsWith("Уряд ухвалив"));
  }
}
