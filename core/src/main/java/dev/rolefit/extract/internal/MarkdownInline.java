package dev.rolefit.extract.internal;

import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The Markdown of resumes written as plain text, read with one left-to-right scan per rule: ATX
 * headings, thematic breaks, links and strong emphasis. Each rule was a regular expression whose
 * backtracking was quadratic or worse, or overflowed the stack, on lines such as {@code [](} or
 * {@code - } repeated; these scans give the same results (see the regex each method names) in time
 * linear in the line's length.
 */
final class MarkdownInline {
  private MarkdownInline() {}

  /**
   * The text of an ATX heading line, as {@code ^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$} matched whole
   * gives it in group 2.
   *
   * @param line one line
   * @return the heading text, or null when the line is no heading
   */
  static @Nullable String headingText(String line) {
    int n = line.length();
    int i = 0;
    while (i < n && isSpace(line.charAt(i))) {
      i++;
    }
    if (i > 3 || i == n || line.charAt(i) != '#') {
      return null;
    }
    int h = i;
    while (h < n && line.charAt(h) == '#') {
      h++;
    }
    if (h - i > 6 || h == n || !isSpace(line.charAt(h))) {
      return null;
    }
    int w = h;
    while (w < n && isSpace(line.charAt(w))) {
      w++;
    }
    if (w == n) {
      // Only spaces after the hashes: the regex gives the text the last one, if one is left over.
      return w - h < 2 ? null : line.substring(n - 1);
    }
    // Where the closing sequence (spaces, hashes, spaces) starts, found from the end.
    int t = n;
    while (t > 0 && isSpace(line.charAt(t - 1))) {
      t--;
    }
    while (t > 0 && line.charAt(t - 1) == '#') {
      t--;
    }
    while (t > 0 && isSpace(line.charAt(t - 1))) {
      t--;
    }
    int end = Math.max(w + 1, t);
    for (int k = w; k < end; k++) {
      if (isLineTerminator(line.charAt(k))) {
        return null;
      }
    }
    return line.substring(w, end);
  }

  /**
   * Whether a line is a thematic break, as {@code ^\s{0,3}([-*_=])(\s*\1){2,}\s*$} matched whole
   * says: one of {@code - * _ =} at least three times, with only spaces between and around.
   *
   * @param line one line
   * @return true for a rule
   */
  static boolean isRule(String line) {
    int n = line.length();
    int i = 0;
    while (i < n && isSpace(line.charAt(i))) {
      i++;
    }
    if (i > 3 || i == n || "-*_=".indexOf(line.charAt(i)) < 0) {
      return false;
    }
    char mark = line.charAt(i);
    int marks = 0;
    for (int k = i; k < n; k++) {
      char c = line.charAt(k);
      if (c == mark) {
        marks++;
      } else if (!isSpace(c)) {
        return false;
      }
    }
    return marks >= 3;
  }

  /**
   * Links and images reduced to their text, as {@code !?\[([^\]]*)\]\([^)]*\)} replaced by group 1.
   *
   * @param s the text
   * @return the text with link syntax removed
   */
  static String links(String s) {
    int n = s.length();
    Splice out = new Splice(s);
    Next bracket = new Next(n, j -> s.charAt(j) == ']');
    Next paren = new Next(n, j -> s.charAt(j) == ')');
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int open = c == '[' ? i : c == '!' && i + 1 < n && s.charAt(i + 1) == '[' ? i + 1 : -1;
      int close = open < 0 ? -1 : bracket.from(open + 1);
      int end =
          close >= 0 && close + 1 < n && s.charAt(close + 1) == '(' ? paren.from(close + 2) : -1;
      i = end >= 0 ? out.replace(i, end + 1, open + 1, close) : i + 1;
    }
    return out.result();
  }

  /**
   * Strong emphasis reduced to its text, as {@code (\*\*|__)(?=\S)(.+?)(?<=\S)\1} replaced by group
   * 2.
   *
   * @param s the text
   * @return the text with strong-emphasis markers removed
   */
  static String strong(String s) {
    int n = s.length();
    Splice out = new Splice(s);
    Next stars = new Next(n, j -> closes(s, j, '*'));
    Next underscores = new Next(n, j -> closes(s, j, '_'));
    Next terminator = new Next(n, j -> isLineTerminator(s.charAt(j)));
    int i = 0;
    while (i + 2 < n) {
      char c = s.charAt(i);
      char first = s.charAt(i + 2);
      boolean opens =
          (c == '*' || c == '_')
              && s.charAt(i + 1) == c
              && !isSpace(first)
              && !isLineTerminator(first);
      int close = opens ? (c == '*' ? stars : underscores).from(i + 3) : -1;
      // The text may not run past a line terminator (the regex's dot stops there).
      int stop = close < 0 ? -1 : terminator.from(i + 2);
      boolean found = close >= 0 && (stop < 0 || stop >= close);
      i = found ? out.replace(i, close + 2, i + 2, close) : i + 1;
    }
    return out.result();
  }

  /** Whether a closing {@code **} or {@code __} starts at {@code j}, after a non-space. */
  private static boolean closes(String s, int j, char mark) {
    return j + 1 < s.length()
        && s.charAt(j) == mark
        && s.charAt(j + 1) == mark
        && !isSpace(s.charAt(j - 1));
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The characters the regex dot does not match (without DOTALL or UNIX_LINES). */
  static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * The first position at or after a given one where a test holds, asked for positions that never
   * decrease: a search resumes where the last one ended, so all searches together read the text
   * once.
   */
  private static final class Next {
    private final int length;
    private final IntPredicate test;
    private int found = -2;

    Next(int length, IntPredicate test) {
      this.length = length;
      this.test = test;
    }

    int from(int at) {
      if (found == -1 || found >= at) {
        return found;
      }
      found = -1;
      for (int j = at; j < length; j++) {
        if (test.test(j)) {
          found = j;
          break;
        }
      }
      return found;
    }
  }

  /** A copy of a text with some spans replaced by parts of themselves, made only when needed. */
  private static final class Splice {
    private final String s;
    private StringBuilder out;
    private int copied;

    Splice(String s) {
      this.s = s;
    }

    /**
     * Replaces {@code [from, to)} by {@code [keepFrom, keepTo)}.
     *
     * @return where the scan goes on: {@code to}
     */
    int replace(int from, int to, int keepFrom, int keepTo) {
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, copied, from).append(s, keepFrom, keepTo);
      copied = to;
      return to;
    }

    String result() {
      return out == null ? s : out.append(s, copied, s.length()).toString();
    }
  }
}
