package io.newsintel.enrich.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences, as [start, end) ranges of its tokens. Good enough for news prose: a
 * sentence ends at '.', '!', '?' or '…' followed by a space and an upper-case letter, a quote or a
 * digit, and at every line break. Abbreviations such as "U.S. officials" may split a sentence in
 * two; the tagger looks at neighbouring sentences where that matters.
 */
public final class Sentences {

  private Sentences() {}

  /** Each entry is {firstToken, endToken}. */
  public static List<int[]> of(TokenizedText text) {
    List<int[]> sentences = new ArrayList<>();
    String s = text.text();
    List<Token> tokens = text.tokens();
    int first = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (endsSentence(s, tokens.get(i).end(), tokens.get(i + 1).start())) {
        sentences.add(new int[] {first, i + 1});
        first = i + 1;
      }
    }
    if (first < tokens.size()) {
      sentences.add(new int[] {first, tokens.size()});
    }
    return sentences;
  }

  private static boolean endsSentence(String s, int from, int nextWord) {
    boolean stop = false;
    boolean space = false;
    for (int i = from; i < nextWord; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        stop = true;
        space = false;
      } else if (Character.isWhitespace(c)) {
        space |= stop;
      }
    }
    if (!stop || !space) {
      return false;
    }
    char next = s.charAt(nextWord);
    return Character.isUpperCase(next) || Character.isDigit(next) || isQuote(s, nextWord);
  }

  private static boolean isQuote(String s, int at) {
    // The next word is preceded by an opening quote or dash: a new sentence of quoted speech.
    char before = s.charAt(at - 1);
    return before == '"' || before == '«' || before == '“' || before == '—' || before == '–';
  }
}
