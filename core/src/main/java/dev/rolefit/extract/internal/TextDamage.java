package dev.rolefit.extract.internal;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the damage text extraction leaves in otherwise readable text: words run together, words
 * split where a ligature glyph had no character, icon glyph names read as words, and page numbers
 * or running lines left between content lines. Each finding is one issue; any makes the text low
 * confidence. Every check is a single pass over the lines, so huge texts stay fast.
 */
public final class TextDamage {
  // Examples quoted in issues are cut to this length: a hint, never resume text at length.
  private static final int MAX_EXAMPLE = 24;

  private TextDamage() {}

  /**
   * The damage found in a document's text, in a fixed order: glued words, lost ligatures, icon
   * names, page furniture.
   *
   * @param doc the extracted document
   * @return human-readable issues, empty when the text looks undamaged
   */
  public static List<String> issues(ExtractedDocument doc) {
    List<Line> lines = lines(doc);
    List<String> out = new ArrayList<>(4);
    add(out, GluedWords.find(lines));
    add(out, LostLigatures.find(lines));
    add(out, IconGlyphNames.find(lines));
    add(out, PageFurniture.find(lines));
    return out;
  }

  private static void add(List<String> out, Optional<String> issue) {
    issue.ifPresent(out::add);
  }

  /** The document's lines; a document built from bare text gets its text's lines. */
  private static List<Line> lines(ExtractedDocument doc) {
    if (!doc.lines().isEmpty() || doc.text().isEmpty()) {
      return doc.lines();
    }
    List<Line> out = new ArrayList<>();
    String text = doc.text();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String t = text.substring(start, end).strip();
      if (!t.isEmpty()) {
        out.add(Line.plain(t, 1, start));
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Splits a line into its white-space separated words.
   *
   * @param line the line's text
   * @return the words, in order
   */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(line.substring(start, i));
      }
    }
    return out;
  }

  /**
   * A short quotation for an issue: the text itself, or its start and an ellipsis.
   *
   * @param s the text
   * @return at most {@value #MAX_EXAMPLE} characters and an ellipsis
   */
  static String example(String s) {
    return s.length() <= MAX_EXAMPLE ? s : s.substring(0, MAX_EXAMPLE) + "\u2026";
  }
}
