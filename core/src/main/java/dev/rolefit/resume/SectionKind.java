package dev.rolefit.resume;

import java.util.Locale;

/** The kinds of resume section rolefit recognises. */
public enum SectionKind {
  /** Name, email, phone, links. */
  CONTACT,
  /** Summary, profile, objective. */
  SUMMARY,
  /** Work history. */
  EXPERIENCE,
  /** Degrees and schools. */
  EDUCATION,
  /** Skills, stack, tools. */
  SKILLS,
  /** Projects. */
  PROJECTS,
  /** Papers, talks, patents. */
  PUBLICATIONS,
  /** Awards, honours. */
  AWARDS,
  /** Certifications, licences, courses. */
  CERTIFICATIONS,
  /** Anything else. */
  OTHER;

  /**
   * The JSON name.
   *
   * @return for example {@code experience}
   */
  public String id() {
    return id;
  }

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * Parses a JSON name.
   *
   * @param id for example {@code skills}
   * @return the kind
   * @throws IllegalArgumentException for an unknown name
   */
  public static SectionKind of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
