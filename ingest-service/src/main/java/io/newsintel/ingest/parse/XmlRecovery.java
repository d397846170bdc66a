package io.newsintel.ingest.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Textual repairs for the ill-formed feeds that are common on the web, applied before the XML
 * parser sees the document. None of them loosens the parser's security: a DOCTYPE with an internal
 * subset (where entity bombs and external entities live) is refused, and an external-only DOCTYPE
 * is dropped without its DTD ever being fetched.
 */
final class XmlRecovery {

  private static final Pattern DOCTYPE =
      Pattern.compile("<!DOCTYPE\\s[^\\[>]*(\\[)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31};");
  private static final Pattern CHAR_REF = Pattern.compile("#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});");

  private XmlRecovery() {}

  /**
   * Drops an external-only DOCTYPE (RSS 0.91's Netscape DTD is the usual one); refuses one that
   * declares anything itself.
   *
   * @throws FeedParseException when the DOCTYPE has an internal subset
   */
  static String withoutDoctype(String xml) throws FeedParseException {
    Matcher m = DOCTYPE.matcher(xml);
    if (!m.find()) {
      return xml;
    }
    int rootStart = firstElement(xml);
    if (rootStart >= 0 && m.start() > rootStart) {
      return xml; // text that merely mentions a DOCTYPE, inside the document
    }
    if (m.group(1) != null) {
      throw new FeedParseException(
          "refused: the document declares a DOCTYPE with an internal subset (entity"
              + " declarations), which is how XML entity expansion and external-entity attacks"
              + " work");
    }
    int end = xml.indexOf('>', m.end());
    if (end < 0) {
      throw new FeedParseException("unterminated DOCTYPE declaration");
    }
    return xml.substring(0, m.start()) + xml.substring(end + 1);
  }

  private static final Pattern RSS_ROOT = Pattern.compile("<rss\\b[^>]*>");
  private static final Pattern FEED_ROOT = Pattern.compile("<feed\\b[^>]*>");
  private static final Pattern DEFAULT_NAMESPACE =
      Pattern.compile("\\sxmlns\\s*=\\s*(\"[^\"]*\"|'[^']*')");
  private static final Pattern BASE64_TEXT =
      Pattern.compile("mode=[\"']base64[\"']([^>]*>)([A-Za-z0-9+/=\\s]+)(</)");
  private static final Pattern LINK_WITHOUT_HREF =
      Pattern.compile(
          "<link((?:\\s+(?!href)[\\w:]+=(?:\"[^\"]*\"|'[^']*'))*)\\s*>\\s*(https?://[^<\\s]+)\\s*</link>");
  private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";
  private static final java.util.Set<String> RSS_VERSIONS =
      java.util.Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  /**
   * Atom 0.3 constructs Rome mishandles, rewritten into equivalents it reads: base64 text (its
   * decoder fails on the line breaks feeds put in it) becomes escaped text, and a link written as
   * element text instead of {@code href} gets its {@code href} (in Atom 1.0 too).
   */
  static String normaliseAtom(String xml) {
    int root = firstElement(xml);
    if (root < 0 || !xml.startsWith("<feed", root)) {
      return xml;
    }
    if (!xml.contains(ATOM_03)) {
      return xml.contains(ATOM_10)
          ? LINK_WITHOUT_HREF.matcher(xml).replaceAll("<link$1 href=\"$2\"/>")
          : xml;
    }
    Matcher base64 = BASE64_TEXT.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (base64.find()) {
      String decoded;
      try {
        decoded =
            new String(
                java.util.Base64.getMimeDecoder().decode(base64.group(2).strip()),
                java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String escaped = decoded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      base64.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "mode=\"escaped\"" + base64.group(1) + escaped + base64.group(3)));
    }
    base64.appendTail(out);
    return LINK_WITHOUT_HREF.matcher(out.toString()).replaceAll("<link$1 href=\"$2\"/>");
  }

  /**
   * Junk before the document, undeclared HTML entities and bare ampersands, and the structural
   * slips feed readers tolerate (an RSS document without {@code <channel>}, an unknown RSS version,
   * a namespace on {@code <rss>}, an Atom feed in no or a wrong namespace, wrapped base64 text).
   */
  static String repair(String xml) {
    return repairStructure(repairText(xml));
  }

