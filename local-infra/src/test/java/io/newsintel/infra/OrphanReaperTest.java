package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrphanReaperTest {

  @Test
  void stopsTheChildrenOfALauncherThatIsGoneAndSparesItsOwn() throws Exception {
    Process orphan = new ProcessBuilder("sleep", "300").start();
    Process ours = new ProcessBuilder("sleep", "300").start();
    Path owners = OrphanReaper.ownersDir();
    Files.createDirectories(owners);
    // A launcher that no longer runs: pid 1 never has this start time.
    Path deadOwner = owners.resolve("1-42");
    Files.writeString(
        deadOwner,
        orphan.pid()
            + " "
            + orphan.toHandle().info().startInstant().orElseThrow().toEpochMilli()
            + " sleep\n",
        StandardCharsets.UTF_8);
    OrphanReaper.register(ours.toHandle(), "sleep");
    List<String> progress = new ArrayList<>();
    try {
      OrphanReaper.reap(progress::add);

      assertThat(orphan.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(ours.isAlive()).isTrue();
      assertThat(deadOwner).doesNotExist();
      assertThat(progress)
          .singleElement()
          .asString()
          .startsWith("Stopped 1 process(es) left behind");
    } finally {
      orphan.destroyForcibly();
      ours.destroyForcibly();
      ours.waitFor(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
