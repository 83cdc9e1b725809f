package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/** The document is protected by a password that rolefit does not have. */
public final class EncryptedDocumentException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public EncryptedDocumentException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public EncryptedDocumentException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "encrypted";
  }
}
