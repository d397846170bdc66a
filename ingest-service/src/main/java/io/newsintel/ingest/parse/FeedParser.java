package io.newsintel.ingest.parse;

import java.time.Instant;

/**
 * Reads a feed document (RSS, Atom or JSON Feed) into normalised {@code news.raw} events. Pure: no
 * I/O, no clock, safe to share between threads.
 */
public class FeedParser {

  private final XmlFeedReader xml = new XmlFeedReader();
  private final JsonFeedReader json = new JsonFeedReader();
  private final StoryNormaliser normaliser = new StoryNormaliser();

  /**
   * @param contentType the HTTP Content-Type header, null for a file
   * @throws FeedParseException when the document is not a feed, with the reason in words
   */
  public ParsedFeed parse(byte[] body, String contentType, FeedOrigin origin, Instant fetchedAt)
      throws FeedParseException {
    if (body.length == 0) {
      throw new FeedParseException("empty document");
    }
    FeedDocument document =
        JsonFeedReader.looksLikeJsonFeed(body, contentType)
            ? json.read(body)
            : xml.read(body, xmlContentType(contentType));
    return normaliser.normalise(document, origin, fetchedAt);
  }

  /**
   * Servers often label feeds text/html or application/octet-stream; the XML decoder is given the
   * header's charset under an XML type, so it weighs it as RFC 7303 says.
   */
  private static String xmlContentType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String lower = contentType.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("xml")) {
      return contentType;
    }
    int charset = lower.indexOf("charset=");
    return charset < 0 ? null : "text/xml; " + contentType.substring(charset);
  }
}
