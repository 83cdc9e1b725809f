package dev.rolefit.resume;

import dev.rolefit.model.SectionKind;

/**
 * The unit of evidence: a bullet, a sentence, or a line, within one section.
 *
 * @param text the segment's text (same as the document text between the offsets)
 * @param start offset into the document text
 * @param end offset just past the segment
 * @param section the section it belongs to
 * @param type what kind of unit it is
 */
public record Segment(String text, int start, int end, SectionKind section, Type type) {

  /** What kind of unit a segment is. */
  public enum Type {
    /** A bulleted item (possibly wrapped over several lines). */
    BULLET,
    /** A sentence of running text. */
    SENTENCE,
    /** A heading or a short line such as an entry's title and dates. */
    LINE
  }

  /**
   * Whether the segment reads as an entry worth quoting: a few words of mostly lower-case text, not
   * a banner such as "AND IMPACT, IN NUMBERS".
   *
   * @return true for prose-like text of at least three words
   */
  public boolean readsAsEntry() {
    int lower = 0;
    int upper = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c)) {
        upper++;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= 3 && lower >= upper;
  }
}
