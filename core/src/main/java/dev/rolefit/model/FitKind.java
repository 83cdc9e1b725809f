package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a specialization stands among a resume's specializations. */
public enum FitKind {
  /** The best-ranked specialization, when its score reaches the profile's fit minimum. */
  PRIMARY,
  /** The next one, when it also reaches the minimum and comes close to the primary. */
  SECONDARY,
  /** Any other: below the minimum, or not close to the primary. */
  OTHER;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON name.
   *
   * @return for example {@code primary}
   */
  @JsonValue
  public String id() {
    return id;
  }
}
