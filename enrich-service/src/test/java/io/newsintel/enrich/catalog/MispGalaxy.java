package io.newsintel.enrich.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the MISP galaxy folder for tests that need the raw data. */
final class MispGalaxy {

  static final String SETTING = "NEWS_MISP_GALAXY_DIR";

  private MispGalaxy() {}

  static Path dir() {
    String configured = System.getProperty(SETTING, System.getenv(SETTING));
    if (configured != null) {
      return Path.of(configured);
    }
    // The module runs its tests from enrich-service/; the data sits beside the repository.
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/misp-galaxy");
      if (Files.isRegularFile(candidate.resolve("threat-actor.json"))) {
        return candidate;
      }
    }
    return null;
  }
}
