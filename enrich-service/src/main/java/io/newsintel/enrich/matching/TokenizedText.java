package io.newsintel.enrich.matching;

import java.util.List;

/** A text with its tokens, so that several matchers can share one pass of tokenising. */
public record TokenizedText(String text, List<Token> tokens) {

  public TokenizedText {
    tokens = List.copyOf(tokens);
  }

  public static TokenizedText of(String text) {
    return new TokenizedText(text == null ? "" : text, Tokenizer.tokenize(text));
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int index) {
    return tokens.get(index);
  }
}
