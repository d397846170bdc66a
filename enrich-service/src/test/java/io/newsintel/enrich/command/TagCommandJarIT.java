package io.newsintel.enrich.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar's {@code tag} command, as DESIGN.md promises it: no Spring, no Kafka. */
class TagCommandJarIT {

  private static final Path JAR = Path.of("target/enrich-service.jar");

  @Test
  void tagsStdinToStdoutWithoutStartingSpringOrKafka() throws Exception {
    Path input = Files.createTempFile("raw", ".jsonl");
    Files.writeString(
        input,
        "{\"id\":\"a1\",\"title\":\"NATO condemns APT28\",\"summary\":\"Хакери ГРУ атакували.\"}\n"
            + "not json\n"
            + "{\"id\":\"a2\",\"title\":\"Weather\",\"summary\":\"Sunny.\"}\n",
        StandardCharsets.UTF_8);
    Path out = Files.createTempFile("enriched", ".jsonl");
    Path err = Files.createTempFile("stderr", ".txt");

    Process process =
        new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "tag")
            .redirectInput(input.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"actors\":[\"APT28\"]").contains("Хакери ГРУ");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(stderr).contains("line 2:");
    assertThat(stderr + String.join("\n", lines))
        .doesNotContain("Started EnrichApplication")
        .doesNotContain("kafka");
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
