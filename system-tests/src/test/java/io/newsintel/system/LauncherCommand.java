package io.newsintel.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of local-infra's commands ({@code ./run.sh bench}, {@code ./run.sh faults}) from the
 * built jar the way run.sh does, on free ports so a developer's running stack is never touched.
 */
final class LauncherCommand {

  static final Path ROOT =
      Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();

  /** What the command printed and how it ended. */
  record Outcome(int exitValue, String stdout, String stderr) {

    /** The last non-blank line of standard output: the commands' JSON summary. */
    String lastLine() {
      List<String> lines = stdout.lines().filter(l -> !l.isBlank()).toList();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Everything printed, for assertion messages. */
    String transcript() {
      return stdout + stderr;
    }
  }

  private LauncherCommand() {}

  static Outcome run(String mainClass, List<String> args, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        ROOT.resolve("local-infra/target/local-infra.jar")
            + ":"
            + ROOT.resolve("local-infra/target/infra/kafka-libs/*"));
    command.add(mainClass);
    command.addAll(args);
    Path out = dir.resolve("command.out");
    Path err = dir.resolve("command.err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    // Any free ports: never the developer's running stack. The work folder stays the launcher's
    // (each run gets its own folder there): Elasticsearch's user cannot enter a JUnit temp folder.
    for (String port :
        List.of("KAFKA_PORT", "ELASTICSEARCH_PORT", "SEARCH_PORT", "INGEST_PORT", "ENRICH_PORT")) {
      env.put(port, "0");
    }
    env.put("NEWS_STACK_ROOT", ROOT.toString());
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      // SIGTERM first: the launcher then stops Kafka, Elasticsearch and the services it started.
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
      process.destroyForcibly();
      throw new AssertionError(
          mainClass + " " + args + " did not finish within " + timeout.toMinutes() + " minutes");
    }
    return new Outcome(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
