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
  private final java.util.Set<String> singles;
  private final String[] phrases;
  private final String[] prefixes;

  private Lexicon(java.util.Set<String> singles, String[] phrases, String[] prefixes) {
    this.singles = singles;
    this.phrases = phrases;
    this.prefixes = prefixes;
  }

  /**
   * A lexicon of phrases.
   *
   * @param phrases the words and phrases, written as in text ("Ph.D.", "co-op", "volunteer*")
   * @return the lexicon
   */
  static Lexicon of(String... phrases) {
    java.util.Set<String> singles = new java.util.HashSet<>();
    List<String> w = new java.util.ArrayList<>();
    List<String> p = new java.util.ArrayList<>();
    for (String phrase : phrases) {
      boolean prefix = phrase.endsWith("*");
      String norm = Words.normalize(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
      if (prefix) {
        p.add(" " + norm);
      } else if (norm.indexOf(' ') < 0) {
        singles.add(norm);
      } else {
        w.add(" " + norm + " ");
      }
    }
    return new Lexicon(
        java.util.Set.copyOf(singles), w.toArray(new String[0]), p.toArray(new String[0]));
  }

  /**
   * Whether a text holds one of the phrases.
   *
   * @param text the text, cut into words
   * @return true if a phrase occurs as whole words
   */
  boolean in(Words text) {
    String t = text.padded();
    // One set lookup per word of the text, then the few phrases and prefixes.
    if (!singles.isEmpty()) {
      for (String w : text.tokens()) {
        if (singles.contains(w)) {
          return true;
        }
      }
    }
    for (String w : phrases) {
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
   * Whether one word, already lower case, is one of the single-word entries.
   *
   * @param word the word
   * @return true if it is listed
   */
  boolean hasWord(String word) {
    return singles.contains(word);
  }

  /**
   * Whether a text starts with one of the phrases.
   *
   * @param text the text, cut into words
   * @return true if the text's first words are a phrase
   */
  boolean startsIn(Words text) {
    String t = text.padded();
    String[] tokens = text.tokens();
    if (tokens.length > 0 && singles.contains(tokens[0])) {
      return true;
    }
    for (String w : phrases) {
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

  /** A text cut into lower-case words (letters and digits), kept as {@code " w1 w2 ... "}. */
  static final class Words {
    private final String padded;
    private String[] tokens;

    private Words(String padded) {
      this.padded = padded;
    }

    static Words of(String text) {
      return new Words(" " + normalize(text) + " ");
    }

    /** The words between single spaces, with a space at each end. */
    String padded() {
      return padded;
    }

    /** The words, cut once. */
    String[] tokens() {
      if (tokens == null) {
        String inner = padded.substring(1, padded.length() - 1);
        tokens = inner.isEmpty() ? new String[0] : inner.split(" ");
      }
      return tokens;
    }

    /** The last word, or "" for no words. */
    String lastWord() {
      String[] t = tokens();
      return t.length == 0 ? "" : t[t.length - 1];
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
