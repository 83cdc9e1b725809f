package dev.rolefit.extract.internal;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;

/** Plain text and Markdown, with charset detection. */
public final class PlainTextExtractor implements TextExtractor {

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
      out.block(pages[p], false);
    }
    return out.build();
  }
}
