package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.infra.stack.DemoFeedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code parse} and {@code tag} commands of DESIGN.md, run from the built jars as a user would.
 */
class CommandLineToolsIT {

  private static final Path ROOT =
      Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void parseThenTagTurnsAFeedFileIntoTaggedStories() throws Exception {
    Path feed = dir.resolve("unn-world-en.xml");
    Files.write(feed, DemoFeedServer.resource("unn-world-en.xml"));

    Result parsed = run(List.of("ingest-service", "parse", feed.toString()), null);
    assertThat(parsed.exitCode()).as(parsed.stderr()).isZero();
    List<String> rawLines = parsed.stdoutLines();
    assertThat(rawLines).hasSize(8);
    StoryIngested first = EventJson.read(rawLines.get(0), StoryIngested.class);
    assertThat(first.source().feedUrl()).isEqualTo(feed.toString());

    Result tagged = run(List.of("enrich-service", "tag"), parsed.stdout());
    assertThat(tagged.exitCode()).as(tagged.stderr()).isZero();
    List<StoryEnriched> stories = new ArrayList<>();
    tagged.stdoutLines().forEach(line -> stories.add(EventJson.read(line, StoryEnriched.class)));
    assertThat(stories).hasSize(8);
    StoryEnriched seedLike =
        stories.stream()
            .filter(s -> s.title().startsWith("NATO condemns"))
            .findFirst()
            .orElseThrow();
    assertThat(seedLike.tags().actors()).contains("APT28");
    assertThat(seedLike.evidence()).anyMatch(e -> e.tag().equals("actor:APT28"));
    assertThat(
            stories.stream()
                .filter(s -> s.title().startsWith("Ukrainian swimmers"))
                .findFirst()
                .orElseThrow()
                .tags()
                .actors())
        .isEmpty();
  }

  @Test
  void parseReportsAFeedItCannotReadAndGoesOnWithTheOthers() throws Exception {
    Path broken = dir.resolve("broken.xml");
    Files.writeString(broken, "<rss><channel><title>cut off", StandardCharsets.UTF_8);
    Path good = dir.resolve("unn-news-uk.xml");
    Files.write(good, DemoFeedServer.resource("unn-news-uk.xml"));

    Result result =
        run(List.of("ingest-service", "parse", broken.toString(), good.toString()), null);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr()).contains(broken.toString());
    assertThat(result.stdoutLines()).hasSize(3);
  }

  @Test
  void tagReportsAnInvalidLineByNumberAndGoesOn() throws Exception {
    Path feed = dir.resolve("unn-news-uk.xml");
    Files.write(feed, DemoFeedServer.resource("unn-news-uk.xml"));
    List<String> raw = run(List.of("ingest-service", "parse", feed.toString()), null).stdoutLines();
    String input = raw.get(0) + "\n{this is not json\n" + raw.get(1) + "\n";

    Result result = run(List.of("enrich-service", "tag"), input);

    assertThat(result.stderr()).contains("2");
    assertThat(result.stdoutLines()).hasSize(2);
  }

  private record Result(int exitCode, String stdout, String stderr) {
    List<String> stdoutLines() {
      return stdout.lines().filter(line -> !line.isBlank()).toList();
    }
  }

  private Result run(List<String> moduleAndArgs, String stdin)
      throws IOException, InterruptedException {
    String module = moduleAndArgs.get(0);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(ROOT.resolve(module).resolve("target").resolve(module + ".jar").toString());
    command.addAll(moduleAndArgs.subList(1, moduleAndArgs.size()));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin == null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process process = builder.start();
    if (stdin != null) {
      try (var in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(module + " did not finish within 60 s");
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
