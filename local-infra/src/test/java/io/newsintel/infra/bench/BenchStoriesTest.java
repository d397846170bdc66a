package io.newsintel.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchStoriesTest {

  @Test
  void aboutOneStoryInTwentyAttributesACyberattackByAGroupName() {
    long attributing =
        IntStream.range(0, 10_000)
            .mapToObj(n -> BenchStories.story("https://x.test/", n))
            .filter(BenchStories.Story::cyberAttribution)
            .count();
    assertThat(attributing).isEqualTo(500);
    BenchStories.Story story = BenchStories.story("https://x.test/", 7);
    assertThat(story.actor()).isEqualTo("APT28");
    assertThat(story.title() + story.body()).contains("APT28");
  }

  @Test
  void storiesCarryAboutTwoKilobytesOfText() {
    IntStream.range(0, 200)
        .mapToObj(n -> BenchStories.story("https://x.test/", n))
        .forEach(
            s ->
                assertThat(s.title().length() + s.body().length())
                    .isBetween(BenchStories.TARGET_LENGTH - 10, BenchStories.TARGET_LENGTH + 200));
  }

  @Test
  void theSameNumberIsAlwaysTheSameStory() {
    assertThat(BenchStories.story("https://x.test/", 1234))
        .isEqualTo(BenchStories.story("https://x.test/", 1234));
    assertThat(BenchStories.story("https://x.test/", 1234).url())
        .isEqualTo("https://x.test/0001234");
  }
}
