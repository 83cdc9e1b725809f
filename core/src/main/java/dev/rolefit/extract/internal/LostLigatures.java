package dev.rolefit.extract.internal;

import dev.rolefit.extract.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds words split by a gap where a ligature glyph ("ti", "fi", "ff", "fl", "ffi", "ft", "tt") had
 * no character: "Publica ons", "certi cation", "e ective", "work ow", " rst". A form is counted
 * when the piece after the gap is not an English word on its own ("ons", "cation", "ective"), or is
 * one only after a telling first piece ("o er", "so ware"); "informa on" counts weakly, since "data
 * on" looks the same.
 */
final class LostLigatures {
  static final int MIN_STRONG = 2;
  static final int MIN_ANY = 3;

  // Second pieces that are no word on their own, after any first piece.
  private static final Set<String> TAILS =
      Set.of(
          // -ti-
          "ons",
          "onal",
          "onally",
          "onality",
          "onary",
          "oner",
          "oners",
          "onship",
          "onships",
          "vely",
          "vity",
          "vities",
          "ng",
          "ngs",
          "cs",
          "cal",
          "cally",
          // -fi-, -ffi-
          "cation",
          "cations",
          "cant",
          "cantly",
          "cance",
          "cient",
          "ciently",
          "ciency",
          "ciencies",
          "cial",
          "cially",
          // -ff-
          "ective",
          "ectively",
          "ectiveness",
          "erent",
          "erently",
          "erence",
          "erences",
          "erential",
          "iliate",
          "iliated",
          "iliation",
          "iliations",
          "icult",
          "iculty",
          "iculties",
          "ordable",
          // -fl-
          "exible",
          "exibility",
          "uent",
          "uently",
          "uency",
          "uence",
          "uences",
          "uenced",
          "uential",
          "ection",
          "ections",
          "ow",
          "ows",
          "owing",
          "owed",
          // -ft-, -tt-
          "ernoon",
          "erwards",
          "ern",
          "erns",
          "ention",
          "empt",
          "empts",
          "empted",
          "ing",
          "ings");

  // Pieces that stand alone where the ligature began the word: "rst" (first), "nancial".
  private static final Set<String> HEADLESS =
      Set.of(
          "rst", "eld", "elds", "nancial", "nance", "nances", "nanced", "gure", "gures", "gured",
          "xed", "lter", "lters", "ltered", "ltering", "ndings", "nished", "nalist", "nalists",
          "tness", "rmware", "delity");

  // After a first piece ending in "i": "certi ed", "classi er", "speci c", "ac vi es".
  private static final Set<String> AFTER_I =
      Set.of("ed", "er", "ers", "es", "c", "cs", "able", "cate", "cates");

  // After these first pieces only: "e ect", "o er", "a er", "be er", "o ce", "so ware".
  private static final Set<String> SHORT_HEADS =
      Set.of("e", "o", "a", "di", "su", "be", "le", "bu");
  private static final Set<String> AFTER_SHORT_HEAD =
      Set.of(
          "ort", "orts", "ect", "ects", "ected", "ecting", "er", "ers", "ered", "ering", "ce",
          "ces", "cer", "cers", "ine", "ord", "ords", "orded", "en");

  // Words that end like a -tion stem and are often followed by "on".
  private static final Set<String> ON_WORDS =
      Set.of(
          "data", "area", "media", "idea", "java", "agenda", "formula", "extra", "camera", "schema",
          "alpha", "beta", "delta", "lambda", "gamma", "sigma", "kappa", "theta", "menu", "guru",
          "multi", "wiki", "pizza", "opera", "drama", "visa", "replica", "antenna", "cinema",
          "trivia", "scala", "julia", "cuda", "conda", "kafka", "yoga", "karma", "tesla", "spec",
          "exec", "cardiac", "ninja", "sepsis");

  // The C language written in lower case follows these: "python and c".
  private static final Set<String> C_WORDS =
      Set.of("and", "with", "from", "using", "also", "then", "plus", "like", "than", "objective");

  // Lost apostrophes look like "ve": "we ve".
  private static final Set<String> VE_WORDS =
      Set.of("i", "we", "you", "they", "would", "could", "should", "might", "must", "who");

  private LostLigatures() {}

