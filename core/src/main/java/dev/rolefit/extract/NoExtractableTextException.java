package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/** The document has no text layer (a scan or images only): it needs OCR before it can be scored. */
public final class NoExtractableTextException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public NoExtractableTextException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public NoExtractableTextException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "needs_ocr";
  }

  @Override
  public boolean needsOcr() {
    return true;
  }
}
