package dev.rolefit.cli;

import java.util.function.Supplier;

/**
 * A usage error found by a command itself (a bad value, options that exclude each other): exit 2.
 * Any other {@link IllegalArgumentException} is a bug and exits 1.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A usage error.
   *
   * @param message one line naming the argument and what is wrong with it
   */
  UsageException(String message) {
    super(message);
  }

  private UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Reads a user's value with a library parser: its rejection of the value is a usage error.
   *
   * @param parse the parse of the value, throwing {@link IllegalArgumentException} to reject it
   * @return the parsed value
   */
  static <T> T parsing(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
