package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.extract.Quality;
import java.util.List;

/**
 * The result of analysing one resume against one target: immutable, serialisable, and the JSON
 * contract of {@code --format json} (field names are stable; every field is described in
 * docs/json-report.md).
 *
 * @param schemaVersion the JSON contract's version (1)
 * @param tool the tool that made the report
 * @param profile the role profile used
 * @param document what was read and how well
 * @param target the role, level and specialization scored against
 * @param score the scores and band
 * @param skills every skill of the target, best evidence first
 * @param responsibilities every responsibility of the target
 * @param level the estimated level against the target
 * @param specializations all specializations, best first
 * @param sections the sections found
 * @param entries the dated career entries found, in the order written
 * @param dateAnchor the month that ends open ranges ("Present") and where it came from
 * @param gaps what is missing, most valuable first
 * @param posting the job posting and the match to it (null outside job-posting mode)
 * @param requirements job-posting requirements (empty outside job-posting mode)
 * @param notes plain-language notes on the report: how the target was chosen, what the parser could
 *     not find, keyword stuffing
 * @param candidate who the resume is about, as far as it says so plainly (after {@code document} in
 *     the JSON)
 */
@JsonPropertyOrder({
  "schemaVersion",
  "tool",
  "profile",
  "document",
  "candidate",
  "target",
  "score",
  "skills",
  "responsibilities",
  "level",
  "specializations",
  "sections",
  "entries",
  "dateAnchor",
  "gaps",
  "posting",
  "requirements",
  "notes"
})
public record FitReport(
    int schemaVersion,
    Tool tool,
    ProfileRef profile,
    DocumentInfo document,
    TargetInfo target,
    Score score,
    List<SkillResult> skills,
    List<ResponsibilityResult> responsibilities,
    LevelEstimate level,
    List<SpecializationScore> specializations,
    List<SectionInfo> sections,
    List<EntryInfo> entries,
    DateAnchorInfo dateAnchor,
    List<Gap> gaps,
    // Null outside job-posting mode. Not marked @Nullable: on JDK 17 a type annotation on a record
    // component breaks the record when an agent retransforms it (NoSuchFieldError under Jazzer).
    @JsonInclude(JsonInclude.Include.NON_NULL) PostingInfo posting,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RequirementResult> requirements,
    List<Note> notes,
    Candidate candidate) {

  /**
   * Who the resume is about.
   *
   * @param name the name in the contact block when it is plain (two to four capitalised words at
   *     the top, nothing else on the line), else "": never guessed
   */
  public record Candidate(String name) {
    /** No name found. */
    public static final Candidate UNKNOWN = new Candidate("");

    /** Null becomes "". */
    public Candidate {
      name = name == null ? "" : name;
    }
  }

  /**
   * The specialization that stands as given among the resume's specializations.
   *
   * @param fit primary or secondary
   * @return its id, or "" when none stands so
   */
  public String specializationAs(FitKind fit) {
    return specializations.stream()
        .filter(x -> x.fit() == fit)
        .map(SpecializationScore::id)
        .findFirst()
        .orElse("");
  }

  /**
   * A copy in job-posting mode: the posting's title, company and match, its requirements judged,
   * and the gaps they add listed before the role's own.
   *
   * @param info the posting and its match
   * @param reqs the requirements in posting order
   * @param extraGaps gaps for unmet requirements, most valuable first
   * @return the copy
   */
  public FitReport withPosting(
      PostingInfo info, List<RequirementResult> reqs, List<Gap> extraGaps) {
    List<Gap> all = new java.util.ArrayList<>(extraGaps);
    all.addAll(gaps);
    return new FitReport(
        schemaVersion,
        tool,
        profile,
        document,
        target,
        score,
        skills,
        responsibilities,
        level,
        specializations,
        sections,
        entries,
        dateAnchor,
        all,
        info,
        reqs,
        notes,
        candidate);
  }

  /**
   * A note on the report, with a stable id a program can test for.
   *
   * @param id for example {@code auto-level}, {@code no-dates}, {@code keyword-stuffing}
   * @param message one plain-language sentence
   */
  public record Note(String id, String message) {}

  /** The current JSON contract version. */
  public static final int SCHEMA_VERSION = 1;

  /** Copies the lists. */
  public FitReport {
    skills = List.copyOf(skills);
    responsibilities = List.copyOf(responsibilities);
    specializations = List.copyOf(specializations);
    sections = List.copyOf(sections);
    entries = List.copyOf(entries);
    gaps = List.copyOf(gaps);
    requirements = List.copyOf(requirements);
    notes = List.copyOf(notes);
    candidate = candidate == null ? Candidate.UNKNOWN : candidate;
  }

  /**
   * The tool's identity.
   *
   * @param name rolefit
   * @param version the library version
   */
  public record Tool(String name, String version) {}

  /**
   * The profile's identity.
   *
   * @param role the role id
   * @param version the profile's version
   */
  public record ProfileRef(String role, String version) {}

  /**
   * The document read.
   *
   * @param file the file name (no directories), or "-" for a stream
   * @param mediaType the IANA type found from the content
   * @param pages page count
   * @param characters characters of extracted text
   * @param quality the extraction verdict
   */
  public record DocumentInfo(
      String file, String mediaType, int pages, int characters, QualityInfo quality) {}

  /**
   * Extraction quality.
   *
   * @param status the verdict (JSON: ok, low_confidence, needs_ocr or unreadable)
   * @param issues findings behind the status
   */
  public record QualityInfo(Quality.Status status, List<String> issues) {
    /** Copies the list. */
    public QualityInfo {
      issues = List.copyOf(issues);
    }
  }

  /**
   * The target scored against.
   *
   * @param role the role id
   * @param level the level scored against (JSON: entry, mid or senior)
   * @param specialization the specialization id
   */
  public record TargetInfo(String role, Level level, String specialization) {}

  /**
   * The scores.
   *
   * @param overall 0..100
   * @param keywords 0..100
   * @param responsibilities 0..100
   * @param band the profile's band of the overall score (JSON: its name)
   */
  public record Score(double overall, double keywords, double responsibilities, Band band) {}

  /**
   * One piece of evidence: a quoted span of the resume.
   *
   * @param section the section it sits in (JSON: the kind's id, e.g. experience)
   * @param text the quoted bullet, sentence or line
   * @param start offset of the matched words in the extracted text
   * @param end offset just past the matched words
   * @param matchType how the words matched (JSON: exact, alias, stem, implied, or entry for a
   *     quoted entry heading)
   * @param matchStart offset of the matched words within {@code text} (equal to {@code matchEnd}
   *     when the quote shows no matched words, as for a count of years)
   * @param matchEnd offset just past the matched words within {@code text}
   */
  public record Evidence(
      SectionKind section,
      String text,
      int start,
      int end,
      MatchType matchType,
      int matchStart,
      int matchEnd) {
    /**
     * Evidence whose quote marks no words.
     *
     * @param section the section it sits in
     * @param text the quoted text
     * @param start offset of the matched words in the extracted text
     * @param end offset just past the matched words
     * @param matchType how the words matched
     */
    public Evidence(SectionKind section, String text, int start, int end, MatchType matchType) {
      this(section, text, start, end, matchType, 0, 0);
    }
  }

  /**
   * A skill's result.
   *
   * @param id skill id
   * @param name display name
   * @param category hard, soft, tool, domain or method
   * @param group finer grouping
   * @param weight effective weight for the target
   * @param required whether the skill is required for the target
   * @param strength 0..1 evidence strength
   * @param status found, weak, listed or missing
   * @param evidence where it was found
   * @param core whether the skill is one of the target's own skills: a required one, or one of the
   *     heaviest preferred skills that together make up the preferred weight the keywords score
   *     asks for in full; the report's coverage by category and its "not found" list count these
   */
  public record SkillResult(
      String id,
      String name,
      String category,
      String group,
      double weight,
      boolean required,
      double strength,
      EvidenceStatus status,
      List<Evidence> evidence,
      boolean core) {
    /** Copies the list. */
    public SkillResult {
      evidence = List.copyOf(evidence);
    }

    /**
     * A skill result that is one of the target's own skills when it is required.
     *
     * @param id skill id
     * @param name display name
     * @param category hard, soft, tool, domain or method
     * @param group finer grouping
     * @param weight effective weight for the target
     * @param required whether the skill is required for the target
     * @param strength 0..1 evidence strength
     * @param status found, weak, listed or missing
     * @param evidence where it was found
     */
    public SkillResult(
        String id,
        String name,
        String category,
        String group,
        double weight,
        boolean required,
        double strength,
        EvidenceStatus status,
        List<Evidence> evidence) {
      this(id, name, category, group, weight, required, strength, status, evidence, required);
    }

    /**
     * A copy with the core flag set.
     *
     * @param isCore whether the skill is one of the target's own skills
     * @return the copy
     */
    public SkillResult withCore(boolean isCore) {
      return new SkillResult(
          id, name, category, group, weight, required, strength, status, evidence, isCore);
    }
  }

  /**
   * A responsibility's result.
   *
   * @param id responsibility id
   * @param text what the person does
   * @param level core, entry, mid or senior
   * @param weight effective weight for the target
   * @param coverage 0..1
   * @param status found, weak or missing
   * @param evidence the best-matching bullets
   * @param missingConcepts concepts not found in the best bullet
   */
  public record ResponsibilityResult(
      String id,
      String text,
      String level,
      double weight,
      double coverage,
      EvidenceStatus status,
      List<Evidence> evidence,
      List<String> missingConcepts) {
    /** Copies the lists. */
    public ResponsibilityResult {
      evidence = List.copyOf(evidence);
      missingConcepts = List.copyOf(missingConcepts);
    }
  }

  /**
   * The level estimate.
   *
   * @param target the level scored against
   * @param estimated the level the resume reads as
   * @param confidence 0..1
   * @param yearsOfExperience years in the field the level counts: professional years, with jobs
   *     that show no machine learning counted half when other work shows it (the stated years when
   *     they are more)
   * @param professionalMonths months of professional experience from the dated entries, weighted
   *     (internships, research assistantships and doctorates count half), overlaps merged
   * @param signals what the estimate rests on
   */
  public record LevelEstimate(
      Level target,
      Level estimated,
      double confidence,
      double yearsOfExperience,
      int professionalMonths,
      List<String> signals) {
    /** Copies the list. */
    public LevelEstimate {
      signals = List.copyOf(signals);
    }
  }

  /**
   * A specialization's fit.
   *
   * @param id specialization id
   * @param score 0..100
   * @param fit primary, secondary (close to the primary) or other
   */
  public record SpecializationScore(String id, double score, FitKind fit) {
    /**
     * A fit that is neither primary nor secondary.
     *
     * @param id specialization id
     * @param score 0..100
     */
    public SpecializationScore(String id, double score) {
      this(id, score, FitKind.OTHER);
    }
  }

  /**
   * A section found.
   *
   * @param name the section's kind (JSON: its id, e.g. experience)
   * @param start offset of its first character
   * @param end offset just past it
   */
  public record SectionInfo(SectionKind name, int start, int end) {}

  /**
   * A dated career entry.
   *
   * @param kind employment, internship, research_assistant, teaching_assistant, postdoc, faculty,
   *     project, volunteer, education or other
   * @param title the role or degree
   * @param organisation the employer or school ("" if none was told apart)
   * @param start the first month, YYYY-MM
   * @param end the last month, YYYY-MM (the date anchor's month when ongoing)
   * @param ongoing whether the entry is written as ongoing ("Present")
   * @param months months from start to end, both counted
   * @param weight the share of those months that counts as professional experience
   */
  public record EntryInfo(
      EntryKind kind,
      String title,
      String organisation,
      String start,
      String end,
      boolean ongoing,
      int months,
      double weight) {}

  /**
   * The month that ends open ranges.
   *
   * @param month YYYY-MM
   * @param source stated (the resume says when it was updated), metadata (the document's own date)
   *     or clock (neither: today)
   */
  public record DateAnchorInfo(String month, DateAnchor.Source source) {}

  /**
   * A gap: something that would raise the score.
   *
   * @param kind what the gap is about: a skill, a responsibility, the level or a posting's
   *     requirement
   * @param id the skill or responsibility id
   * @param message what is missing and why it matters
   * @param weight how many overall points closing it would add (estimate)
   * @param suggestion where and how to show it, if the person has it
   */
  public record Gap(GapKind kind, String id, String message, double weight, String suggestion) {}

  /**
   * The job posting of job-posting mode, and how well the resume matches it.
   *
   * @param title the posting's job title, or ""
   * @param company the company, or ""
   * @param match 0..100: met items count fully, partly met half, required items twice preferred
   *     ones; NaN (null in JSON) when the posting has no item a resume can meet
   * @param required how many scored items are required
   * @param requiredMet how many of those are met
   */
  public record PostingInfo(
      // match is null when nothing in the posting can be met; not @Nullable, as on "posting".
      String title, String company, Double match, int required, int requiredMet) {}

  /**
   * A job-posting requirement's result.
   *
   * @param text the requirement as posted
   * @param kind skill, experience, degree, soft_skill, responsibility, certification, publications,
   *     location or work_authorization
   * @param required whether the posting requires it (false: preferred)
   * @param status met, partly_met, not_met, or not_scored (location and work authorization)
   * @param reason one line saying why
   * @param evidence where in the resume it is met
   */
  public record RequirementResult(
      String text,
      RequirementKind kind,
      boolean required,
      RequirementStatus status,
      String reason,
      List<Evidence> evidence) {
    /** Copies the list. */
    public RequirementResult {
      evidence = List.copyOf(evidence);
    }
  }
}
