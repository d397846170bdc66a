package io.newsintel.enrich.matching;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Splits text into {@link Token}s in one pass over its characters, keeping the offsets into the
 * original text that evidence needs.
 *
 * <p>Hand-written rather than a Lucene {@code TokenStream}: stories are short, the matcher needs
 * letter/digit splitting that {@code StandardTokenizer} does not do ("APT28" is one token there)
 * and the per-token attribute machinery costs more than the matching itself. Folding of accented
 * Latin letters is Lucene's ({@link ASCIIFoldingFilter#foldToASCII}).
 */
public final class Tokenizer {

  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Token> tokens = new ArrayList<>(text.length() / 5);
    int length = text.length();
    int i = 0;
    boolean separated = true;
    while (i < length) {
      char c = text.charAt(i);
      int end;
      if (Character.isLetter(c)) {
        end = endOfWord(text, i);
      } else if (Character.isDigit(c)) {
        end = i + 1;
        while (end < length && Character.isDigit(text.charAt(end))) {
          end++;
        }
      } else {
        i++;
        separated = true;
        continue;
      }
      tokens.add(token(text, i, end, separated));
      separated = false;
      i = end;
    }
    return tokens;
  }

  private static int endOfWord(String text, int start) {
    int length = text.length();
    int end = start + 1;
    while (end < length) {
      char c = text.charAt(end);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if (isApostrophe(c)
          && end + 1 < length
          && Scripts.isCyrillic(text.charAt(end - 1))
          && Scripts.isCyrillic(text.charAt(end + 1))) {
        // Ukrainian spells words with an apostrophe inside: "зв'язок" is one word.
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`';
  }

  private static Token token(String text, int start, int end, boolean separated) {
    boolean upper = false;
    boolean ascii = true;
    int latin = 0;
    int cyrillic = 0;
    StringBuilder key = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // The common case, kept cheap: ASCII letters and digits.
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          c = (char) (c + 32);
        }
        if (c >= 'a' && c <= 'z') {
          latin++;
        } else if (c == '\'' || c == '`') {
          continue;
        }
        key.append(c);
        continue;
      }
      if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      upper |= Character.isUpperCase(c);
      char lower = Character.toLowerCase(c);
      if (Scripts.isCyrillic(lower)) {
        cyrillic++;
        lower = lower == 'ё' ? 'е' : lower == 'ґ' ? 'г' : lower;
      } else if (lower < 0x250) {
        latin++;
        ascii = false;
      } else {
        ascii = false;
      }
      key.append(lower);
    }
    boolean digitsFollow = end < text.length() && Character.isDigit(text.charAt(end));
    String normalised;
    if (cyrillic == 0) {
      normalised = ascii ? key.toString() : foldLatin(key);
    } else if (latin > 0) {
      // Mixed scripts are look-alike letters (typed by mistake or to evade filters): one script.
      normalised =
          latin >= cyrillic ? foldLatin(Scripts.toLatin(key)) : Scripts.toCyrillic(key).toString();
    } else if (digitsFollow && Scripts.allLatinLookAlikes(key)) {
      // "АРТ28" typed in Cyrillic is APT28.
      normalised = foldLatin(Scripts.toLatin(key));
    } else {
      normalised = CyrillicStemmer.stem(key);
    }
    return new Token(start, end, normalised, upper, separated);
  }

  private static String foldLatin(CharSequence key) {
    int length = key.length();
    char[] input = new char[length];
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      input[i] = key.charAt(i);
      ascii &= input[i] < 0x80;
    }
    if (ascii) {
      return new String(input);
    }
    char[] output = new char[length * 4];
    int folded = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, length);
    return new String(output, 0, folded);
  }
}
