package io.newsintel.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunCommandOptionsTest {

  @Test
  void noOptionPollsTheDefaultFeeds() {
    RunCommand.Options options = RunCommand.Options.parse(new String[0]);

    assertThat(options.demo()).isFalse();
    assertThat(options.feedsFile()).isNull();
  }

  @Test
  void demoAndFeedsFileAreUnderstood() {
    assertThat(RunCommand.Options.parse(new String[] {"--demo"}).demo()).isTrue();
    assertThat(RunCommand.Options.parse(new String[] {"--feeds", "my-feeds.txt"}).feedsFile())
        .isEqualTo(Path.of("my-feeds.txt"));
  }

  @Test
  void mistakesAreExplained() {
    assertThatThrownBy(() -> RunCommand.Options.parse(new String[] {"--feeds"}))
        .hasMessage("--feeds needs a FILE");
    assertThatThrownBy(() -> RunCommand.Options.parse(new String[] {"--demo", "--feeds", "f"}))
        .hasMessage("--demo and --feeds cannot be combined");
    assertThatThrownBy(() -> RunCommand.Options.parse(new String[] {"--dmeo"}))
        .hasMessage("unknown argument: --dmeo");
  }
}
