package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How well a resume shows one of the target's skills or responsibilities, best first. */
public enum EvidenceStatus {
  /** Shown in work with strong evidence. */
  FOUND,
  /** Shown in work, but thinly or only through a skill that implies it. */
  WEAK,
  /** Only named in a skills list, summary or coursework (skills only). */
  LISTED,
  /** Not found. */
  MISSING;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON name.
   *
   * @return for example {@code found}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Whether the resume shows it in work: found or weak (a thin or implied mention still is the
   * candidate's work; a list is not).
   *
   * @return true for {@link #FOUND} and {@link #WEAK}
   */
  public boolean shown() {
    return this == FOUND || this == WEAK;
  }
}
