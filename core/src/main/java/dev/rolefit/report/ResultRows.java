package dev.rolefit.report;

import dev.rolefit.extract.DocumentException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * The row of a file that could not be scored, from what its analysis threw: one mapping for the
 * CLI's {@code batch} and the Spark job, so the same failure has the same error kind everywhere.
 */
public final class ResultRows {
  /** The error kind of a bug, or of a hostile file that got past the limits. */
  public static final String INTERNAL = "internal";

  /** The error kind of a file over a limit, and of one that ran its worker out of memory. */
  public static final String LIMIT_EXCEEDED = "limit_exceeded";

  private ResultRows() {}

  /**
   * The failed row for a throwable: a {@link DocumentException} keeps its {@link
   * DocumentException#kind()} and message; a missing file is {@code not_found}, a refused one
   * {@code access_denied}, another I/O failure {@code io_error}; out of memory is {@code
   * limit_exceeded} (the file needs more than the worker has); anything else is {@code internal}.
   *
   * @param seq the file's position in the input order
   * @param file the file as shown
   * @param t what the analysis threw
   * @return the row
   */
  public static ResultRow failure(long seq, String file, Throwable t) {
    if (t instanceof DocumentException d) {
      return ResultRow.failed(seq, file, d.kind(), d.getMessage());
    }
    // NIO says NoSuchFileException; Hadoop file systems say FileNotFoundException.
    if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
      return ResultRow.failed(seq, file, "not_found", "no such file");
    }
    if (t instanceof AccessDeniedException) {
      return ResultRow.failed(seq, file, "access_denied", "permission denied");
    }
    if (t instanceof IOException) {
      return ResultRow.failed(seq, file, "io_error", String.valueOf(t.getMessage()));
    }
    if (t instanceof OutOfMemoryError) {
      return ResultRow.failed(seq, file, LIMIT_EXCEEDED, outOfMemory(t));
    }
    return ResultRow.failed(
        seq, file, INTERNAL, t.getClass().getSimpleName() + ": " + t.getMessage());
  }

  /**
   * The message of an out-of-memory error: the heap the JVM had and what to try.
   *
   * @param e the error
   * @return one line
   */
  public static String outOfMemory(Throwable e) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return String.format(
        Locale.ROOT,
        "out of memory (%s, heap limit %d MB): try it alone, or with more memory",
        e.getMessage(),
        mb);
  }
}
