package dev.rolefit.posting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A logical line of a posting: a bullet (with its wrapped continuation lines), a heading (maybe
 * with text after its colon), or a line of prose.
 *
 * @param text the line's text without its bullet mark
 * @param bullet whether it was a bulleted or numbered item
 * @param heading the section it opens, or null when it is not a heading
 * @param inline text after a heading's colon ("Requirements: Python, SQL"), or ""
 */
public record PostingLine(String text, boolean bullet, PostingSection heading, String inline) {
  private static final Pattern BULLET =
      Pattern.compile(
          "^(?:[\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u25b8"
              + "\u2013\u2014*+>\u2713\u2714-]|\\d{1,2}[.)]|\\(?[a-z]\\))\\s+(.*)$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
  // Words a heading may hold that name no section by themselves ("About the role").
  private static final Set<String> NEUTRAL =
      Set.of(
          "about", "the", "our", "your", "you", "and", "key", "what", "we", "a", "an", "of", "for",
          "to", "this", "in", "are", "is", "will", "be", "do", "&", "role's", "job's");
  private static final int MAX_HEADING_CHARS = 70;
  private static final int MAX_HEADING_WORDS = 8;
  private static final int MAX_LINES = 5_000;

  /**
   * Splits a posting into logical lines; blank lines are dropped, wrapped bullets and wrapped
   * sentences (the next line starts in lower case) are joined.
   *
   * @param text the posting
   * @return the lines, at most 5,000
   */
  public static List<PostingLine> split(String text) {
    List<PostingLine> out = new ArrayList<>();
    String[] raw = text.split("\\r?\\n|\\r", -1);
    for (int i = 0; i < raw.length && out.size() < MAX_LINES; i++) {
      String line = raw[i].replace('\u00a0', ' ').strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher b = BULLET.matcher(line);
      if (b.matches() && !b.group(1).isBlank()) {
        out.add(new PostingLine(b.group(1).strip(), true, null, ""));
        continue;
      }
      PostingLine heading = heading(line);
      if (heading != null) {
        out.add(heading);
        continue;
      }
      if (!out.isEmpty() && continues(out.get(out.size() - 1), line, raw[i - 1])) {
        PostingLine prev = out.remove(out.size() - 1);
        out.add(new PostingLine(prev.text() + " " + line, prev.bullet(), null, ""));
        continue;
      }
      out.add(new PostingLine(line, false, null, ""));
    }
    return out;
  }

  /** A wrapped line: no blank line before it, it starts in lower case, the last did not end. */
  private static boolean continues(PostingLine prev, String line, String rawPrev) {
    if (prev.heading() != null || rawPrev.isBlank()) {
      return false;
    }
    char first = line.charAt(0);
    String p = prev.text();
    char last = p.charAt(p.length() - 1);
    return (Character.isLowerCase(first) || first == '(' || first == '&')
        && ".!?:".indexOf(last) < 0;
  }

  private static @Nullable PostingLine heading(String line) {
    int colon = line.indexOf(':');
    if (colon > 0 && colon < line.length() - 1 && colon <= 40) {
      String head = line.substring(0, colon).strip();
      PostingSection s = section(head, true);
      if (s != null) {
        return new PostingLine(head, false, s, line.substring(colon + 1).strip());
      }
      return null;
    }
    boolean colonEnd = line.endsWith(":");
    String head = colonEnd ? line.substring(0, line.length() - 1).strip() : line;
    if (head.isEmpty() || head.endsWith(".")) {
      return null;
    }
    boolean shaped = colonEnd || head.equals(head.toUpperCase(Locale.ROOT)) || titleCase(head);
    PostingSection s = section(head, shaped);
    return s == null ? null : new PostingLine(head, false, s, "");
  }

  /** The section a heading-shaped text names, when its words are mostly heading words. */
  private static @Nullable PostingSection section(String head, boolean shaped) {
    if (head.length() > MAX_HEADING_CHARS) {
      return null;
    }
    PostingSection s = PostingSection.of(head);
    if (s == null) {
      return null;
    }
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(head);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    if (words.size() > MAX_HEADING_WORDS) {
      return null;
    }
    boolean[] covered = PostingSection.covered(head);
    int content = 0;
    int hit = 0;
    for (int[] span : words) {
      String word = head.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
      if (NEUTRAL.contains(word)) {
        continue;
      }
      content++;
      if (covered[span[0]]) {
        hit++;
      }
    }
    double need = shaped ? 0.5 : 0.75;
    return content == 0 || hit >= need * content ? s : null;
  }

  private static boolean titleCase(String head) {
    Matcher w = WORD.matcher(head);
    int words = 0;
    while (w.find()) {
      String word = w.group();
      if (word.length() > 3 && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
      words++;
    }
    return words > 0;
  }
}
