package dev.rolefit.report;

import dev.rolefit.extract.Quality;
import dev.rolefit.model.Band;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.DocumentInfo;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.Gap;
import dev.rolefit.model.FitReport.LevelEstimate;
import dev.rolefit.model.FitReport.ProfileRef;
import dev.rolefit.model.FitReport.QualityInfo;
import dev.rolefit.model.FitReport.RequirementResult;
import dev.rolefit.model.FitReport.ResponsibilityResult;
import dev.rolefit.model.FitReport.Score;
import dev.rolefit.model.FitReport.SectionInfo;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.FitReport.SpecializationScore;
import dev.rolefit.model.FitReport.TargetInfo;
import dev.rolefit.model.FitReport.Tool;
import dev.rolefit.model.GapKind;
import dev.rolefit.model.Level;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.RequirementKind;
import dev.rolefit.model.RequirementStatus;
import dev.rolefit.model.SectionKind;
import java.util.List;

/** Hand-built reports for writer tests: no profile, no resume, full control of every string. */
final class Reports {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String ANSI = "\u001b[31mRED\u001b[0m";

  private Reports() {}

  /** The test profile's bands, best first. */
  private static final List<String> BANDS = List.of("excellent", "strong", "fair", "weak", "poor");

  /**
   * A band of the test profile by name; a name it lacks is a one-band profile's only band.
   *
   * @param name the band's name
   * @return the band with its rank
   */
  static Band band(String name) {
    int rank = BANDS.indexOf(name);
    return rank < 0 ? new Band(name, 0, 1) : new Band(name, rank, BANDS.size());
  }

  /** A report whose every resume-derived string carries the given text. */
  static FitReport with(String hostile) {
    Evidence ev =
        new Evidence(
            SectionKind.EXPERIENCE,
            "Built models in PyTorch " + hostile,
            10,
            17,
            MatchType.EXACT,
            16,
            23);
    return new FitReport(
        FitReport.SCHEMA_VERSION,
        new Tool("rolefit", "9.9.9"),
        new ProfileRef("machine-learning-scientist", "1.0.0"),
        new DocumentInfo(
            "cv " + hostile + ".pdf",
            "application/pdf",
            2,
            5120,
            new QualityInfo(
                Quality.Status.LOW_CONFIDENCE, List.of("few words on page 2 " + hostile))),
        new TargetInfo("machine-learning-scientist", Level.MID, "deep-learning"),
        new Score(72.4, 68.1, 78.9, Reports.band("strong")),
        List.of(
            new SkillResult(
                "pytorch",
                "PyTorch",
                "tool",
                "dl",
                1.0,
                true,
                1.0,
                EvidenceStatus.FOUND,
                List.of(ev)),
            new SkillResult(
                "python",
                "Python",
                "tool",
                "languages",
                0.9,
                true,
                0.5,
                EvidenceStatus.WEAK,
                List.of(
                    new Evidence(
                        SectionKind.SKILLS, "Python " + hostile, 0, 6, MatchType.ALIAS, 0, 6))),
            new SkillResult(
                "statistics",
                "Statistics",
                "hard",
                "math",
                0.7,
                true,
                0,
                EvidenceStatus.MISSING,
                List.of()),
            new SkillResult(
                "communication",
                "Communication",
                "soft",
                "people",
                0.4,
                false,
                0,
                EvidenceStatus.MISSING,
                List.of())),
        List.of(
            new ResponsibilityResult(
                "core-design",
                "Design models.",
                "core",
                1.0,
                0.8,
                EvidenceStatus.FOUND,
                List.of(ev),
                List.of()),
            new ResponsibilityResult(
                "senior-lead",
                "Lead a team.",
                "senior",
                0.5,
                0.0,
                EvidenceStatus.MISSING,
                List.of(),
                List.of("lead", "team"))),
        new LevelEstimate(
            Level.MID, Level.ENTRY, 0.71, 2.5, 30, List.of("title: \"Intern " + hostile + "\"")),
        List.of(
            new SpecializationScore("deep-learning", 81),
            new SpecializationScore("nlp", 64),
            new SpecializationScore("applied", 50),
            new SpecializationScore("ml-infrastructure", 33),
            new SpecializationScore("theoretical", 20),
            new SpecializationScore("reinforcement-learning", 0)),
        List.of(
            new SectionInfo(SectionKind.SUMMARY, 0, 100),
            new SectionInfo(SectionKind.EXPERIENCE, 100, 900)),
        List.of(
            new FitReport.EntryInfo(
                EntryKind.EMPLOYMENT,
                "Scientist " + hostile,
                "Acme " + hostile,
                "2021-03",
                "2024-06",
                true,
                40,
                1.0)),
        new FitReport.DateAnchorInfo("2024-06", DateAnchor.Source.STATED),
        List.of(
            new Gap(
                GapKind.SKILL,
                "statistics",
                "Missing required skill Statistics.",
                6.2,
                "Name the statistics you used in an experience bullet."),
            new Gap(GapKind.RESPONSIBILITY, "senior-lead", "Lead a team is not covered.", 3.1, "")),
        new FitReport.PostingInfo("Scientist " + hostile, "Acme " + hostile, 62.5, 1, 0),
        List.of(
            new RequirementResult(
                "3+ years of PyTorch " + hostile,
                RequirementKind.SKILL,
                true,
                RequirementStatus.PARTLY_MET,
                "Has PyTorch " + hostile,
                List.of(ev))),
        List.of(new FitReport.Note("auto-level", "No level given: scored against mid.")),
        new FitReport.Candidate("Jane " + hostile));
  }

  /** A copy with other skills. */
  static FitReport withSkills(FitReport r, List<SkillResult> skills) {
    return copy(r, r.score(), skills, r.level());
  }

  /** A copy with another score and the level read as the target's. */
  static FitReport matchingLevel(FitReport r, Score score) {
    LevelEstimate l = r.level();
    return copy(
        r,
        score,
        r.skills(),
        new LevelEstimate(
            l.target(),
            l.target(),
            l.confidence(),
            l.yearsOfExperience(),
            l.professionalMonths(),
            l.signals()));
  }

  private static FitReport copy(
      FitReport r, Score score, List<SkillResult> skills, LevelEstimate level) {
    return new FitReport(
        r.schemaVersion(),
        r.tool(),
        r.profile(),
        r.document(),
        r.target(),
        score,
        skills,
        r.responsibilities(),
        level,
        r.specializations(),
        r.sections(),
        r.entries(),
        r.dateAnchor(),
        r.gaps(),
        r.posting(),
        r.requirements(),
        r.notes(),
        r.candidate());
  }
}
