package io.newsintel.enrich.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsAtFullStopsFollowedByACapitalAndAtLineBreaks() {
    FieldText field =
        new FieldText("content", "NATO condemned it. Germany agreed! Then\nPoland spoke. ok no");
    assertThat(sentences(field))
        .containsExactly("NATO condemned it", "Germany agreed", "Then", "Poland spoke. ok no");
  }

  @Test
  void splitsQuotedSpeech() {
    FieldText field = new FieldText("content", "He said it. \"We stand with Germany\", they said.");
    assertThat(field.sentenceCount()).isEqualTo(2);
  }

  private static List<String> sentences(FieldText field) {
    TokenizedText text = field.text();
    return java.util.stream.IntStream.range(0, field.sentenceCount())
        .mapToObj(
            i -> {
              int[] s = field.sentence(i);
              return text.text().substring(text.token(s[0]).start(), text.token(s[1] - 1).end());
            })
        .toList();
  }
}
