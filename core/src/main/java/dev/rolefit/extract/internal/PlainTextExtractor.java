package dev.rolefit.extract.internal;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import java.util.regex.Pattern;

/** Plain text and Markdown, with charset detection (BOM, strict UTF-8, detector, windows-1252). */
public final class PlainTextExtractor implements TextExtractor {
  // Headings, rules, links and strong emphasis are read by MarkdownInline in linear time. These
  // patterns stay: the fence is anchored, and emphasis and code spans never read past the next
  // marker, so no character is read more than a few times.
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
  // Single * or _ emphasis, only around words, so "A*B" or snake_case names are left alone.
  private static final Pattern EMPHASIS =
      Pattern.compile(
          "(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\w_])");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** Creates the extractor (service loader). */
  public PlainTextExtractor() {}

  @Override
  public boolean supports(MediaType type) {
    return type == MediaType.TEXT;
  }

  @Override
  public ExtractedDocument extract(
      byte[] content, MediaType type, ExtractionLimits limits, long deadline)
      throws DocumentException {
    String text = TextSniffer.decode(content);
    TextAssembler out = new TextAssembler(MediaType.TEXT, limits.maxCharacters());
    // Form feeds are page breaks in text exports; honour them so page numbers mean something.
    String[] pages = text.split("\f", -1);
    for (int p = 0; p < pages.length; p++) {
      out.page(p + 1);
      for (String line : pages[p].split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1)) {
        Deadline.check(deadline, limits);
        markdownLine(line, out);
      }
    }
    return out.build();
  }

  /**
   * Adds one line, reading Markdown where it is used: ATX headings ("## Skills") become heading
   * lines, emphasis and link syntax is dropped (link text kept), rules and fences disappear.
   */
  private static void markdownLine(String line, TextAssembler out) throws LimitExceededException {
    String heading = MarkdownInline.headingText(line);
    if (heading != null) {
      out.line(inline(heading), 0f, false, true);
      return;
    }
    if (MarkdownInline.isRule(line) || FENCE.matcher(line).matches()) {
      out.line("", 0f, false, false);
      return;
    }
    out.line(inline(line), 0f, false, false);
  }

  private static String inline(String s) {
    String t = MarkdownInline.links(s);
    t = MarkdownInline.strong(t);
    t = EMPHASIS.matcher(t).replaceAll("$1$2");
    t = CODE.matcher(t).replaceAll("$1");
    return t;
  }
}
