package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a gap is about. */
public enum GapKind {
  /** A skill of the target not shown, or shown weakly. */
  SKILL,
  /** A responsibility of the target not covered, or covered in part. */
  RESPONSIBILITY,
  /** The resume reads below the target level. */
  LEVEL,
  /** A job posting's requirement not met, or met in part. */
  REQUIREMENT;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON name.
   *
   * @return for example {@code skill}
   */
  @JsonValue
  public String id() {
    return id;
  }
}
