package dev.rolefit.extract;

/**
 * One line of extracted text with the layout facts that help find headings.
 *
 * @param text the line's text, without the line break
 * @param page the 1-based page number (1 for formats without pages)
 * @param start offset of the first character in {@link ExtractedDocument#text()}
 * @param end offset just past the last character in {@link ExtractedDocument#text()}
 * @param fontSize the dominant font size in points, or 0 where unknown
 * @param bold whether most of the line is set in a bold face
 * @param headingStyle whether the source marks the line as a heading: a Word heading style, a
 *     Markdown heading, or a label set in a PDF's left margin
 */
public record Line(
    String text, int page, int start, int end, float fontSize, boolean bold, boolean headingStyle) {

  /**
   * A line with no layout information (plain text).
   *
   * @param text the line's text
   * @param page the 1-based page
   * @param start offset of the first character
   * @return the line
   */
  public static Line plain(String text, int page, int start) {
    return new Line(text, page, start, start + text.length(), 0f, false, false);
  }
}
