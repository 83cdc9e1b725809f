package dev.rolefit.extract.internal;

import dev.rolefit.extract.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds words run together because the spaces between them were lost ("managedteamofengineers",
 * "MachineLearningEngineer"). A run of letters is glued when it is longer than words get in its
 * case, or joins three or more capitalised words, and long runs make up most of its line and half
 * its words: a long compound or identifier in ordinary prose sits among short words. Addresses,
 * links, hashtags, file names and code identifiers with dots, underscores or digits are not prose
 * and are skipped.
 */
final class GluedWords {
  // English words past 19 letters are rare; glued lines give runs of 30 and more.
  static final int LONG_RUN = 20;
  // German-style compounds are capitalised and may reach 29 letters.
  static final int LONG_CAPITALISED = 30;
  static final int LONG_CAPITALS = 25;
  // Three capitalised words of three letters or more: "MachineLearningEngineer".
  static final int MIN_CAMEL_RUN = 15;
  static final int MIN_CAMEL_PARTS = 3;
  static final int MIN_PART = 3;
  // Long runs must hold this share of a line's letters, and be half its words: compounds in prose
  // sit among short words.
  static final double LINE_SHARE = 0.5;
  static final int MIN_GLUED = 3;
  static final double MIN_SHARE = 0.02;

  private GluedWords() {}

  /**
   * Looks for glued words.
   *
   * @param lines the document's lines
   * @return the issue, when at least {@value #MIN_GLUED} glued runs make up at least 2% of words
   */
  static Optional<String> find(List<Line> lines) {
    int words = 0;
    int glued = 0;
    String example = null;
    for (Line l : lines) {
      List<String> ws = TextDamage.words(l.text());
      int letters = 0;
      int longLetters = 0;
      int found = 0;
      String first = null;
      int lineWords = 0;
      for (String w : ws) {
        if (!hasLetter(w)) {
          continue;
        }
        words++;
        lineWords++;
        boolean skip = notProse(w);
        int i = 0;
        while (i < w.length()) {
          int start = i;
          while (i < w.length() && Character.isLetter(w.charAt(i))) {
            i++;
          }
          int len = i - start;
          letters += len;
          if (!skip && len > 0 && isGlued(w, start, i)) {
            longLetters += len;
            found++;
            if (first == null) {
              first = w.substring(start, i);
            }
          }
          i = Math.max(i, start + 1);
        }
      }
      if (found > 0 && found * 2 >= lineWords && longLetters >= LINE_SHARE * letters) {
        glued += found;
        if (example == null) {
          example = first;
        }
      }
    }
    if (glued < MIN_GLUED || glued < MIN_SHARE * words) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "words run together (spaces lost): %d of %d words (e.g. \"%s\")",
            glued,
            words,
            TextDamage.example(example)));
  }

  /** Addresses, links, hashtags, handles, file names, paths and identifiers with dots or digits. */
  static boolean notProse(String w) {
    if (w.indexOf('@') >= 0
        || w.indexOf('#') >= 0
        || w.indexOf('_') >= 0
        || w.indexOf('/') >= 0
        || w.indexOf('\\') >= 0
        || w.indexOf('=') >= 0
        || w.contains("://")
        || w.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      // A dot inside a word: a domain, a file name, a package or member name.
      if (c == '.' && i > 0 && i + 1 < w.length() && Character.isLetter(w.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether letters {@code from..to} of a word are glued. The length that gives a run away depends
   * on its case: lower case from {@value #LONG_RUN} letters ("managedteamofengineers"); a
   * capitalised word, as German nouns are, only from {@value #LONG_CAPITALISED}; capitals inside
   * from three capitalised words ("MachineLearningEngineer"), or from {@value #LONG_CAPITALISED}
   * letters in any mix.
   */
  static boolean isGlued(String w, int from, int to) {
    int len = to - from;
    if (len < MIN_CAMEL_RUN) {
      return false;
    }
    int upper = 0;
    int parts = 0;
    int part = 0;
    boolean camel = true;
    for (int i = from; i < to; i++) {
      char c = w.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
        // Parts of three letters or more: "iPhone" and "HTTPServer" are names, not glued words.
        if (parts > 0 && part < MIN_PART) {
          camel = false;
        }
        parts++;
        part = 1;
      } else if (Character.isLowerCase(c)) {
        part++;
      } else {
        // Scripts without case (Chinese, Thai) write words without spaces.
        return false;
      }
    }
    boolean startsUpper = Character.isUpperCase(w.charAt(from));
    if (upper == 0) {
      return len >= LONG_RUN;
    }
    if (upper == len) {
      return len >= LONG_CAPITALS;
    }
    if (upper == 1 && startsUpper) {
      return len >= LONG_CAPITALISED;
    }
    boolean camelWords = camel && startsUpper && part >= MIN_PART && parts >= MIN_CAMEL_PARTS;
    return camelWords || len >= LONG_CAPITALISED;
  }
}
