package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of resume section rolefit recognises. */
public enum SectionKind {
  /** Name, email, phone, links. */
  CONTACT,
  /** Summary, profile, objective, research interests. */
  SUMMARY,
  /** Work history. */
  EXPERIENCE,
  /** Academic appointments and positions held. */
  APPOINTMENTS,
  /** Research positions and research work. */
  RESEARCH_EXPERIENCE,
  /** Degrees and schools. */
  EDUCATION,
  /** Skills, stack, tools. */
  SKILLS,
  /** Projects. */
  PROJECTS,
  /** Papers, preprints, patents. */
  PUBLICATIONS,
  /** Talks and presentations given. */
  TALKS,
  /** Courses taught (not courses taken). */
  TEACHING,
  /** Service to a field or an institution: committees, organising, outreach. */
  SERVICE,
  /** Grants and funding won. */
  GRANTS,
  /** Students advised or supervised. */
  ADVISING,
  /** Reviewing and editorial work for venues. */
  REVIEWING,
  /** Awards, honours. */
  AWARDS,
  /** Certifications, licences, memberships. */
  CERTIFICATIONS,
  /** Courses taken. */
  COURSEWORK,
  /** Anything else, an unknown heading included. */
  OTHER;

  private final String id = name().toLowerCase(Locale.ROOT);

  /**
   * The JSON name.
   *
   * @return for example {@code research_experience}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Whether the section holds the candidate's positions: work history, appointments, research
   * positions.
   *
   * @return true for experience, appointments and research experience
   */
  public boolean isWork() {
    return this == EXPERIENCE || this == APPOINTMENTS || this == RESEARCH_EXPERIENCE;
  }

  /**
   * Whether the section only claims what it names: a skills list, a summary or courses taken say
   * the candidate knows a thing, not that they did it. Contact details claim nothing at all.
   *
   * @return true for skills, summary and coursework
   */
  public boolean isClaim() {
    return this == SKILLS || this == SUMMARY || this == COURSEWORK;
  }

  /**
   * Whether the section's sentences may show a responsibility done, so duties are searched in it: a
   * skills list, contact details and degrees describe no work done.
   *
   * @return false for skills, contact and education
   */
  public boolean describesDuties() {
    return this != SKILLS && this != CONTACT && this != EDUCATION;
  }

  /**
   * The kind whose scoring weight applies when a profile names none for this one: academic work
   * sections weigh as experience, talks as publications, the other academic sections as other.
   *
   * @return the kind to fall back to
   */
  public SectionKind fallback() {
    switch (this) {
      case APPOINTMENTS:
      case RESEARCH_EXPERIENCE:
        return EXPERIENCE;
      case TALKS:
        return PUBLICATIONS;
      case COURSEWORK:
        return EDUCATION;
      case TEACHING:
      case SERVICE:
      case GRANTS:
      case ADVISING:
      case REVIEWING:
        return OTHER;
      default:
        return this;
    }
  }

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
