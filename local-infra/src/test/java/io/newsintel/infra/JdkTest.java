package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkTest {

  @Test
  void serversRunOnTheJdkRunningTheLauncher() {
    Jdk jdk = Jdk.current();

    assertThat(Files.isExecutable(jdk.java())).isTrue();
  }

  @Test
  void aMissingJdkIsASentenceThatSaysWhatToInstall(@TempDir Path notAJdk) {
    assertThatThrownBy(() -> Jdk.at(notAJdk))
        .isInstanceOf(InfrastructureException.class)
        .hasMessage(
            "No Java runtime found at "
                + notAJdk
                + " (expected an executable bin/java). Install a JDK 17 or newer, or set"
                + " NEWS_INFRA_JAVA_HOME to one.");
  }
}
