package dev.rolefit.extract;

import org.jspecify.annotations.Nullable;

/** The document breaks a configured limit (size, pages, characters, time, or zip expansion). */
public final class LimitExceededException extends DocumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line that says what is wrong
   * @param cause the underlying failure, or null
   */
  public LimitExceededException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message one line that says what is wrong
   */
  public LimitExceededException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "limit_exceeded";
  }
}
