package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.PhraseMatch;
import io.newsintel.enrich.matching.PhraseMatcher;
import io.newsintel.enrich.matching.TokenizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The cue words of {@value #RESOURCE}. */
final class CueLexicon {

  static final String RESOURCE = "attribution/cues.tsv";

  private CueLexicon() {}

  /** All cue phrases in one trie: one pass over a text finds every kind. */
  static PhraseMatcher<Cue> load() {
    PhraseMatcher.Builder<Cue> builder = PhraseMatcher.builder();
    try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        Cue cue = Cue.valueOf(columns[0]);
        for (String phrase : columns[1].split(";")) {
          builder.add(phrase, cue);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /**
   * The cues of a text by kind: for each kind the leftmost-longest matches that do not overlap, as
   * a matcher of that kind alone would find them.
   */
  static Map<Cue, List<PhraseMatch<Cue>>> find(PhraseMatcher<Cue> matcher, TokenizedText text) {
    Map<Cue, List<PhraseMatch<Cue>>> byKind = new EnumMap<>(Cue.class);
    for (Cue cue : Cue.values()) {
      byKind.put(cue, new ArrayList<>(4));
    }
    int[] nextFree = new int[Cue.values().length];
    List<PhraseMatch<Cue>> all = matcher.findAll(text);
    for (int i = 0; i < all.size(); i++) {
      PhraseMatch<Cue> match = all.get(i);
      for (Cue cue : match.values()) {
        if (match.firstToken() < nextFree[cue.ordinal()] || longerFollows(all, i, cue)) {
          continue;
        }
        byKind.get(cue).add(match);
        nextFree[cue.ordinal()] = match.endToken();
      }
    }
    return byKind;
  }

  /** A longer match of the same kind at the same start comes next in findAll's order. */
  private static boolean longerFollows(List<PhraseMatch<Cue>> all, int i, Cue cue) {
    int start = all.get(i).firstToken();
    for (int j = i + 1; j < all.size() && all.get(j).firstToken() == start; j++) {
      if (all.get(j).values().contains(cue)) {
        return true;
      }
    }
    return false;
  }
}
