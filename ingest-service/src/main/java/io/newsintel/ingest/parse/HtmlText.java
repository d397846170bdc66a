package io.newsintel.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** HTML fragments from feeds as plain text, entities decoded, markup and scripts dropped. */
final class HtmlText {

  private static final String BREAK = "\uE000";

  private HtmlText() {}

  /** One line of text: whitespace collapsed. For titles and summaries. */
  static String line(String html) {
    if (html == null) {
      return null;
    }
    String text = Jsoup.parseBodyFragment(html).text().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Text with paragraph breaks kept, for article content: downstream highlighting and evidence
   * offsets read better when paragraphs stay apart.
   */
  static String paragraphs(String html) {
    if (html == null) {
      return null;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript").remove();
    doc.select("br").after(BREAK);
    doc.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr, pre").before(BREAK + BREAK);
    String text = doc.text().replaceAll(" ?\uE000 ?", BREAK);
    text = text.replaceAll("\uE000{3,}", BREAK + BREAK).replace(BREAK, "\n").strip();
    return text.isEmpty() ? null : text;
  }
}
