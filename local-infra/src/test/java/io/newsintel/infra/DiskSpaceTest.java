package io.newsintel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

  @TempDir Path dir;

  @Test
  void refusesToStartOnADiskWithoutRoomAndSaysWhatToDo() {
    assertThatThrownBy(() -> DiskSpace.require(dir, Long.MAX_VALUE, "Kafka and Elasticsearch"))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("MB free on the disk holding " + dir)
        .hasMessageContaining("Kafka and Elasticsearch need at least")
        .hasMessageContaining("NEWS_INFRA_WORKDIR");
  }

  @Test
  void explainsAFullDiskInWords() {
    InfrastructureException e =
        DiskSpace.explain(new IOException("No space left on device"), dir.resolve("data"));

    assertThat(e).hasMessageStartingWith("The disk holding " + dir.resolve("data") + " is full.");
  }
}
