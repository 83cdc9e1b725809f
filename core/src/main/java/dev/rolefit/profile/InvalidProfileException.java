package dev.rolefit.profile;

import java.util.List;

/** A role profile is malformed or inconsistent; the message names file, line and key. */
public final class InvalidProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The individual problems (each "file:line: key: message"). */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems one line each, in file order
   */
  public InvalidProfileException(List<String> problems) {
    super(
        problems.isEmpty()
            ? "invalid profile"
            : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, one line each.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
