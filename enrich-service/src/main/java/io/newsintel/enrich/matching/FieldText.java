package io.newsintel.enrich.matching;

import java.util.List;

/**
 * One field of a story ({@code title}, {@code summary} or {@code content}), tokenised and split
 * into sentences once for every matcher.
 */
public final class FieldText {

  private final String name;
  private final TokenizedText text;
  private final List<int[]> sentences;
  private final int[] sentenceOfToken;

  public FieldText(String name, String text) {
    this.name = name;
    this.text = TokenizedText.of(text);
    this.sentences = Sentences.of(this.text);
    this.sentenceOfToken = new int[this.text.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (int t = sentences.get(s)[0]; t < sentences.get(s)[1]; t++) {
        sentenceOfToken[t] = s;
      }
    }
  }

  public String name() {
    return name;
  }

  public TokenizedText text() {
    return text;
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** {firstToken, endToken} of sentence {@code index}. */
  public int[] sentence(int index) {
    return sentences.get(index);
  }

  public int sentenceOf(int tokenIndex) {
    return sentenceOfToken[tokenIndex];
  }

  public boolean isEmpty() {
    return text.size() == 0;
  }
}
