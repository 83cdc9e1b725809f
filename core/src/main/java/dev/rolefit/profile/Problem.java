package dev.rolefit.profile;

import java.util.Locale;

/**
 * One problem of a role profile, at the line of its fault: what a validator or an editor shows.
 *
 * @param file the file name as given to the loader
 * @param line the 1-based line of the fault, or 0 when the problem is the whole file's (it cannot
 *     be read, it is too large)
 * @param key the dotted key of the faulty value ({@code scoring.bands}, {@code
 *     skills.pytorch.name}), or empty
 * @param message what is wrong, one line
 */
public record Problem(String file, int line, String key, String message)
    implements java.io.Serializable {
  /** Keeps the message on one line: profile text quoted in it may hold line breaks. */
  public Problem {
    key = key == null ? "" : key;
    message = message == null ? "" : oneLine(message).strip();
  }

  /**
   * The problem as one line: {@code file:line: key: message} (the line and key left out when there
   * are none).
   *
   * @return the line
   */
  @Override
  public String toString() {
    return file
        + (line > 0 ? String.format(Locale.ROOT, ":%d", line) : "")
        + ": "
        + (key.isEmpty() ? "" : key + ": ")
        + message;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ");
  }
}
