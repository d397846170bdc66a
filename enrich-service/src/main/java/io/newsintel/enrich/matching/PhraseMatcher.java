package io.newsintel.enrich.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases at once with a trie over token keys: one walk per token position, so the cost
 * grows with the text, not with the number of phrases (tens of thousands of aliases cost the same
 * as ten). Phrases match on whole tokens only, which gives word boundaries for free. Immutable once
 * built, so safe to share between threads.
 */
public final class PhraseMatcher<T> {

  private final Node<T> root;

  private PhraseMatcher(Node<T> root) {
    this.root = root;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Leftmost-longest, non-overlapping matches in text order. */
  public List<PhraseMatch<T>> find(TokenizedText text) {
    List<PhraseMatch<T>> matches = new ArrayList<>();
    List<Token> tokens = text.tokens();
    int size = tokens.size();
    int i = 0;
    while (i < size) {
      Node<T> node = root;
      Node<T> best = null;
      int bestEnd = -1;
      for (int j = i; j < size; j++) {
        node = node.child(tokens.get(j).key());
        if (node == null) {
          break;
        }
        if (!node.values.isEmpty()) {
          best = node;
          bestEnd = j + 1;
        }
      }
      if (best == null) {
        i++;
      } else {
        matches.add(
            new PhraseMatch<>(
                i,
                bestEnd,
                tokens.get(i).start(),
                tokens.get(bestEnd - 1).end(),
                best.frozenValues()));
        i = bestEnd;
      }
    }
    return matches;
  }

  /**
   * Every match at every position, overlapping ones included (all lengths): for a matcher that
   * holds several kinds of phrase at once, so that one pass over the text serves them all.
   */
  public List<PhraseMatch<T>> findAll(TokenizedText text) {
    List<PhraseMatch<T>> matches = new ArrayList<>();
    List<Token> tokens = text.tokens();
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      Node<T> node = root;
      for (int j = i; j < size; j++) {
        node = node.child(tokens.get(j).key());
        if (node == null) {
          break;
        }
        if (!node.values.isEmpty()) {
          matches.add(
              new PhraseMatch<>(
                  i, j + 1, tokens.get(i).start(), tokens.get(j).end(), node.frozenValues()));
        }
      }
    }
    return matches;
  }

  public boolean isEmpty() {
    return root.children == null;
  }

  public static final class Builder<T> {

    private final Node<T> root = new Node<>();

    private Builder() {}

    /** Registers a phrase; it is tokenised and normalised as texts are. */
    public Builder<T> add(String phrase, T value) {
      List<Token> tokens = Tokenizer.tokenize(phrase);
      if (tokens.isEmpty()) {
        return this;
      }
      Node<T> node = root;
      for (Token token : tokens) {
        node = node.childOrNew(token.key());
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    public Builder<T> addAll(Iterable<String> phrases, T value) {
      for (String phrase : phrases) {
        add(phrase, value);
      }
      return this;
    }

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(root);
    }
  }

  private static final class Node<T> {
    private Map<String, Node<T>> children;
    private final List<T> values = new ArrayList<>(1);
    private List<T> frozen;

    List<T> frozenValues() {
      List<T> current = frozen;
      if (current == null || current.size() != values.size()) {
        current = List.copyOf(values);
        frozen = current;
      }
      return current;
    }

    Node<T> child(String key) {
      return children == null ? null : children.get(key);
    }

    Node<T> childOrNew(String key) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(key, k -> new Node<>());
    }
  }
}
