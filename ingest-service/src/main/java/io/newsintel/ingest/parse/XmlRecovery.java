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

  /** Junk before the document, undeclared HTML entities and bare ampersands, repaired. */
  static String repair(String xml) {
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

  private static int firstElement(String xml) {
    for (int i = 0; i + 1 < xml.length(); i++) {
      if (xml.charAt(i) == '<' && Character.isLetter(xml.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }
}
