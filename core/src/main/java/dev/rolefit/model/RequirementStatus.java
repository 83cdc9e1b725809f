package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a resume meets a job posting's requirement, best first. */
public enum RequirementStatus {
  /** Met in full. */
  MET,
  /** Met in part: some of what it asks for is shown. */
  PARTLY_MET,
  /** Not met. */
  NOT_MET,
  /** Not for a resume to meet (location, work authorization): listed for the candidate. */
  NOT_SCORED;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON name.
   *
   * @return for example {@code partly_met}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Whether the requirement counts towards the posting match.
   *
   * @return false only for {@link #NOT_SCORED}
   */
  public boolean scored() {
    return this != NOT_SCORED;
  }
}
