package io.newsintel.ingest.parse;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, with Rome's secure defaults (no DOCTYPE, so no
 * entity expansion and no external entities). A document Rome rejects is repaired once by {@link
 * XmlRecovery} and tried again.
 */
final class XmlFeedReader {

  FeedDocument read(byte[] body, String httpContentType) throws FeedParseException {
    String xml =
        XmlRecovery.normaliseAtom(XmlRecovery.withoutDoctype(decode(body, httpContentType)));
    SyndFeed feed;
    try {
      feed = build(xml);
    } catch (FeedException | IllegalArgumentException first) {
      try {
        feed = build(XmlRecovery.repair(xml));
      } catch (FeedException | IllegalArgumentException again) {
        // Once repaired, well-formed XML that is still no feed (an HTML page) says so more
        // usefully than the strict parser's first syntax error.
        Exception telling = isNotAFeed(again) ? again : first;
        throw new FeedParseException(reason(telling), telling);
      }
    }
    return toDocument(feed);
  }

  private static SyndFeed build(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    return input.build(new StringReader(xml));
  }

  /** Charset from the BOM, else the HTTP header, else the XML declaration, else UTF-8. */
  private static String decode(byte[] body, String httpContentType) throws FeedParseException {
    try (Reader reader =
        httpContentType == null
            ? new XmlReader(new ByteArrayInputStream(body), true)
            : new XmlReader(new ByteArrayInputStream(body), httpContentType, true)) {
      StringWriter out = new StringWriter(body.length);
      reader.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new FeedParseException("cannot decode the document: " + e.getMessage(), e);
    }
  }

  private static boolean isNotAFeed(Exception e) {
    return e instanceof IllegalArgumentException && "Invalid document".equals(e.getMessage());
  }

  private static String reason(Exception e) {
    if (isNotAFeed(e)) {
      return "not an RSS, RDF or Atom feed";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "not well-formed XML: " + message;
  }

  private static FeedDocument toDocument(SyndFeed feed) {
    List<FeedDocument.Entry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      entries.add(toEntry(entry));
    }
    String language = feed.getLanguage();
    DCModule dc = (DCModule) feed.getModule(DCModule.URI);
    String title =
        feed.getTitleEx() != null && feed.getTitleEx().getValue() != null
            ? asHtml(feed.getTitleEx())
            : feed.getTitle() != null ? feed.getTitle() : dc == null ? null : dc.getTitle();
    return new FeedDocument(title, feed.getLink(), language, entries);
  }

  private static FeedDocument.Entry toEntry(SyndEntry entry) {
    List<String> contents = new ArrayList<>();
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        contents.add(asHtml(content));
      }
    }
    DCModule dc = (DCModule) entry.getModule(DCModule.URI);
    return new FeedDocument.Entry(
        guid(entry),
        entry.getLink(),
        title(entry, dc),
        entry.getDescription() == null ? null : asHtml(entry.getDescription()),
        contents.isEmpty() ? null : String.join("\n", contents),
        instant(entry.getPublishedDate()),
        instant(entry.getUpdatedDate()),
        dc == null ? null : dc.getLanguage(),
        authors(entry),
        categories(entry));
  }

  private static String title(SyndEntry entry, DCModule dc) {
    if (entry.getTitleEx() != null && entry.getTitleEx().getValue() != null) {
      return asHtml(entry.getTitleEx());
    }
    if (entry.getTitle() != null) {
      return entry.getTitle();
    }
    return dc == null ? null : dc.getTitle();
  }

  /** The item's own id as written, not Rome's fallback to the link. */
  private static String guid(SyndEntry entry) {
    Object wire = entry.getWireEntry();
    if (wire instanceof Item item) {
      // RSS 1.0 items have no guid; their rdf:about is their id.
      return item.getGuid() != null
          ? blankToNull(item.getGuid().getValue())
          : blankToNull(item.getUri());
    }
    if (wire instanceof Entry atom) {
      return blankToNull(atom.getId());
    }
    return blankToNull(entry.getUri());
  }

  /** Plain-text content is escaped so that the one HTML-to-text path can read every field. */
  private static String asHtml(SyndContent content) {
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    String value = content.getValue();
    if (value == null) {
      return null;
    }
    if (type.equals("text") || type.equals("text/plain")) {
      return escape(value);
    }
    if (type.contains("/")
        && !type.startsWith("text/")
        && !type.contains("xml")
        && !type.contains("html")) {
      // Atom: any other media type is base64 (RFC 4287, 4.1.3.3)
      try {
        return escape(
            new String(
                java.util.Base64.getMimeDecoder().decode(value.strip()),
                java.nio.charset.StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return value;
      }
    }
    return value;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static List<String> authors(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return List.copyOf(names);
  }

  private static List<String> categories(SyndEntry entry) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndCategory category : entry.getCategories()) {
      if (category.getName() != null && !category.getName().isBlank()) {
        names.add(category.getName().strip());
      }
    }
    return List.copyOf(names);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
