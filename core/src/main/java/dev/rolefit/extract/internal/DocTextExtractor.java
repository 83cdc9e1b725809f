package dev.rolefit.extract.internal;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import dev.rolefit.extract.UnsupportedDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Legacy Word 97-2003 (.doc) documents via POI's HWPF. The OLE2 container they live in also holds
 * other things people send as resumes: a password-protected .docx (Office encrypts the whole zip
 * into an OLE2 container), or an Excel or PowerPoint file; those get their own clear error.
 */
public final class DocTextExtractor implements TextExtractor {
  private static final String WORD_STREAM = "WordDocument";
  // Office's "agile" and "standard" encryption of OOXML files: [MS-OFFCRYPTO] 2.3.4.
  private static final String ENCRYPTION_INFO = "EncryptionInfo";
  private static final String ENCRYPTED_PACKAGE = "EncryptedPackage";

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
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      checkContainer(fs.getRoot());
      try (HWPFDocument doc = new HWPFDocument(fs);
          WordExtractor words = new WordExtractor(doc)) {
        TextAssembler out = new TextAssembler(MediaType.DOC, limits.maxCharacters());
        for (String p : words.getParagraphText()) {
          Deadline.check(deadline, limits);
          out.block(WordExtractor.stripFields(p), false);
        }
        return out.build().withMetadataDate(metadataDate(doc));
      }
    } catch (EncryptedDocumentException e) {
      throw new dev.rolefit.extract.EncryptedDocumentException(
          "the Word document is protected by a password; remove the protection and try again", e);
    } catch (IOException | RuntimeException e) {
      throw DocxTextExtractor.OfficeLimits.translate(e, "Word 97-2003 document");
    }
  }

  /** The summary's last-save date, else its creation date; missing or garbage gives none. */
  private static java.util.Optional<java.time.LocalDate> metadataDate(HWPFDocument doc) {
    try {
      var info = doc.getSummaryInformation();
      if (info == null) {
        return java.util.Optional.empty();
      }
      java.util.Date d =
          info.getLastSaveDateTime() != null
              ? info.getLastSaveDateTime()
              : info.getCreateDateTime();
      return d == null ? java.util.Optional.empty() : MetadataDates.of(d.toInstant());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Tells what an OLE2 container without a Word stream is, before HWPF fails on it. */
  private static void checkContainer(DirectoryNode root) throws DocumentException {
    if (root.hasEntry(ENCRYPTION_INFO) && root.hasEntry(ENCRYPTED_PACKAGE)) {
      throw new dev.rolefit.extract.EncryptedDocumentException(
          "the document is a password-protected Office file (an encrypted .docx); open it in"
              + " Word, remove the password (File > Info > Protect Document) and try again");
    }
    if (root.hasEntry(WORD_STREAM)) {
      return;
    }
    if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
      throw new UnsupportedDocumentException(
          "the file is an Excel workbook, not a resume document; rolefit reads PDF, DOCX, DOC"
              + " and plain text");
    }
    if (root.hasEntry("PowerPoint Document")) {
      throw new UnsupportedDocumentException(
          "the file is a PowerPoint presentation, not a resume document; rolefit reads PDF,"
              + " DOCX, DOC and plain text");
    }
    throw new CorruptDocumentException(
        "the Word 97-2003 document is damaged and cannot be read (it holds no Word text stream)");
  }
}
