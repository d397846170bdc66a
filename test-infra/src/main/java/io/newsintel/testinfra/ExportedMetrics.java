package io.newsintel.testinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The samples each service promises in {@code monitoring/exported-metrics.txt} (the list the
 * Grafana dashboard is checked against), and which of them a real scrape lacks.
 */
public final class ExportedMetrics {

  private static final Path LIST =
      Path.of(
          System.getProperty("news.repository.root", ".."), "monitoring", "exported-metrics.txt");

  private ExportedMetrics() {}

  /**
   * The samples listed for {@code service} that do not appear in this {@code /actuator/prometheus}
   * answer.
   */
  public static List<String> missingFrom(String service, String scrape) {
    List<String> lines = scrape.lines().filter(line -> !line.startsWith("#")).toList();
    return promised(service).stream()
        .filter(
            name ->
                lines.stream()
                    .noneMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " ")))
        .toList();
  }

  static List<String> promised(String service) {
    try {
      List<String> names =
          Files.readAllLines(LIST).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .map(line -> line.split("\\s+"))
              .filter(fields -> fields[0].equals(service) || fields[0].equals("*"))
              .map(fields -> fields[1])
              .toList();
      if (names.isEmpty()) {
        throw new IllegalStateException(LIST + " lists nothing for " + service);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
