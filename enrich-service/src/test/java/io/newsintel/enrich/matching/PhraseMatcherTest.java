package io.newsintel.enrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private final PhraseMatcher<String> matcher =
      PhraseMatcher.<String>builder()
          .add("APT28", "apt28")
          .add("Fancy Bear", "fancy")
          .add("Турла", "turla")
          .add("Росія", "russia")
          .add("військова частина 26165", "unit")
          .add("Держспецзв'язку", "ssscip")
          .add("Cobalt", "cobalt")
          .add("Cobalt Strike", "tool")
          .build();

  @Test
  void findsSpellingVariantsOfOneName() {
    assertThat(values("APT28, APT 28, APT-28 and APT28's tools"))
        .containsExactly("apt28", "apt28", "apt28", "apt28");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(values("XAPT28 APT280 Fancy Bearing")).isEmpty();
  }

  @Test
  void reportsOffsetsIntoTheOriginalText() {
    TokenizedText text = TokenizedText.of("Експерти: «Фенсі» та APT-28's атаки");
    PhraseMatch<String> match = matcher.find(text).get(0);
    assertThat(match.text(text)).isEqualTo("APT-28");
    assertThat(text.text().substring(match.start(), match.end())).isEqualTo("APT-28");
  }

  @Test
  void matchesUkrainianAndRussianInflectedForms() {
    assertThat(values("атаки Турли, з Турлою, про Турлу"))
        .containsExactly("turla", "turla", "turla");
    assertThat(values("проти Росії, Росією, на Росію"))
        .containsExactly("russia", "russia", "russia");
    assertThat(values("хакери військової частини 26165")).containsExactly("unit");
  }

  @Test
  void keepsTheApostropheInsideUkrainianWords() {
    assertThat(values("повідомили в Держспецзв’язку")).containsExactly("ssscip");
  }

  @Test
  void foldsCyrillicLettersThatLookLatin() {
    // "АРТ28" typed with Cyrillic А, Р and Т; "Fаncy" with a Cyrillic а.
    assertThat(values("АРТ28 та Fаncy Bear")).containsExactly("apt28", "fancy");
  }

  @Test
  void foldsAccentsAndCase() {
    assertThat(values("FANCY BEAR and fancy bear")).containsExactly("fancy", "fancy");
  }

  @Test
  void prefersTheLongestPhrase() {
    assertThat(values("a Cobalt Strike beacon")).containsExactly("tool");
  }

  private List<String> values(String text) {
    return matcher.find(TokenizedText.of(text)).stream().map(PhraseMatch::value).toList();
  }
}
