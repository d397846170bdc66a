package io.newsintel.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.contract.StoryIngested;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private static final Instant FETCHED = Instant.parse("2024-05-04T10:00:00Z");
  private static final URI FEED_URL = URI.create("https://unn.example/en/rss/world_en.xml");

  private final FeedParser parser = new FeedParser();

  @Test
  void readsUnnStyleRssIntoNormalisedStoriesInFeedOrder() throws Exception {
    ParsedFeed feed = parseUrl(fixture("unn-world-en.xml"), "application/rss+xml");

    assertThat(feed.title()).isEqualTo("UNN - World news");
    List<StoryIngested> stories = feed.stories();
    assertThat(stories).hasSize(3);
    StoryIngested nato = stories.get(0);
    assertThat(nato.title())
        .isEqualTo(
            "NATO condemns APT28 cyber campaign against Germany's SPD and Czech institutions");
    assertThat(nato.summary())
        .startsWith("The North Atlantic Alliance said it stands with Germany")
        .contains("hackers of the APT28 group")
        .contains("Social Democratic Party & attacked")
        .doesNotContain("<p>", "<b>", "&amp;");
    assertThat(nato.guid()).isEqualTo("unn-1001");
    assertThat(nato.url())
        .isEqualTo(
            "https://unn.example/en/news/nato-condemns-apt28-campaign?utm_source=rss&utm_medium=feed");
    assertThat(nato.canonicalUrl())
        .isEqualTo("https://unn.example/en/news/nato-condemns-apt28-campaign");
    assertThat(nato.id()).isEqualTo(StoryIds.of(nato.canonicalUrl())).hasSize(32);
    assertThat(nato.published()).isEqualTo(Instant.parse("2024-05-03T11:20:00Z"));
    assertThat(nato.fetchedAt()).isEqualTo(FETCHED);
    assertThat(nato.language()).isEqualTo("en");
    assertThat(nato.source().feedUrl()).isEqualTo(FEED_URL.toString());
    assertThat(nato.source().name()).isEqualTo("UNN - World news");
    assertThat(nato.categories()).containsExactly("World");
    assertThat(nato.schemaVersion()).isEqualTo(StoryIngested.SCHEMA_VERSION);

    assertThat(stories.get(1).canonicalUrl())
        .isEqualTo("https://unn.example/en/news/lisbon-floods");
    assertThat(stories.get(2).url())
        .as("a relative link resolves against the feed URL")
        .isEqualTo("https://unn.example/en/news/danube-grain-exports");
  }

  @Test
  void givesTheSameIdToTheSameArticleReachedThroughDifferentTrackingLinks() throws Exception {
    String a =
        rss(
            "<item><title>A</title><link>https://Example.com:443/a?id=7&amp;utm_source=x#top</link></item>");
    String b =
        rss("<item><title>A</title><link>https://example.com/a?fbclid=abc&amp;id=7</link></item>");

    assertThat(parseUrl(a, null).stories().get(0).id())
        .isEqualTo(parseUrl(b, null).stories().get(0).id());
  }

  @Test
  void identifiesAnItemWithoutLinkByItsGuid() throws Exception {
    String xml =
        rss(
            "<item><title>No link</title><guid isPermaLink=\"false\">tag:unn,2024:77</guid></item>");

    StoryIngested story = parseUrl(xml, null).stories().get(0);

    assertThat(story.url()).isNull();
    assertThat(story.guid()).isEqualTo("tag:unn,2024:77");
    assertThat(story.id()).isEqualTo(StoryIds.of("tag:unn,2024:77"));
  }

  @Test
  void usesTheFetchTimeForAMissingOrFarFutureDate() throws Exception {
    String xml =
        rss(
            "<item><title>Undated</title><link>https://e.example/1</link></item>"
                + "<item><title>Future</title><link>https://e.example/2</link>"
                + "<pubDate>Mon, 01 Jan 2035 00:00:00 GMT</pubDate></item>");

    List<StoryIngested> stories = parseUrl(xml, null).stories();

    assertThat(stories).extracting(StoryIngested::published).containsExactly(FETCHED, FETCHED);
  }

  @Test
  void readsDatesWithNumericAndNamedZonesAndIso8601() throws Exception {
    String xml =
        rss(
            "<item><title>a</title><link>https://e.example/a</link><pubDate>Fri, 03 May 2024 14:20:00 +0300</pubDate></item>"
                + "<item><title>b</title><link>https://e.example/b</link><pubDate>Fri, 03 May 2024 07:20:00 EDT</pubDate></item>"
                + "<item><title>c</title><link>https://e.example/c</link><dc:date xmlns:dc=\"http://purl.org/dc/elements/1.1/\">2024-05-03T13:20:00+02:00</dc:date></item>");

    assertThat(parseUrl(xml, null).stories())
        .extracting(StoryIngested::published)
        .containsOnly(Instant.parse("2024-05-03T11:20:00Z"));
  }

  @Test
  void tellsUkrainianFromRussianWhenTheFeedDeclaresNoLanguage() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Новини</title>"
            + "<item><title>Уряд ухвалив нові правила для їхніх підприємств</title><link>https://e.example/uk</link></item>"
            + "<item><title>Правительство объявило о новых мерах экономической поддержки</title><link>https://e.example/ru</link></item>"
            + "</channel></rss>";

    assertThat(parseUrl(xml, null).stories())
        .extracting(StoryIngested::language)
        .containsExactly("uk", "ru");
  }

  @Test
  void decodesTheCharsetNamedInTheXmlDeclaration() throws Exception {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] body =
        ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>УНН</title>"
                + "<item><title>Новини дня</title><link>https://e.example/1</link></item></channel></rss>")
            .getBytes(cp1251);

    ParsedFeed feed = parser.parse(body, null, FeedOrigin.ofUrl(FEED_URL, null), FETCHED);

    assertThat(feed.stories().get(0).title()).isEqualTo("Новини дня");
  }

  @Test
  void decodesTheCharsetFromAByteOrderMark() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Київ</title><link>https://e.example/1</link></item></channel></rss>";
    byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);

    ParsedFeed feed = parser.parse(withBom, null, FeedOrigin.ofUrl(FEED_URL, null), FETCHED);

    assertThat(feed.stories().get(0).title()).isEqualTo("Київ");
  }

  @Test
  void decodesTheCharsetFromTheHttpHeaderWhenTheDocumentDoesNotSay() throws Exception {
    byte[] body =
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>Café à Kyiv</title><link>https://e.example/1</link></item></channel></rss>")
            .getBytes(StandardCharsets.ISO_8859_1);

    ParsedFeed feed =
        parser.parse(
            body, "text/html; charset=ISO-8859-1", FeedOrigin.ofUrl(FEED_URL, null), FETCHED);

    assertThat(feed.stories().get(0).title()).isEqualTo("Café à Kyiv");
  }

  @Test
  void recoversFromJunkBeforeTheDeclarationUndeclaredEntitiesAndBareAmpersands() throws Exception {
    String xml =
        "\n<!-- generated by a CMS -->\nWarning: something\n<?xml version=\"1.0\"?>"
            + "<rss version=\"2.0\"><channel><title>Tom & Jerry&nbsp;News</title>"
            + "<item><title>Prices &mdash; up &copy; 2024</title><link>https://e.example/a?x=1&y=2</link>"
            + "<description>AT&T and R&D</description></item></channel></rss>";

    ParsedFeed feed = parseUrl(xml, null);

    assertThat(feed.title()).isEqualTo("Tom & Jerry News");
    StoryIngested story = feed.stories().get(0);
    assertThat(story.title()).isEqualTo("Prices — up © 2024");
    assertThat(story.url()).isEqualTo("https://e.example/a?x=1&y=2");
    assertThat(story.summary()).isEqualTo("AT&T and R&D");
  }

  @Test
  void readsAnRss091FeedWithTheNetscapeDoctypeWithoutFetchingTheDtd() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
            + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
            + "<rss version=\"0.91\"><channel><title>Old&eacute;</title><link>https://old.example/</link>"
            + "<description>d</description><language>en-us</language>"
            + "<item><title>First</title><link>https://old.example/1</link></item></channel></rss>";

    ParsedFeed feed = parseUrl(xml, null);

    assertThat(feed.title()).isEqualTo("Oldé");
    assertThat(feed.stories()).extracting(StoryIngested::language).containsExactly("en");
  }

  @Test
  void refusesAnEntityExpansionBomb() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
            + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>";

    assertThatThrownBy(() -> parseUrl(bomb, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void neverReadsAnExternalEntity() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>Hello &xxe;</title>"
            + "<item><title>&xxe;</title><link>https://e.example/1</link></item></channel></rss>";

    assertThatThrownBy(() -> parseUrl(xxe, null))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("refused");
  }

  @Test
  void readsAtomWithPlainTextAndHtmlContent() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"
            + "<title>Cyber Desk</title><link href=\"https://desk.example/\"/><id>urn:desk</id>"
            + "<updated>2024-05-03T10:00:00Z</updated>"
            + "<entry><title type=\"text\">Patch now: 1 &lt; 2</title><id>urn:desk:1</id>"
            + "<link rel=\"alternate\" href=\"https://desk.example/posts/1\"/>"
            + "<updated>2024-05-03T10:00:00Z</updated><published>2024-05-02T09:00:00Z</published>"
            + "<author><name>Jane Analyst</name></author><category term=\"vulnerabilities\"/>"
            + "<summary type=\"html\">&lt;p&gt;A &lt;em&gt;short&lt;/em&gt; note.&lt;/p&gt;</summary>"
            + "<content type=\"html\">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</content>"
            + "</entry></feed>";

    StoryIngested story = parseUrl(xml, "application/atom+xml").stories().get(0);

    assertThat(story.title()).isEqualTo("Patch now: 1 < 2");
    assertThat(story.summary()).isEqualTo("A short note.");
    assertThat(story.content()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    assertThat(story.guid()).isEqualTo("urn:desk:1");
    assertThat(story.published()).isEqualTo(Instant.parse("2024-05-02T09:00:00Z"));
    assertThat(story.authors()).containsExactly("Jane Analyst");
    assertThat(story.categories()).containsExactly("vulnerabilities");
  }

  @Test
  void readsJsonFeed11() throws Exception {
    String json =
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"JSON Desk\","
            + "\"home_page_url\":\"https://json.example/\",\"language\":\"en-GB\",\"items\":["
            + "{\"id\":\"1\",\"url\":\"/posts/1?utm_campaign=x\",\"title\":\"Hello <world>\","
            + "\"content_html\":\"<p>Body text here.</p>\",\"summary\":\"Short.\","
            + "\"date_published\":\"2024-05-03T10:00:00+02:00\",\"authors\":[{\"name\":\"Ann\"}],"
            + "\"tags\":[\"a\",\"b\"]}]}";

    ParsedFeed feed =
        parser.parse(
            json.getBytes(StandardCharsets.UTF_8),
            "application/feed+json",
            FeedOrigin.ofUrl(URI.create("https://json.example/feed.json"), null),
            FETCHED);

    assertThat(feed.title()).isEqualTo("JSON Desk");
    StoryIngested story = feed.stories().get(0);
    assertThat(story.url()).isEqualTo("https://json.example/posts/1?utm_campaign=x");
    assertThat(story.canonicalUrl()).isEqualTo("https://json.example/posts/1");
    assertThat(story.title()).isEqualTo("Hello <world>");
    assertThat(story.summary()).isEqualTo("Short.");
    assertThat(story.content()).isEqualTo("Body text here.");
    assertThat(story.published()).isEqualTo(Instant.parse("2024-05-03T08:00:00Z"));
    assertThat(story.language()).isEqualTo("en");
    assertThat(story.authors()).containsExactly("Ann");
    assertThat(story.categories()).containsExactly("a", "b");
  }

  @Test
  void explainsThatAnHtmlPageIsNotAFeed() {
    String html =
        "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>";

    assertThatThrownBy(() -> parseUrl(html, "text/html"))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("not an RSS, RDF or Atom feed");
  }

  @Test
  void stripsMarkupAndScriptsFromEveryTextField() throws Exception {
    ParsedFeed feed = parseUrl(fixture("hostile-markup.xml"), "application/rss+xml");

    StoryIngested story = feed.stories().get(0);
    assertThat(feed.title()).isEqualTo("Hostile site");
    assertThat(story.title()).isEqualTo("Bold headline");
    assertThat(story.summary()).isEqualTo("Summary text");
    assertThat(story.content()).isEqualTo("Body link");
    assertThat(story.authors()).containsExactly("Jane Doe");
    assertThat(story.categories()).containsExactly("Security");
    assertThat(
            String.join(
                " ",
                story.title(),
                story.summary(),
                story.content(),
                story.source().name(),
                String.join(" ", story.authors()),
                String.join(" ", story.categories())))
        .doesNotContain("<", ">", "alert(", "javascript:", "onerror", "document.write");
  }

  @Test
  void replacesInvalidUtf8BytesInsteadOfFailingTheFeed() throws Exception {
    byte[] body =
        concat(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bad bytes</title><item><title>Caf",
            new byte[] {(byte) 0xc3},
            " au lait ",
            new byte[] {(byte) 0xff, (byte) 0xfe},
            " broken</title><link>https://e.example/bad-bytes</link></item></channel></rss>");

    ParsedFeed feed = parser.parse(body, null, FeedOrigin.ofUrl(FEED_URL, null), FETCHED);

    assertThat(feed.stories())
        .singleElement()
        .satisfies(
            story -> assertThat(story.title()).isEqualTo("Caf\uFFFD au lait \uFFFD\uFFFD broken"));
  }

  private static byte[] concat(Object... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(
          part instanceof byte[] bytes ? bytes : ((String) part).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private ParsedFeed parseUrl(String body, String contentType) throws FeedParseException {
    return parser.parse(
        body.getBytes(StandardCharsets.UTF_8),
        contentType,
        FeedOrigin.ofUrl(FEED_URL, null),
        FETCHED);
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<link>https://e.example/</link><description>d</description>"
        + items
        + "</channel></rss>";
  }

  static String fixture(String name) {
    try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
