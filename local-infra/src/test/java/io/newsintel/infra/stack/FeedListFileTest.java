package io.newsintel.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.infra.InfrastructureException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListFileTest {

  @TempDir Path dir;

  @Test
  void readsOneUrlPerLineSkippingCommentsBlankLinesAndRepeats() throws Exception {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(
        file,
        """
        # UNN
        https://unn.ua/rss/news_uk.xml
          https://unn.ua/en/rss/world_en.xml   # English world section

        https://unn.ua/rss/news_uk.xml
        """);

    assertThat(FeedListFile.read(file))
        .containsExactly("https://unn.ua/rss/news_uk.xml", "https://unn.ua/en/rss/world_en.xml");
  }

  @Test
  void namesTheLineThatIsNotAnHttpUrl() throws Exception {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(file, "https://unn.ua/rss/news_uk.xml\nfile:///etc/passwd\n");

    assertThatThrownBy(() -> FeedListFile.read(file))
        .isInstanceOf(InfrastructureException.class)
        .hasMessage(file + " line 2: \"file:///etc/passwd\" is not an http(s) URL");
  }

  @Test
  void refusesAFileWithoutFeedsAndAFileThatIsNotThere() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "# nothing yet\n");

    assertThatThrownBy(() -> FeedListFile.read(empty)).hasMessageContaining("lists no feed URL");
    assertThatThrownBy(() -> FeedListFile.read(dir.resolve("missing.txt")))
        .hasMessageStartingWith("Cannot read the feed list");
  }
}
