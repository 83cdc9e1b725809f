package dev.rolefit.extract.internal;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;

/** Legacy Word 97-2003 (.doc) documents via POI's HWPF. */
public final class DocTextExtractor implements TextExtractor {

  /** Creates the extractor (service loader). */
  public DocTextExtractor() {}

  @Override
  public boolean supports(MediaType type) {
    return type == MediaType.DOC;
  }

  @Override
  public ExtractedDocument extract(
      byte[] content, MediaType type, ExtractionLimits limits, long deadline)
      throws DocumentException {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(content));
        WordExtractor words = new WordExtractor(doc)) {
      TextAssembler out = new TextAssembler(MediaType.DOC, limits.maxCharacters());
      for (String p : words.getParagraphText()) {
        out.block(WordExtractor.stripFields(p), false);
      }
      return out.build();
    } catch (EncryptedDocumentException e) {
      throw new dev.rolefit.extract.EncryptedDocumentException(
          "the Word document is protected by a password; remove the protection and try again", e);
    } catch (IOException | RuntimeException e) {
      throw DocxTextExtractor.OfficeLimits.translate(e, "Word 97-2003 document");
    }
  }
}
