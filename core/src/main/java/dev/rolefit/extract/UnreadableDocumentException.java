package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/**
 * The document's text layer is garbage (glyphs that map to nothing or to private-use characters).
 */
public final class UnreadableDocumentException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public UnreadableDocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public UnreadableDocumentException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "unreadable";
  }
}
