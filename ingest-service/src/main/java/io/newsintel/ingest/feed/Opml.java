package io.newsintel.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * OPML 2.0 subscription lists, as feed readers import and export them. Read with jsoup's XML
 * parser, which never processes a DTD or entity declaration, so an uploaded file cannot expand
 * entities or reach the file system or network.
 */
final class Opml {

  /** A feed in an OPML file. */
  record Outline(String xmlUrl, String title) {}

  private Opml() {}

  static List<Outline> read(String opml) {
    if (opml == null || opml.isBlank()) {
      throw new IllegalArgumentException("empty OPML document");
    }
    Document doc = Jsoup.parse(opml, "", Parser.xmlParser());
    if (doc.selectFirst("opml") == null) {
      throw new IllegalArgumentException("not an OPML document: no <opml> element");
    }
    List<Outline> outlines = new ArrayList<>();
    for (Element outline : doc.select("outline[xmlUrl]")) {
      String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
      outlines.add(
          new Outline(outline.attr("xmlUrl").strip(), title.isBlank() ? null : title.strip()));
    }
    return outlines;
  }

  static String write(List<Feed> feeds) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<opml version=\"2.0\">\n")
        .append("  <head><title>news-intel feeds</title></head>\n")
        .append("  <body>\n");
    for (Feed feed : feeds) {
      out.append("    <outline type=\"rss\" text=\"")
          .append(escape(feed.name()))
          .append("\" title=\"")
          .append(escape(feed.name()))
          .append("\" xmlUrl=\"")
          .append(escape(feed.url().toString()))
          .append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  private static String escape(String value) {
    return value == null
        ? ""
        : value
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }
}
