package io.newsintel.ingest.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an article page by a generic heuristic, with no site-specific selectors (UNN's
 * CSS class names are generated and change): drop page furniture (navigation, header, footer,
 * asides, forms, scripts), then take the element whose own paragraphs hold the most text.
 */
public final class ArticleTextExtractor {

  /** Paragraphs shorter than this are captions, bylines or buttons more often than prose. */
  static final int MIN_PARAGRAPH_CHARS = 40;

  /** Less text than this is not an article body (a paywall stub, a cookie wall, an index page). */
  static final int MIN_ARTICLE_CHARS = 200;

  private static final String FURNITURE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [aria-hidden=true]";

  /**
   * @param charset from the HTTP header; null lets the page's BOM or meta tag decide
   */
  public Optional<String> extract(byte[] html, String charset, String baseUri) {
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new java.io.ByteArrayInputStream(html), charset, baseUri == null ? "" : baseUri);
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
    return extract(doc);
  }

  public Optional<String> extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  private Optional<String> extract(Document doc) {
    doc.select(FURNITURE).remove();
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : doc.select("p")) {
      int length = p.text().strip().length();
      if (length >= MIN_PARAGRAPH_CHARS && p.parent() != null) {
        scores.merge(p.parent(), length, Integer::sum);
        // Bodies often wrap paragraphs in one more level of divs; let the grandparent collect too.
        if (p.parent().parent() != null) {
          scores.merge(p.parent().parent(), length / 2, Integer::sum);
        }
      }
    }
    Element best =
        scores.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    if (best == null) {
      return Optional.empty();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : best.select("p")) {
      String text = p.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    String text = String.join("\n\n", paragraphs).strip();
    return text.length() >= MIN_ARTICLE_CHARS ? Optional.of(text) : Optional.empty();
  }
}
