package io.newsintel.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CVE ids ("CVE-2023-23397"), normalised to upper case, with their offsets. */
final class CveFinder {

  record Cve(String id, int start, int end, String text) {}

  // Any dash-like separator: news sites turn hyphens into en dashes or non-breaking hyphens.
  private static final Pattern CVE =
      Pattern.compile(
          "(?<![\\w-])CVE[-\u2010\u2011\u2013 ](\\d{4})[-\u2010\u2011\u2013](\\d{4,7})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private CveFinder() {}

  private static boolean mentionsCve(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'V' || c == 'v')
          && (text.charAt(i - 1) | 0x20) == 'c'
          && (text.charAt(i + 1) | 0x20) == 'e') {
        return true;
      }
    }
    return false;
  }

  static List<Cve> find(String text) {
    List<Cve> found = new ArrayList<>();
    if (text == null || text.length() < 13 || !mentionsCve(text)) {
      return found; // the regular expression costs more than this scan
    }
    Matcher m = CVE.matcher(text);
    while (m.find()) {
      String id = "CVE-" + m.group(1) + "-" + m.group(2);
      found.add(new Cve(id.toUpperCase(Locale.ROOT), m.start(), m.end(), m.group()));
    }
    return found;
  }
}
