package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a dated career entry is; it decides how much of its time counts as professional. */
public enum EntryKind {
  /** A job: employee, founder, consultant, staff researcher. Counts fully. */
  EMPLOYMENT(1.0),
  /** An internship, co-op or student research placement. Counts half. */
  INTERNSHIP(0.5),
  /** A research assistantship while studying. Counts half. */
  RESEARCH_ASSISTANT(0.5),
  /** Teaching assistant, tutor, grader, demonstrator. Does not count. */
  TEACHING_ASSISTANT(0.0),
  /** A postdoctoral position. Counts fully. */
  POSTDOC(1.0),
  /** A faculty post: professor, lecturer, group leader. Counts fully. */
  FACULTY(1.0),
  /** A project. Does not count. */
  PROJECT(0.0),
  /** Volunteering. Does not count. */
  VOLUNTEER(0.0),
  /** A degree; the years of a doctorate count half. */
  EDUCATION(0.0),
  /** Anything else (a student job outside research and teaching). Does not count. */
  OTHER(0.0);

  private final String id = name().toLowerCase(Locale.ROOT);
  private final double weight;

  EntryKind(double weight) {
    this.weight = weight;
  }

  /**
   * The JSON name.
   *
   * @return for example {@code research_assistant}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The share of the entry's months that counts as professional experience.
   *
   * @return 1, 0.5 or 0 (a doctorate's education entry is weighted by the entry itself)
   */
  public double weight() {
    return weight;
  }
}
