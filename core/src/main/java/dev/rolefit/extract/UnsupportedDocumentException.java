package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/** The document's type (found from its content, not its name) is not one rolefit reads. */
public final class UnsupportedDocumentException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public UnsupportedDocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public UnsupportedDocumentException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "unsupported";
  }
}
