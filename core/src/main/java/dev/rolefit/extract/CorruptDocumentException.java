package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/** The document is damaged or not what its content claims to be. */
public final class CorruptDocumentException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public CorruptDocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public CorruptDocumentException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "corrupt";
  }
}
