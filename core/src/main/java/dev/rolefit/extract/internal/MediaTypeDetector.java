package dev.rolefit.extract.internal;

import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.UnsupportedDocumentException;
import java.nio.charset.StandardCharsets;

/** Finds a document's type from its first bytes (magic numbers), never from its name. */
public final class MediaTypeDetector {
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final int PDF_HEADER_WINDOW = 1024;

  private MediaTypeDetector() {}

  /**
   * Detects the type of a document.
   *
   * @param content the document's bytes (non-empty)
   * @return the type
   * @throws UnsupportedDocumentException when the bytes are no type rolefit reads
   */
  public static MediaType detect(byte[] content) throws UnsupportedDocumentException {
    // PDF readers accept the header anywhere in the first kilobyte; so do we.
    if (indexOf(content, PDF, PDF_HEADER_WINDOW) >= 0) {
      return MediaType.PDF;
    }
    if (startsWith(content, ZIP)) {
      if (indexOf(content, "word/".getBytes(StandardCharsets.US_ASCII), content.length) >= 0) {
        return MediaType.DOCX;
      }
      throw new UnsupportedDocumentException(
          "the file is a zip archive but not a Word document (.docx)");
    }
    if (startsWith(content, OLE2)) {
      return MediaType.DOC;
    }
    if (TextSniffer.looksLikeText(content)) {
      return MediaType.TEXT;
    }
    throw new UnsupportedDocumentException(
        "unsupported file type: rolefit reads PDF, DOCX, DOC and plain text");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, byte[] needle, int window) {
    int limit = Math.min(content.length, window) - needle.length;
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
