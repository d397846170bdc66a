package io.newsintel.enrich.matching;

/**
 * Strips Ukrainian and Russian case endings so that "Турла", "Турли" and "Турлою", or "Росія",
 * "Росії" and "Росією", share one key. Deliberately light: names and nouns only need their
 * declension merged, and the same stemmer runs on the catalog's aliases and on the text, so an
 * over-stemmed key still matches itself.
 */
final class CyrillicStemmer {

  // Longest first, so "ами" is tried before "и".
  private static final String[] ENDINGS = {
    "ями", "ами", "іми", "ими", "ыми", "ого", "ому", "ові", "еві", "єві", "ою", "ею", "єю", "ах",
    "ях", "ам", "ям", "ом", "ем", "ів", "їв", "ов", "ев", "ій", "ий", "ої", "ая", "яя", "ое", "ые",
    "ие", "ых", "ым", "ой", "ей", "ую", "юю", "их", "им", "ім", "а", "я", "у", "ю", "і", "ї", "и",
    "ы", "е", "є", "о", "й", "ь"
  };
  private static final int MIN_STEM = 3;
  // Endings by their last letter (Cyrillic block offset), longest first: one array per letter.
  private static final String[][] BY_LAST_LETTER = byLastLetter();

  private static String[][] byLastLetter() {
    java.util.Map<Character, java.util.List<String>> groups = new java.util.HashMap<>();
    for (String ending : ENDINGS) {
      groups
          .computeIfAbsent(ending.charAt(ending.length() - 1), c -> new java.util.ArrayList<>())
          .add(ending);
    }
    String[][] table = new String[256][];
    groups.forEach(
        (last, endings) -> {
          endings.sort((a, b) -> b.length() - a.length());
          table[last - 0x0400] = endings.toArray(new String[0]);
        });
    return table;
  }

  private CyrillicStemmer() {}

  static String stem(StringBuilder word) {
    int length = word.length();
    char last = length == 0 ? 0 : word.charAt(length - 1);
    if (length <= MIN_STEM || last < 0x0400 || last > 0x04FF) {
      return word.toString();
    }
    String[] candidates = BY_LAST_LETTER[last - 0x0400];
    if (candidates != null) {
      for (String ending : candidates) {
        if (length - ending.length() >= MIN_STEM && endsWith(word, ending)) {
          return word.substring(0, length - ending.length());
        }
      }
    }
    return word.toString();
  }

  private static boolean endsWith(StringBuilder word, String ending) {
    int offset = word.length() - ending.length();
    for (int i = 0; i < ending.length(); i++) {
      if (word.charAt(offset + i) != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
