package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class JdkTest {

  @Test
  void serversRunOnTheJdkRunningTheLauncher() {
    Jdk jdk = Jdk.current();

    assertThat(Files.isExecutable(jdk.java())).isTrue();
  }
}
