package dev.rolefit.cli;

import dev.rolefit.eval.EvalInputException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.report.ResultRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps failures to one line on stderr and a documented exit code; never a stack trace. */
final class Errors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    return report(ex, cl.getErr());
  }

  /**
   * Prints one line for a failure, names and arguments in it made safe for a terminal.
   *
   * @param ex what went wrong (an Error too: picocli hands only exceptions to the handler)
   * @param err where the line goes
   * @return the exit code
   */
  static int report(Throwable ex, PrintWriter err) {
    return report(ex, err, System.getenv("ROLEFIT_DEBUG") != null);
  }

  /**
   * Prints one line for a failure, and the stack trace of an internal error when debugging.
   *
   * @param ex what went wrong
   * @param err where the line goes
   * @param debug whether an internal error also prints its stack trace ({@code ROLEFIT_DEBUG})
   * @return the exit code
   */
  static int report(Throwable ex, PrintWriter err, boolean debug) {
    Throwable e = ex instanceof UncheckedIOException ? ex.getCause() : ex;
    int code = code(e);
    err.println("rolefit: " + TerminalSafe.line(message(e)));
    if (code == ExitCodes.INTERNAL && debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /**
   * The message of an out-of-memory error: the heap it had and how to give more.
   *
   * @param e the error
   * @return one line
   */
  static String outOfMemory(Throwable e) {
    return ResultRows.outOfMemory(e) + " (ROLEFIT_JAVA_OPTS=-Xmx2g)";
  }

  static int code(Throwable e) {
    if (e instanceof DocumentException) {
      return ((DocumentException) e).needsOcr() ? ExitCodes.NEEDS_OCR : ExitCodes.UNREADABLE;
    }
    if (e instanceof InvalidProfileException) {
      return ExitCodes.INVALID_PROFILE;
    }
    if (isUsage(e)) {
      return ExitCodes.USAGE;
    }
    if (e instanceof AccessDeniedException || e instanceof IOException) {
      return ExitCodes.UNREADABLE;
    }
    return ExitCodes.INTERNAL;
  }

  /**
   * Whether a failure is the user's: a missing file, a value a command or picocli rejected, a path
   * the file system cannot name, an eval input not in its form. Any other {@link
   * IllegalArgumentException} is a bug (exit 1), not a usage error.
   */
  private static boolean isUsage(Throwable e) {
    return e instanceof NoSuchFileException
        || e instanceof UsageException
        || e instanceof CommandLine.ParameterException
        || e instanceof InvalidPathException
        || e instanceof EvalInputException;
  }

  static String message(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof DocumentException) {
      return e.getMessage() + " [" + ((DocumentException) e).kind() + "]";
    }
    if (e instanceof InvalidProfileException) {
      return "invalid profile: " + e.getMessage();
    }
    if (isUsage(e) || e instanceof IOException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof OutOfMemoryError) {
      return outOfMemory(e);
    }
    return "internal error: " + e + " (set ROLEFIT_DEBUG=1 for details; please report it)";
  }
}
