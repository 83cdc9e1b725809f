package dev.rolefit.extract.internal;

import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;

/**
 * The cooperative end of an extraction: extractors ask at each step whether their deadline has
 * passed or their worker was interrupted (the caller gave up on it), and stop, so an abandoned
 * worker frees its CPU and memory instead of running on.
 */
final class Deadline {
  private Deadline() {}

  /**
   * Whether work must stop.
   *
   * @param deadline {@link System#nanoTime()} value after which the extractor gives up
   * @return true when the deadline has passed or the thread was interrupted
   */
  static boolean passed(long deadline) {
    return System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted();
  }

  /**
   * Stops the extraction when its time is up.
   *
   * @param deadline {@link System#nanoTime()} value after which the extractor gives up
   * @param limits the limits, for the message
   * @throws LimitExceededException when the deadline has passed or the thread was interrupted
   */
  static void check(long deadline, ExtractionLimits limits) throws LimitExceededException {
    if (passed(deadline)) {
      throw exceeded(limits, null);
    }
  }

  /**
   * The error for a document that took too long.
   *
   * @param limits the limits, for the message
   * @param cause the underlying signal, or null
   * @return the exception
   */
  static LimitExceededException exceeded(ExtractionLimits limits, Throwable cause) {
    return new LimitExceededException(
        "extraction took longer than " + limits.timeout().toMillis() + " ms", cause);
  }
}
