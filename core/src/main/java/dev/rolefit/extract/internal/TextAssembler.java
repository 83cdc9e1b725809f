package dev.rolefit.extract.internal;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.Line;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.Quality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects lines in reading order, normalises them (ligatures, soft hyphens, bullet glyphs, white
 * space) and assembles the document text with offsets. Not thread-safe: one per document.
 */
public final class TextAssembler {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
  // Glyphs people (and fonts) use as bullets; all become one bullet so parsing sees one kind.
  private static final Pattern BULLET_START =
      Pattern.compile(
          "^[\\u2022\\u25CF\\u25AA\\u25A0\\u25E6\\u2023\\u2043\\u2219\\u00B7\\u25C6"
              + "\\u25C7\\u2756\\u27A2\\u2713\\u2714\\u25BA\\u25B8\\u2192\\uF0B7\\uF0A7\\uF076\\uF0D8"
              + "\\uF0FC\\u25AB\\u25A1\\u2610\\u2611\\u2012\\u2013\\u2014\\-\\*\\u00BB>o]\\s+");

  // What String.split would compile on every call.
  private static final Pattern LINE_BREAK =
      Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u000B");

  private final MediaType type;
  private final int maxCharacters;
  private final StringBuilder text = new StringBuilder();
  private final List<Line> lines = new ArrayList<>();
  private int page = 1;
  private int pages = 1;

  /**
   * Creates an assembler.
   *
   * @param type the document's type
   * @param maxCharacters the most characters accepted
   */
  public TextAssembler(MediaType type, int maxCharacters) {
    this.type = type;
    this.maxCharacters = maxCharacters;
  }

  /**
   * Starts a new page (a blank line separates pages in the text).
   *
   * @param number the 1-based page number
   */
  public void page(int number) {
    if (number != page && text.length() > 0) {
      text.append('\n');
    }
    page = number;
    pages = Math.max(pages, number);
  }

  /**
   * Adds a line of text; blank lines are kept as paragraph breaks.
   *
   * @param raw the line as extracted
   * @param fontSize dominant font size or 0
   * @param bold whether the line is bold
   * @param headingStyle whether the source marks it as a heading
   * @throws LimitExceededException when the text grows past the character limit
   */
  public void line(String raw, float fontSize, boolean bold, boolean headingStyle)
      throws LimitExceededException {
    String clean = normalize(raw, type);
    if (clean.isEmpty()) {
      if (text.length() > 0
          && text.charAt(text.length() - 1) == '\n'
          && (text.length() < 2 || text.charAt(text.length() - 2) != '\n')) {
        text.append('\n');
      }
      return;
    }
    int start = text.length();
    text.append(clean).append('\n');
    if (text.length() > maxCharacters) {
      throw new LimitExceededException(
          "the document holds more than " + maxCharacters + " characters of text");
    }
    lines.add(new Line(clean, page, start, start + clean.length(), fontSize, bold, headingStyle));
  }

  /**
   * Adds a block that may hold several lines (split on line breaks).
   *
   * @param block the text
   * @param headingStyle whether the source marks it as a heading
   * @throws LimitExceededException when the text grows past the character limit
   */
  public void block(String block, boolean headingStyle) throws LimitExceededException {
    for (String l : LINE_BREAK.split(block, -1)) {
      line(l, 0f, false, headingStyle);
    }
  }

  /**
   * The document assembled so far; quality is judged by the caller.
   *
   * @return the document
   */
  public ExtractedDocument build() {
    return new ExtractedDocument(type, text.toString(), pages, lines, Quality.ok());
  }

  /**
   * Normalises one line of a PDF: NFKC (ligatures, full-width forms), soft hyphens as the hyphens
   * they were drawn as, no zero-width characters, one bullet glyph, single spaces. Running lines
   * and tests use this form; {@link #normalize(String, MediaType)} applies each format's rule.
   *
   * @param raw the line
   * @return the clean line, trimmed
   */
  public static String normalize(String raw) {
    return normalize(raw, MediaType.PDF);
  }

  /**
   * Normalises one line of a document of the given type: as {@link #normalize(String)}, except that
   * outside PDF a soft hyphen between two letters is an invisible hyphenation hint and is removed.
   *
   * @param raw the line
   * @param type the type of the document the line comes from
   * @return the clean line, trimmed
   */
  public static String normalize(String raw, MediaType type) {
    String s = softHyphens(raw, type == MediaType.PDF);
    s = s.replace("\uFEFF", "").replace("\u200C", "").replace("\u200D", "");
    // NFKC splits ligatures (U+FB01 -> "fi") but leaves private-use glyphs for the quality check.
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll(" ").strip();
    var m = BULLET_START.matcher(s);
    if (m.find()) {
      s = "\u2022 " + s.substring(m.end());
    } else if (!s.isEmpty() && isBulletGlyph(s.charAt(0)) && s.length() > 1) {
      s = "\u2022 " + s.substring(1).strip();
    }
    return s;
  }

  /**
   * Resolves soft hyphens (U+00AD), a run of them counting as one. In a PDF one is a glyph that was
   * drawn, a visible hyphen or a dash between dates, so it becomes "-". In other formats it is a
   * hint where a word may break: removed between two letters (a word split for hyphenation), "-"
   * elsewhere (between digits of a date range, next to a space) so nothing gets glued.
   */
  static String softHyphens(String raw, boolean drawn) {
    int at = raw.indexOf('\u00AD');
    if (at < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    out.append(raw, 0, at);
    int i = at;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '\u00AD') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < raw.length() && raw.charAt(end) == '\u00AD') {
        end++;
      }
      boolean hint =
          !drawn
              && i > 0
              && end < raw.length()
              && Character.isLetter(raw.codePointBefore(i))
              && Character.isLetter(raw.codePointAt(end));
      if (!hint) {
        out.append('-');
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isBulletGlyph(char c) {
    return c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\uF0B7' || c == '\u25A0';
  }
}
