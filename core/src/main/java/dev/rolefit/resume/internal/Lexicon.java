package dev.rolefit.resume.internal;

import java.util.List;
import java.util.Locale;

/**
 * A list of words and phrases matched on whole words, case folded: "Ph.D." is the phrase "ph d",
 * "co-op" is "co op", and a phrase ending in {@code *} matches words that start with it. Matching
 * runs on {@link Words}, a text cut into words once; it replaces large regular-expression
 * alternations, which try every branch at every position of the text.
 */
final class Lexicon {
  private final String[] whole;
  private final String[] prefixes;

  private Lexicon(String[] whole, String[] prefixes) {
    this.whole = whole;
    this.prefixes = prefixes;
  }

  /**
   * A lexicon of phrases.
   *
   * @param phrases the words and phrases, written as in text ("Ph.D.", "co-op", "volunteer*")
   * @return the lexicon
   */
  static Lexicon of(String... phrases) {
    List<String> w = new java.util.ArrayList<>();
    List<String> p = new java.util.ArrayList<>();
    for (String phrase : phrases) {
      boolean prefix = phrase.endsWith("*");
      String norm = Words.normalize(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
      if (prefix) {
        p.add(" " + norm);
      } else {
        w.add(" " + norm + " ");
      }
    }
    return new Lexicon(w.toArray(new String[0]), p.toArray(new String[0]));
  }

  /**
   * Whether a text holds one of the phrases.
   *
   * @param text the text, cut into words
   * @return true if a phrase occurs as whole words
   */
  boolean in(Words text) {
    String t = text.padded();
    for (String w : whole) {
      if (t.contains(w)) {
        return true;
      }
    }
    for (String p : prefixes) {
      if (t.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a text starts with one of the phrases.
   *
   * @param text the text, cut into words
   * @return true if the text's first words are a phrase
   */
  boolean startsIn(Words text) {
    String t = text.padded();
    for (String w : whole) {
      if (t.startsWith(w)) {
        return true;
      }
    }
    for (String p : prefixes) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text cut into lower-case words (letters and digits), kept as {@code " w1 w2 ... "}.
   *
   * @param padded the words between single spaces, with a space at each end
   */
  record Words(String padded) {
    static Words of(String text) {
      return new Words(" " + normalize(text) + " ");
    }

    /** The last word, or "" for no words. */
    String lastWord() {
      int end = padded.length() - 1;
      int start = padded.lastIndexOf(' ', end - 1) + 1;
      return start >= end ? "" : padded.substring(start, end);
    }

    /** Lower-case words of letters and digits, single spaces between them. */
    static String normalize(String text) {
      StringBuilder sb = new StringBuilder(text.length());
      boolean gap = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          if (gap && sb.length() > 0) {
            sb.append(' ');
          }
          gap = false;
          sb.append(c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : lower(c));
        } else if (c != '\'' && c != '\u2019') {
          gap = true; // "master's" stays one word: "masters"
        }
      }
      return sb.toString();
    }

    private static char lower(char c) {
      return String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
    }
  }
}
