package io.newsintel.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsintel.contract.StoryIngested;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the public conformance corpora in {@code ../shared/conformance}
 * (feedparser's and Rome's test feeds) when that folder is present, and writes a report with every
 * mismatch to {@code target/conformance-report.txt}. The floors asserted here are the figures
 * measured when the test was written; a regression below them fails the build.
 *
 * <p>Values are compared as plain text, since this service publishes plain text: feedparser's
 * expected titles keep sanitised markup ({@code <b>x</b>}), ours are {@code x}.
 *
 * <p>Legitimate differences from feedparser, each reviewed:
 *
 * <ul>
 *   <li>{@code rss/entity_in_doctype.xml}, {@code rdf/doctype_contains_entity_decl.xml}: a DOCTYPE
 *       with an internal subset is refused outright (entity declarations are how XML bombs and
 *       external-entity reads work); feedparser strips it. The guid row of the first is the one
 *       title/link/id expectation not met.
 *   <li>{@code rdf/rss_version_10.xml}, {@code rss/rss_version_090.xml}: empty documents with no
 *       channel at all; nothing to publish, so refusing them loses nothing.
 *   <li>{@code illformed/rss_item_link_corrupted_ampersands.xml}: ill-formed, and its link is left
 *       out rather than guessed.
 * </ul>
 */
class FeedConformanceTest {

  /** Measured 112/113 (99.1 %); the issue asks for at least 95 %. */
  private static final double TITLE_LINK_ID_FLOOR = 0.99;

  /** Measured 4/604 (0.7 %); the issue allows at most 3 %. */
  private static final double WELLFORMED_REJECTED_CEILING = 0.01;

