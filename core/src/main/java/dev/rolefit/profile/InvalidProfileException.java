package dev.rolefit.profile;

import java.util.List;

/** A role profile is malformed or inconsistent; each problem names file, line and key. */
public final class InvalidProfileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The individual problems, in file order. */
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, in file order; the message is the first one's line
   */
  public InvalidProfileException(List<Problem> problems) {
    super(
        problems.isEmpty()
            ? "invalid profile"
            : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems, in file order
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Every problem found, one line each ({@code file:line: key: message}).
   *
   * @return the lines, in file order
   */
  public List<String> lines() {
    return problems.stream().map(Problem::toString).toList();
  }
}
