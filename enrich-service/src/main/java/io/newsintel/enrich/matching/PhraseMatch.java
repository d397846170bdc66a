package io.newsintel.enrich.matching;

import java.util.List;

/**
 * Where a phrase of a {@link PhraseMatcher} occurs in a text.
 *
 * @param firstToken index of the first matched token
 * @param endToken index after the last matched token
 * @param start offset of the first character in the text
 * @param end offset after the last character
 * @param values what the phrase was registered with (several when phrases normalise alike)
 */
public record PhraseMatch<T>(int firstToken, int endToken, int start, int end, List<T> values) {

  public String text(TokenizedText in) {
    return in.text().substring(start, end);
  }

  public T value() {
    return values.get(0);
  }
}
