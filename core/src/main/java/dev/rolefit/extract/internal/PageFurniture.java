package dev.rolefit.extract.internal;

import dev.rolefit.extract.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds page furniture left between content lines: page-number lines ("Page 2 of 3", "2 / 3", "- 2
 * -") and running lines with a page number ("Name – Curriculum Vitae – 2"). PDF pages lose theirs
 * at the page edges ({@link PdfLayout#dropRunning}); what is found here sat elsewhere, or came in a
 * text export. A bare number counts only on the page it names and only with another, since
 * superscripts and list numbers look the same.
 */
final class PageFurniture {
  static final int MIN_BARE = 2;

  private PageFurniture() {}

  /**
   * Looks for page furniture.
   *
   * @param lines the document's lines
   * @return the issue, when a page-number or running line sits between content lines
   */
  static Optional<String> find(List<Line> lines) {
    int numbers = 0;
    int bare = 0;
    int running = 0;
    // The first and last lines are edges, not between content lines.
    for (int i = 1; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text();
      if (PageNumbers.isBare(t)) {
        bare += PageNumbers.number(t) == l.page() ? 1 : 0;
      } else if (PageNumbers.isPageNumber(t)) {
        numbers++;
      } else if (PageNumbers.isRunningLine(t)) {
        running++;
      }
    }
    if (bare < MIN_BARE) {
      bare = 0;
    }
    if (numbers + bare + running == 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "page numbers or running headers inside the text: %d page-number line(s), %d running"
                + " line(s)",
            numbers + bare,
            running));
  }
}
