package dev.rolefit.extract;

import java.util.List;

/**
 * The text of a document as the scorer sees it, in reading order, with its lines and diagnostics.
 *
 * @param mediaType the type found from the content
 * @param text the whole text; lines are separated by {@code \n}, pages by a blank line
 * @param pages the number of pages (1 for formats without pages)
 * @param lines every non-empty line, in reading order, with offsets into {@code text}
 * @param quality the verdict on the text
 */
public record ExtractedDocument(
    MediaType mediaType, String text, int pages, List<Line> lines, Quality quality) {

  /** Copies the line list. */
  public ExtractedDocument {
    lines = List.copyOf(lines);
  }
}
