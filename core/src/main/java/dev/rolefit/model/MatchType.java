package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a skill matched. */
public enum MatchType {
  /** The skill's own name, as written (case and plural aside). */
  EXACT,
  /** One of the skill's aliases or abbreviations. */
  ALIAS,
  /** Only after stemming (e.g. "optimizing" for "optimization"). */
  STEM,
  /** Not named, but implied by another skill that was found. */
  IMPLIED,
  /**
   * A dated entry's heading, quoted whole: a degree or a job that meets a posting's requirement.
   */
  ENTRY;

  /**
   * The JSON name.
   *
   * @return for example {@code alias}
   */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