  private static String repairStructure(String xml) {
    String text = xml;
    Matcher rss = RSS_ROOT.matcher(text);
    if (rss.find() && rss.start() == firstElement(text)) {
      String start = rss.group();
      String fixed = DEFAULT_NAMESPACE.matcher(start).replaceAll("");
      Matcher version = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']").matcher(fixed);
      if (!version.find()) {
        fixed = fixed.replaceFirst("<rss", "<rss version=\"2.0\"");
      } else if (!RSS_VERSIONS.contains(version.group(1))) {
        fixed = fixed.replace(version.group(), "version=\"2.0\"");
      }
      text = text.substring(0, rss.start()) + fixed + text.substring(rss.end());
      if (!text.contains("<channel")) {
        int open = rss.start() + fixed.length();
        int close = text.lastIndexOf("</rss>");
        if (close > open) {
          text =
              text.substring(0, open)
                  + "<channel>"
                  + text.substring(open, close)
                  + "</channel>"
                  + text.substring(close);
        }
      }
    }
    Matcher feed = FEED_ROOT.matcher(text);
    if (feed.find() && feed.start() == firstElement(text)) {
      String start = feed.group();
      Matcher ns = DEFAULT_NAMESPACE.matcher(start);
      String wanted = start.matches("(?s).*version\\s*=\\s*[\"']0\\.3[\"'].*") ? ATOM_03 : ATOM_10;
      String fixed =
          ns.find()
              ? (ns.group(1).contains(ATOM_10) || ns.group(1).contains(ATOM_03)
                  ? start
                  : start.replace(ns.group(), " xmlns=\"" + wanted + "\""))
              : start.replaceFirst("<feed", "<feed xmlns=\"" + wanted + "\"");
      text = text.substring(0, feed.start()) + fixed + text.substring(feed.end());
    }
    return text;
  }

  private static String repairText(String xml) {
    String text = withoutLeadingJunk(xml);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("<![CDATA[", i)) {
        i = copyThrough(text, i, "]]>", out);
      } else if (text.startsWith("<!--", i)) {
        i = copyThrough(text, i, "-->", out);
      } else if (text.charAt(i) == '&') {
        i = repairAmpersand(text, i, out);
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static int repairAmpersand(String text, int at, StringBuilder out) {
    String rest = text.substring(at + 1, Math.min(text.length(), at + 40));
    Matcher ref = CHAR_REF.matcher(rest);
    if (ref.lookingAt()) {
      out.append('&');
      return at + 1;
    }
    Matcher name = ENTITY_NAME.matcher(rest);
    if (name.lookingAt()) {
      String entity = name.group().substring(0, name.group().length() - 1);
      switch (entity) {
        case "amp", "lt", "gt", "quot", "apos" -> {
          out.append('&');
          return at + 1;
        }
        default -> {
          String decoded = namedEntity(entity);
          if (decoded != null) {
            decoded.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
            return at + 1 + name.group().length();
          }
        }
      }
    }
    out.append("&amp;");
    return at + 1;
  }

  private static String namedEntity(String name) {
    if (Entities.isNamedEntity(name)) {
      return Entities.getByName(name);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return Entities.isNamedEntity(lower) ? Entities.getByName(lower) : null;
  }

  private static int copyThrough(String text, int from, String terminator, StringBuilder out) {
    int end = text.indexOf(terminator, from);
    int stop = end < 0 ? text.length() : end + terminator.length();
    out.append(text, from, stop);
    return stop;
  }

  private static String withoutLeadingJunk(String xml) {
    int declaration = xml.indexOf("<?xml");
    if (declaration > 0 && declaration < 4096) {
      return xml.substring(declaration);
    }
    if (declaration == 0) {
      return xml;
    }
    int element = firstElement(xml);
    return element > 0 ? xml.substring(element) : xml;
  }

  /** Where the root element starts, past comments, processing instructions and a DOCTYPE. */
  private static int firstElement(String xml) {
    int i = 0;
    while (i + 1 < xml.length()) {
      if (xml.startsWith("<!--", i)) {
        int end = xml.indexOf("-->", i + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 3;
      } else if (xml.startsWith("<?", i) || xml.startsWith("<!", i)) {
        int end = xml.indexOf('>', i + 2);
        if (end < 0) {
          return -1;
        }
        i = end + 1;
      } else if (xml.charAt(i) == '<' && Character.isLetter(xml.charAt(i + 1))) {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }
}
