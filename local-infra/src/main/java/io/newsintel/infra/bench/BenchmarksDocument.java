package io.newsintel.infra.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's figures into docs/BENCHMARKS.md between two markers, leaving the hand-written
 * analysis around them alone; creates the file when it is missing.
 */
final class BenchmarksDocument {

  static final String BEGIN = "<!-- bench:begin (written by ./run.sh bench) -->";
  static final String END = "<!-- bench:end -->";

  private BenchmarksDocument() {}

  static void write(Path file, String markdown, ObjectNode json) throws IOException {
    String section =
        BEGIN
            + "\n"
            + markdown
            + "\nThe last line of that run:\n\n```json\n"
            + json.toPrettyString()
            + "\n```\n"
            + END;
    String existing =
        Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Files.createDirectories(file.getParent());
    Files.writeString(file, replaceSection(existing, section), StandardCharsets.UTF_8);
  }

  static String replaceSection(String document, String section) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin >= 0 && end > begin) {
      return document.substring(0, begin) + section + document.substring(end + END.length());
    }
    String base = document.isEmpty() ? "# Benchmarks\n" : document;
    return base + (base.endsWith("\n") ? "\n" : "\n\n") + section + "\n";
  }
}
