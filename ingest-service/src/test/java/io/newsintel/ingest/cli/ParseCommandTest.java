package io.newsintel.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.ingest.fetch.FeedFetcher;
import io.newsintel.ingest.fetch.FetchProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ParseCommand command =
      new ParseCommand(
          () -> new FeedFetcher(FetchProperties.defaults(false)),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void printsOneWireFormatEventPerItemAndExitsZero() throws Exception {
    Path feed = copyFixture("unn-world-en.xml");

    int exit = command.run(List.of(feed.toString()));

    assertThat(exit).isZero();
    List<String> lines = stdoutLines();
    assertThat(lines).hasSize(3);
    StoryIngested first = EventJson.read(lines.get(0), StoryIngested.class);
    assertThat(EventJson.write(first)).isEqualTo(lines.get(0));
    assertThat(first.source().feedUrl()).isEqualTo(feed.toString());
    assertThat(first.title()).startsWith("NATO condemns APT28");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void reportsAFeedItCannotReadOnStderrAndGoesOnWithTheOthers() throws Exception {
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<rss><channel><title>cut off");
    Path good = copyFixture("unn-news-uk.xml");

    int exit =
        command.run(
            List.of(broken.toString(), dir.resolve("missing.xml").toString(), good.toString()));

    assertThat(exit).isEqualTo(1);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stderr).contains(broken.toString()).contains("not well-formed");
    assertThat(stderr).contains("missing.xml: no such file");
    assertThat(stdoutLines()).hasSize(1);
  }

  @Test
  void refusesAUrlOnLoopbackUnlessPrivateAddressesAreAllowed() {
    int exit = command.run(List.of("http://127.0.0.1:9/feed.xml"));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("http://127.0.0.1:9/feed.xml")
        .contains("INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES");
  }

  @Test
  void explainsUsageWithoutArguments() {
    assertThat(command.run(List.of())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
  }

  private List<String> stdoutLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private Path copyFixture(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
      Files.copy(in, target);
    }
    return target;
  }
}
