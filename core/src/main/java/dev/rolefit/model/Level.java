package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Career levels, lowest first. */
public enum Level {
  /** Entry level: internships, first roles, work under guidance. */
  ENTRY,
  /** Mid level: end-to-end ownership, leads smaller projects. */
  MID,
  /** Senior level: sets direction, leads teams, secures resources. */
  SENIOR;

  /**
   * The profile and JSON id.
   *
   * @return entry, mid or senior
   */
  @JsonValue
  public String id() {
    return id;
  }

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * Parses an id, case-insensitively.
   *
   * @param id entry, mid or senior
   * @return the level
   * @throws IllegalArgumentException for anything else
   */
  public static Level of(String id) {
    for (Level l : values()) {
      if (l.id().equalsIgnoreCase(id.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown level '" + id + "' (entry, mid or senior)");
  }
}
