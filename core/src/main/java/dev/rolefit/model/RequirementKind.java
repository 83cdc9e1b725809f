package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a posting's requirement asks for; decides how it is judged. */
public enum RequirementKind {
  /** A tool, language, method or field ("PyTorch", "experience with causal inference"). */
  SKILL,
  /** Years of experience, in general or in something ("5+ years of ML experience"). */
  EXPERIENCE,
  /** A degree, its level and field ("MS or PhD in CS or a related field"). */
  DEGREE,
  /** Communication, collaboration, mentoring, leadership and the like. */
  SOFT_SKILL,
  /** A duty of the job ("design and run A/B experiments"). */
  RESPONSIBILITY,
  /** A certification ("AWS Certified Machine Learning - Specialty"). */
  CERTIFICATION,
  /** Publications at named venues. */
  PUBLICATIONS,
  /** Where the job is, on-site days, travel: listed, never scored. */
  LOCATION,
  /** The right to work, visas, clearance: listed, never scored. */
  WORK_AUTHORIZATION;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The kind's id in reports ("soft_skill").
   *
   * @return the lower-case name
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Whether a resume can meet it; location and work authorization are for the candidate to check.
   *
   * @return false for {@link #LOCATION} and {@link #WORK_AUTHORIZATION}
   */
  public boolean scored() {
    return this != LOCATION && this != WORK_AUTHORIZATION;
  }
}
