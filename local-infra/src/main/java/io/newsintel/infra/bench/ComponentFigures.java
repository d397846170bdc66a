package io.newsintel.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsintel.infra.InfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one in-process figure of the benchmarks module ({@code io.newsintel.benchmarks.Figures}: the
 * services' own tagging, matching and bulk-loading code) in a JVM of its own and reads the JSON
 * object it prints last.
 */
final class ComponentFigures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path jar;
  private final Path logDir;

  ComponentFigures(Path repositoryRoot, Path logDir) {
    this.jar = repositoryRoot.resolve("benchmarks/target/benchmarks.jar");
    this.logDir = logDir;
    if (!Files.isRegularFile(jar)) {
      throw new InfrastructureException(
          jar + " is missing: build it first (./mvnw -q package -DskipTests)");
    }
  }

  JsonNode run(String figure, String heap, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xms" + heap);
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(jar.toString());
    command.add("io.newsintel.benchmarks.Figures");
    command.add(figure);
    command.addAll(List.of(args));
    Files.createDirectories(logDir);
    Path out = logDir.resolve("figure-" + figure + ".out");
    Path log = logDir.resolve("figure-" + figure + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(jar.getParent().getParent().getParent().toFile())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .start();
    try {
      if (!process.waitFor(6, TimeUnit.MINUTES)) {
        throw new InfrastructureException("the " + figure + " figure took over 6 minutes");
      }
    } finally {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(out);
    String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (process.exitValue() != 0 || !last.startsWith("{")) {
      throw new InfrastructureException(
          "the "
              + figure
              + " figure failed (exit "
              + process.exitValue()
              + "); see "
              + log
              + ":"
              + System.lineSeparator()
              + tail(log));
    }
    return JSON.readTree(last);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join(
        System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
