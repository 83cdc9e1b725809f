package dev.rolefit.eval;

import org.jspecify.annotations.Nullable;

/**
 * A labels, months or verdicts file that is not in the form the evaluators read (a missing column,
 * a count that is not a number, an unknown verdict): the user's input, not a bug.
 */
public final class EvalInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An input error.
   *
   * @param message the file, the line where known, and what is wrong
   */
  public EvalInputException(String message) {
    super(message);
  }

  /**
   * An input error with its cause.
   *
   * @param message the file, the line where known, and what is wrong
   * @param cause what failed to parse
   */
  public EvalInputException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
