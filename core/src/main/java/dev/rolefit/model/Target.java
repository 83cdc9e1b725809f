package dev.rolefit.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a resume is scored against: a role, a level and a specialization. Each part is optional; an
 * absent level is estimated from the resume and an absent specialization is the best-fitting one
 * (the report says so).
 *
 * @param role the role id, or empty for the profile's role
 * @param level the level, or empty to estimate it
 * @param specialization the specialization id, or empty for the best fit
 */
public record Target(
    Optional<String> role, Optional<Level> level, Optional<String> specialization) {

  /** Rejects null parts. */
  public Target {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(specialization, "specialization");
  }

  /**
   * A target with everything chosen from the resume.
   *
   * @return the automatic target
   */
  public static Target auto() {
    return new Target(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A target with a level and a specialization.
   *
   * @param level the level
   * @param specialization the specialization: its id, name or alias in any case (the report gives
   *     the id; an unknown one fails the analysis with an {@code IllegalArgumentException})
   * @return the target
   */
  public static Target of(Level level, String specialization) {
    return new Target(Optional.empty(), Optional.of(level), Optional.of(specialization));
  }

  /**
   * A copy with a level.
   *
   * @param l the level, or null to estimate it
   * @return the copy
   */
  public Target withLevel(@Nullable Level l) {
    return new Target(role, Optional.ofNullable(l), specialization);
  }

  /**
   * A copy with a specialization.
   *
   * @param id the specialization id, or null for the best fit
   * @return the copy
   */
  public Target withSpecialization(@Nullable String id) {
    return new Target(role, level, Optional.ofNullable(id));
  }
}
