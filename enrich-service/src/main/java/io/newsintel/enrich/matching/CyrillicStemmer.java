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
    "ями", "ами", "іми", "ими", "ого", "ому", "ові", "еві", "єві", "ою", "ею", "єю", "ах", "ях",
    "ам", "ям", "ом", "ем", "ів", "їв", "ов", "ев", "ій", "ий", "ої", "ая", "яя", "ое", "ые", "ых",
    "ым", "ой", "ей", "ую", "юю", "их", "им", "ім", "а", "я", "у", "ю", "і", "ї", "и", "ы", "е",
    "є", "о", "й", "ь"
  };
  private static final int MIN_STEM = 3;
  private static final String LAST_LETTERS = lastLetters();

  private static String lastLetters() {
    StringBuilder letters = new StringBuilder();
    for (String ending : ENDINGS) {
      char last = ending.charAt(ending.length() - 1);
      if (letters.indexOf(String.valueOf(last)) < 0) {
        letters.append(last);
      }
    }
    return letters.toString();
  }

  private CyrillicStemmer() {}

  static String stem(StringBuilder word) {
    int length = word.length();
    if (length <= MIN_STEM || LAST_LETTERS.indexOf(word.charAt(length - 1)) < 0) {
      return word.toString();
    }
    for (String ending : ENDINGS) {
      if (length - ending.length() >= MIN_STEM && endsWith(word, ending)) {
        return word.substring(0, length - ending.length());
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