  private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d+)]\\.(\\w+)");
  private static final Instant FETCHED = Instant.parse("2024-01-01T00:00:00Z");

  private static Path corpus;
  private final FeedParser parser = new FeedParser();

  @BeforeAll
  static void findCorpus() {
    corpus = locate().orElse(null);
  }

  @Test
  void meetsFeedparserExpectationsForWellFormedFeeds() throws IOException {
    assumeTrue(corpus != null, "no ../shared/conformance folder here");
    Path root = corpus.resolve("feedparser");
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve("tests"))) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      outcomes.put(relative, parse(file, relative));
    }

    List<String> report = new ArrayList<>();
    int wellformed = 0;
    int wellformedRejected = 0;
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      if (e.getKey().startsWith("tests/wellformed/")) {
        wellformed++;
        if (e.getValue().error() != null) {
          wellformedRejected++;
          report.add("REJECTED " + e.getKey() + ": " + e.getValue().error());
        }
      }
    }

    int checked = 0;
    int met = 0;
    int allChecked = 0;
    int allMet = 0;
    List<String> rows =
        Files.readAllLines(root.resolve("expectations.tsv"), StandardCharsets.UTF_8);
    for (String line : rows.subList(1, rows.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length < 4 || cells[2].equals("bozo") || cells[2].equals("version")) {
        continue;
      }
      String path = cells[0];
      String field = cells[2];
      String expected = unescape(cells[3]);
      Outcome outcome = outcomes.get(path);
      Optional<String> actual = outcome == null ? Optional.empty() : outcome.value(field);
      if (actual == null) {
        continue; // a field this service does not publish (description markup, authors, dates)
      }
      // Ours is plain text already; an empty expected title is one we publish as null. Whether
      // feedparser's value is markup or literal text (a text/plain "<blink>") is not recorded, so
      // either reading counts.
      String ours = actual.orElse("").strip();
      boolean ok = ours.equals(plain(expected)) || ours.equals(expected.strip());
      allChecked++;
      allMet += ok ? 1 : 0;
      boolean core =
          cells[1].equals("wellformed")
              && (field.endsWith(".title") || field.endsWith(".link") || field.endsWith(".id"));
      if (core) {
        checked++;
        met += ok ? 1 : 0;
      }
      if (!ok) {
        report.add(
            "MISMATCH "
                + path
                + " "
                + field
                + ": expected ["
                + expected
                + "] got "
                + actual.map(a -> "[" + a + "]").orElse("nothing"));
      }
    }
    double coreRate = (double) met / checked;
    double rejectedRate = (double) wellformedRejected / wellformed;
    String summary =
        String.format(
            "feedparser corpus: %d files; well-formed rejected %d/%d (%.1f%%); title/link/id"
                + " expectations met %d/%d (%.1f%%); all compared field expectations met %d/%d"
                + " (%.1f%%)",
            outcomes.size(),
            wellformedRejected,
            wellformed,
            100 * rejectedRate,
            met,
            checked,
            100 * coreRate,
            allMet,
            allChecked,
            100.0 * allMet / allChecked);
    report.add(0, summary);
    writeReport(report);
    System.out.println(summary);

    assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.crash()).isNull());
    assertThat(coreRate).isGreaterThanOrEqualTo(TITLE_LINK_ID_FLOOR);
    assertThat(rejectedRate).isLessThanOrEqualTo(WELLFORMED_REJECTED_CEILING);
  }

  @Test
  void readsEveryRomeFormatSample() throws IOException {
    assumeTrue(corpus != null, "no ../shared/conformance folder here");
    Path dir = corpus.resolve("rome/rome/src/test/resources");
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      String stem = file.getFileName().toString().replace(".xml", "");
      Outcome outcome = parse(file, file.toString());
      assertThat(outcome.error()).as(stem).isNull();
      if (stem.matches("(rss|atom)_[0-9.]+[NU]?")) {
        assertThat(outcome.feed().stories()).as(stem).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outcome.feed().stories().get(0).title()).as(stem).startsWith(stem + ".");
      }
    }
  }

  @Test
  void refusesRomeSecurityPayloads() throws IOException {
    assumeTrue(corpus != null, "no ../shared/conformance folder here");
    for (String payload :
        List.of("billion-laughs-atom-feed.xml", "xxe-external-entity-atom-entry.xml")) {
      byte[] body = Files.readAllBytes(corpus.resolve("rome/security").resolve(payload));
      assertThatThrownBy(
              () -> parser.parse(body, null, FeedOrigin.ofFile(payload), FETCHED), payload)
          .isInstanceOf(FeedParseException.class)
          .hasMessageContaining("DOCTYPE");
    }
  }

  private Outcome parse(Path file, String relative) {
    try {
      byte[] body = Files.readAllBytes(file);
      URI base = URI.create("http://127.0.0.1:8097/" + relative);
      return new Outcome(
          parser.parse(body, null, FeedOrigin.ofUrl(base, null), FETCHED), null, null);
    } catch (FeedParseException e) {
      return new Outcome(null, e.getMessage(), null);
    } catch (IOException | RuntimeException e) {
      return new Outcome(null, e.toString(), e);
    }
  }

  /** What one feed gave: a parsed feed, a reported refusal, or a crash (never acceptable). */
  private record Outcome(ParsedFeed feed, String error, Throwable crash) {

    /**
     * @return null when the field is not one this service publishes; empty when it has no value
     */
    Optional<String> value(String field) {
      if (field.equals("feed.title")) {
        return feed == null ? Optional.empty() : Optional.ofNullable(feed.title());
      }
      if (field.equals("feed.link")) {
        return feed == null ? Optional.empty() : Optional.ofNullable(feed.link());
      }
      Matcher m = ENTRY_FIELD.matcher(field);
      if (!m.matches()) {
        return null;
      }
      String name = m.group(2);
      if (!name.equals("title") && !name.equals("link") && !name.equals("id")) {
        return null;
      }
      int index = Integer.parseInt(m.group(1));
      if (feed == null || feed.stories().size() <= index) {
        return Optional.empty();
      }
      StoryIngested story = feed.stories().get(index);
      return Optional.ofNullable(
          switch (name) {
            case "title" -> story.title();
            case "link" -> story.url();
            default -> story.guid();
          });
    }
  }

  private static String plain(String value) {
    return Jsoup.parseBodyFragment(value).text().strip();
  }

  private static String unescape(String cell) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        char next = cell.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void writeReport(List<String> lines) throws IOException {
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.write(target.resolve("conformance-report.txt"), lines, StandardCharsets.UTF_8);
    }
  }

  private static Optional<Path> locate() {
    String configured = System.getenv("NEWS_CONFORMANCE_DIR");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance");
      if (Files.isDirectory(candidate.resolve("feedparser"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
