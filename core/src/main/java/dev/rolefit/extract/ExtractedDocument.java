package dev.rolefit.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a document as the scorer sees it, in reading order, with its lines and diagnostics.
 *
 * @param mediaType the type found from the content
 * @param text the whole text; lines are separated by {@code \n}, pages by a blank line
 * @param pages the number of pages (1 for formats without pages)
 * @param lines every non-empty line, in reading order, with offsets into {@code text}
 * @param quality the verdict on the text
 * @param metadataDate the date the document's metadata gives (last modified, else created), if any
 * @param runningLines the running headers and footers left out of the text (each text once, in
 *     order): they may say when the document was last updated
 */
public record ExtractedDocument(
    MediaType mediaType,
    String text,
    int pages,
    List<Line> lines,
    Quality quality,
    Optional<LocalDate> metadataDate,
    List<String> runningLines) {

  /** Copies the lists. */
  public ExtractedDocument {
    lines = List.copyOf(lines);
    Objects.requireNonNull(metadataDate, "metadataDate");
    runningLines = List.copyOf(runningLines);
  }

  /**
   * A document without a metadata date.
   *
   * @param mediaType the type found from the content
   * @param text the whole text
   * @param pages the number of pages
   * @param lines the lines
   * @param quality the verdict on the text
   */
  public ExtractedDocument(
      MediaType mediaType, String text, int pages, List<Line> lines, Quality quality) {
    this(mediaType, text, pages, lines, quality, Optional.empty(), List.of());
  }

  /**
   * The same document with another quality verdict.
   *
   * @param q the verdict
   * @return a copy
   */
  public ExtractedDocument withQuality(Quality q) {
    return new ExtractedDocument(mediaType, text, pages, lines, q, metadataDate, runningLines);
  }

  /**
   * The same document with a metadata date.
   *
   * @param date the date, or empty
   * @return a copy
   */
  public ExtractedDocument withMetadataDate(Optional<LocalDate> date) {
    return new ExtractedDocument(mediaType, text, pages, lines, quality, date, runningLines);
  }

  /**
   * The same document with the running headers and footers that were left out of its text.
   *
   * @param running the lines
   * @return a copy
   */
  public ExtractedDocument withRunningLines(List<String> running) {
    return new ExtractedDocument(mediaType, text, pages, lines, quality, metadataDate, running);
  }
}
