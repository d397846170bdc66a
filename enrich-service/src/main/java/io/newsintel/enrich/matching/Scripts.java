package io.newsintel.enrich.matching;

/** Cyrillic and Latin letters that look alike, and the Cyrillic spelling variants we merge. */
final class Scripts {

  // Pairs of lower-case letters that are drawn the same (or nearly) in both scripts.
  private static final String CYRILLIC_LOOK_ALIKES = "аеорсухікмтвнјѕ";
  private static final String LATIN_LOOK_ALIKES = "aeopcyxikmtbhjs";

  private Scripts() {}

  static boolean isCyrillic(char c) {
    return c >= 0x0400 && c <= 0x04FF;
  }

  static boolean allLatinLookAlikes(CharSequence lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      if (CYRILLIC_LOOK_ALIKES.indexOf(lowerCase.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  static StringBuilder toLatin(CharSequence lowerCase) {
    StringBuilder out = new StringBuilder(lowerCase.length());
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = lowerCase.charAt(i);
      int at = CYRILLIC_LOOK_ALIKES.indexOf(c);
      out.append(at >= 0 ? LATIN_LOOK_ALIKES.charAt(at) : c);
    }
    return out;
  }

  static StringBuilder toCyrillic(CharSequence lowerCase) {
    StringBuilder out = new StringBuilder(lowerCase.length());
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = lowerCase.charAt(i);
      int at = LATIN_LOOK_ALIKES.indexOf(c);
      out.append(at >= 0 ? CYRILLIC_LOOK_ALIKES.charAt(at) : c);
    }
    return normaliseCyrillic(out);
  }

  /** Merges letters that spelling variants use interchangeably (ё/е, ґ/г). */
  static StringBuilder normaliseCyrillic(StringBuilder lowerCase) {
    for (int i = 0; i < lowerCase.length(); i++) {
      char c = lowerCase.charAt(i);
      if (c == 'ё') {
        lowerCase.setCharAt(i, 'е');
      } else if (c == 'ґ') {
        lowerCase.setCharAt(i, 'г');
      }
    }
    return lowerCase;
  }
}
