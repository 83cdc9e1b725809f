package dev.rolefit.score;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the irregular past tenses resumes are written in back into the present postings use ("built"
 * for "build", "led" for "lead", "ran" for "run"), since a stemmer cannot. Only the posting judge
 * uses it: the role scoring keeps its own analysis.
 */
final class IrregularVerbs {
  private static final Map<String, String> PRESENT =
      Map.ofEntries(
          Map.entry("built", "build"),
          Map.entry("rebuilt", "rebuild"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("rewrote", "rewrite"),
          Map.entry("ran", "run"),
          Map.entry("led", "lead"),
          Map.entry("taught", "teach"),
          Map.entry("drove", "drive"),
          Map.entry("driven", "drive"),
          Map.entry("grew", "grow"),
          Map.entry("grown", "grow"),
          Map.entry("brought", "bring"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("made", "make"),
          Map.entry("held", "hold"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("chose", "choose"),
          Map.entry("spoke", "speak"),
          Map.entry("thought", "think"),
          Map.entry("kept", "keep"),
          Map.entry("sold", "sell"),
          Map.entry("won", "win"),
          Map.entry("shipped", "ship"),
          Map.entry("understood", "understand"),
          Map.entry("oversaw", "oversee"),
          Map.entry("overseen", "oversee"),
          Map.entry("undertook", "undertake"),
          Map.entry("fed", "feed"),
          Map.entry("sent", "send"),
          Map.entry("spent", "spend"),
          Map.entry("met", "meet"),
          Map.entry("saw", "see"),
          Map.entry("drew", "draw"),
          Map.entry("bought", "buy"),
          Map.entry("sought", "seek"),
          Map.entry("fought", "fight"),
          Map.entry("stood", "stand"));
  private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");

  private IrregularVerbs() {}

  /**
   * The text with each irregular past form replaced by its present.
   *
   * @param text any text
   * @return the text, the same length or not, same words otherwise
   */
  static String present(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String p = PRESENT.get(m.group().toLowerCase(Locale.ROOT));
      m.appendReplacement(out, p == null ? Matcher.quoteReplacement(m.group()) : p);
    }
    m.appendTail(out);
    return out.toString();
  }
}
