package io.newsintel.enrich.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed catalog is exactly what the generator makes of the MISP galaxies and the curated
 * file. Runs where the galaxies are available: {@code NEWS_MISP_GALAXY_DIR} (environment or system
 * property), else {@code ../shared/data/misp-galaxy} next to the repository.
 */
class CatalogGeneratorTest {

  static final Path CURATED = Path.of("src/main/catalog/curated.json");
  static final Path COMMITTED = Path.of("src/main/resources/catalog/actors.json");
  static final Path COMMITTED_SOFTWARE = Path.of("src/main/resources/catalog/software.json");

  @Test
  void regeneratingTheCatalogGivesTheCommittedFile() throws Exception {
    Path misp = MispGalaxy.dir();
    assumeTrue(misp != null, "MISP galaxy folder not found; set NEWS_MISP_GALAXY_DIR");

    String generated = CatalogGenerator.generate(misp, CURATED);

    if (Boolean.getBoolean("catalog.write")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .as("regenerate with: java -jar enrich-service/target/enrich-service.jar generate-catalog")
        .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
  }

  @Test
  void regeneratingTheSoftwareCatalogGivesTheCommittedFile() throws Exception {
    Path misp = MispGalaxy.dir();
    assumeTrue(misp != null, "MISP galaxy folder not found; set NEWS_MISP_GALAXY_DIR");

    String generated = CatalogGenerator.generateSoftware(misp, CURATED);

    if (Boolean.getBoolean("catalog.write")) {
      Files.writeString(COMMITTED_SOFTWARE, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).isEqualTo(Files.readString(COMMITTED_SOFTWARE, StandardCharsets.UTF_8));
  }

  @Test
  void generatingTwiceGivesTheSameBytes() throws Exception {
    Path misp = MispGalaxy.dir();
    assumeTrue(misp != null, "MISP galaxy folder not found; set NEWS_MISP_GALAXY_DIR");

    assertThat(CatalogGenerator.generate(misp, CURATED))
        .isEqualTo(CatalogGenerator.generate(misp, CURATED));
  }
}
