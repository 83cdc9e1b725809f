package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/**
 * A document could not be turned into text that is worth scoring. Subclasses name the reason;
 * {@link #kind()} is a stable machine-readable name of it (used in batch rows and JSON). The set of
 * reasons is closed (sealed), so a caller's switch over them is complete.
 */
public abstract sealed class DocumentException extends Exception
    permits CorruptDocumentException,
        EncryptedDocumentException,
        LimitExceededException,
        NoExtractableTextException,
        UnreadableDocumentException,
        UnsupportedDocumentException,
        ZeroByteFileException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong and, where it helps, what to do
   * @param cause the underlying failure, or null
   */
  protected DocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * The stable name of this failure, such as {@code encrypted} or {@code needs_ocr}.
   *
   * @return a lower-case identifier
   */
  public abstract String kind();

  /**
   * Whether the failure means the document has no usable text (needs OCR), as opposed to being
   * unreadable or unsupported.
   *
   * @return true for documents that need OCR
   */
  public boolean needsOcr() {
    return false;
  }
}