  /**
   * Looks for lost ligatures.
   *
   * @param lines the document's lines
   * @return the issue, when {@value #MIN_STRONG} clear forms or {@value #MIN_ANY} forms in all
   */
  static Optional<String> find(List<Line> lines) {
    int strong = 0;
    int weak = 0;
    String strongExample = null;
    String weakExample = null;
    String previous = "";
    for (Line l : lines) {
      List<String> ws = TextDamage.words(l.text());
      // A line that starts with the rest of a word hyphenated at the end of the last line.
      boolean continued = previous.endsWith("-");
      for (int i = 0; i < ws.size(); i++) {
        String tail = tail(ws.get(i));
        if (tail.isEmpty()) {
          continue;
        }
        String head = i > 0 ? head(ws.get(i - 1)) : "";
        boolean afterHyphen = i == 0 ? continued : ws.get(i - 1).endsWith("-");
        int kind = kind(head, tail, afterHyphen);
        String form = head.isEmpty() ? tail : head + " " + tail;
        if (kind == 2) {
          strong++;
          strongExample = strongExample == null ? form : strongExample;
        } else if (kind == 1) {
          weak++;
          weakExample = weakExample == null ? form : weakExample;
        }
      }
      previous = l.text();
    }
    if (strong < MIN_STRONG && strong + weak < MIN_ANY) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "words split where a ligature glyph had no character: %d (e.g. \"%s\")",
            strong + weak,
            TextDamage.example(strongExample != null ? strongExample : weakExample)));
  }

  /**
   * How a pair of pieces reads.
   *
   * @return 2 for a clear broken form, 1 for a likely one, 0 for none
   */
  static int kind(String head, String tail, boolean afterHyphen) {
    if (!head.isEmpty()) {
      String h = head.toLowerCase(Locale.ROOT);
      if (TAILS.contains(tail) && !(h.equals("add") && tail.equals("ons"))) {
        return 2;
      }
      if ((tail.equals("ve") || tail.equals("ves")) && h.length() >= 2 && !VE_WORDS.contains(h)) {
        return 2;
      }
      if (AFTER_I.contains(tail) && h.length() >= 3 && h.endsWith("i")) {
        return 2;
      }
      if (tail.equals("c") && h.length() >= 4 && !C_WORDS.contains(h)) {
        return 2;
      }
      if (AFTER_SHORT_HEAD.contains(tail) && SHORT_HEADS.contains(h)) {
        return 2;
      }
      if (tail.equals("ware") && h.equals("so")) {
        return 2;
      }
      if (tail.equals("on") && isTionStem(head)) {
        return 1;
      }
    }
    return HEADLESS.contains(tail) && !afterHyphen ? 2 : 0;
  }

  /**
   * A piece that ends as "-ation", "-ition", "-ution", "-ction" stems do: in lower case, or
   * capitalised as in a heading when it ends as "-cation" and "-zation" stems do ("Educa on");
   * other capitalised pieces are names ("Mona on").
   */
  private static boolean isTionStem(String head) {
    if (head.length() < 4) {
      return false;
    }
    if (!head.equals(head.toLowerCase(Locale.ROOT))) {
      String rest = head.substring(1);
      return Character.isUpperCase(head.charAt(0))
          && rest.equals(rest.toLowerCase(Locale.ROOT))
          && head.length() >= 5
          && (head.endsWith("ca") || head.endsWith("za"));
    }
    if (ON_WORDS.contains(head)) {
      return false;
    }
    char last = head.charAt(head.length() - 1);
    if (last == 'a' || last == 'i' || last == 'u') {
      return true;
    }
    if (last == 'c') {
      char before = head.charAt(head.length() - 2);
      return before == 'e' || before == 'u' || before == 'a';
    }
    return head.equals("ques");
  }

  /** A word as a first piece: its letters, when it ends in a letter, after leading punctuation. */
  private static String head(String w) {
    int start = 0;
    while (start < w.length() && !Character.isLetter(w.charAt(start))) {
      start++;
    }
    for (int i = start; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return "";
      }
    }
    return w.substring(start);
  }

  /** A word as a second piece: lower-case letters, before trailing punctuation. */
  private static String tail(String w) {
    int end = w.length();
    while (end > 0 && ",.;:!?)]\"'\u2019\u201D".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return "";
      }
    }
    return w.substring(0, end);
  }
}
