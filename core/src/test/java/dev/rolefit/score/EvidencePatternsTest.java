package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.ResponsibilityResult;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression fixtures for the evidence mistakes a hiring manager found on real CVs: a cue word
 * standing in for a responsibility, other people's work credited to the candidate, coursework as
 * skills, words in the wrong sense, and strong evidence under-rated. Every resume is fictional.
 */
class EvidencePatternsTest {
  static FitReport analyze(Level level, String spec, String... lines) {
    return TestSupport.analyzeText(String.join("\n", lines) + "\n", Target.of(level, spec));
  }

  static FitReport mid(String... lines) {
    return analyze(Level.MID, "applied", lines);
  }

  static SkillResult skill(FitReport r, String id) {
    return r.skills().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skill " + id));
  }

  static ResponsibilityResult resp(FitReport r, String id) {
    return r.responsibilities().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no responsibility " + id));
  }

  static void status(FitReport r, String id, String expected) {
    SkillResult s = skill(r, id);
    assertEquals(expected, s.status().id(), id + " " + s.evidence());
  }

  static void uncovered(FitReport r, String id) {
    ResponsibilityResult x = resp(r, id);
    assertTrue(x.coverage() < 0.5, id + " covered " + x.coverage() + " by " + x.evidence());
  }

  static void covered(FitReport r, String id) {
    ResponsibilityResult x = resp(r, id);
    assertTrue(x.coverage() >= 0.5, id + " only " + x.coverage());
  }

  static final String[] HEAD = {
    "Casey Placeholder",
    "casey@example.com",
    "",
    "EXPERIENCE",
    "Data Scientist, Fictional Analytics Ltd | Jan 2019 - Present"
  };

  static String[] withHead(String... more) {
    String[] out = new String[HEAD.length + more.length];
    System.arraycopy(HEAD, 0, out, 0, HEAD.length);
    System.arraycopy(more, 0, out, HEAD.length, more.length);
    return out;
  }

  // 1. One cue word does not satisfy a responsibility.

  @Test
  void trainingAModelIsNotMentoring() {
    FitReport r = mid(withHead("\u2022 Trained a gradient boosted ranking model on click logs"));
    uncovered(r, "core-mentor");
    uncovered(r, "mid-mentor-knowledge-sharing");
  }

  @Test
  void collaborativeFilteringIsNotCollaboration() {
    FitReport r = mid(withHead("\u2022 Built a collaborative filtering recommender for the shop"));
    uncovered(r, "core-cross-team-collaboration");
  }

  @Test
  void computeResourcesAreNotFunding() {
    FitReport r =
        analyze(
            Level.SENIOR,
            "applied",
            withHead("\u2022 Scheduled GPU resources for the team's training jobs"));
    uncovered(r, "senior-secure-funding");
  }

  @Test
  void aJobTitleIsNotEvidenceOfFollowingResearch() {
    FitReport r =
        mid(
            "Casey Placeholder",
            "",
            "EXPERIENCE",
            "Research Scientist, Latest Research Advances Group | 2020 - Present",
            "\u2022 Maintained the billing database");
    uncovered(r, "core-follow-research");
  }

  @Test
  void oneBulletBacksAtMostThreeResponsibilities() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Designed and trained deep models, ran experiments, tuned hyperparameters to"
                    + " improve accuracy, deployed models to production, presented results to"
                    + " stakeholders and mentored junior scientists"));
    long backed = r.responsibilities().stream().filter(x -> !x.evidence().isEmpty()).count();
    assertTrue(
        backed <= TestSupport.roleFit().profile().scoring().responsibilityCoverage().perBullet(),
        backed + " backed by one bullet");
    assertTrue(backed >= 2, "the bullet does show some: " + backed);
  }

  @Test
  void actionAndObjectInOneClauseCoverAResponsibility() {
    FitReport r =
        mid(withHead("\u2022 Mentored three junior data scientists on PyTorch model design"));
    covered(r, "core-mentor");
  }

  // 2. Other people's work.

  @Test
  void advisedStudentsThesesAreNotTheCandidatesSkills() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Maintained reporting tables in SQL",
                "",
                "STUDENTS SUPERVISED",
                "\u2022 Jordan Sample, MSc thesis: Reinforcement learning for warehouse robots",
                "\u2022 Priya Example, PhD thesis: Graph neural networks for molecules"));
    status(r, "reinforcement-learning", "missing");
    status(r, "graph-neural-networks", "missing");
  }

  @Test
  void organisationAndVenueNamesAreNotSkills() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Wrote release notes for The Linux Foundation working group",
                "",
                "PUBLICATIONS",
                "\u2022 Sample, C. \"Survey answers at scale.\" Journal of Communication, 2021."));
    status(r, "linux", "missing");
    status(r, "communication", "missing");
  }

  @Test
  void reviewingGrantsIsNotGrantWriting() {
    FitReport r =
        analyze(
            Level.SENIOR,
            "theoretical",
            withHead(
                "\u2022 Built forecasting models in Python",
                "",
                "REVIEWING",
                "\u2022 Grant proposals for the National Science Foundation",
                "\u2022 Reviewer for NeurIPS and ICML"));
    status(r, "grant-writing", "missing");
  }

  // 3. Coursework.

  @Test
  void courseworkIsListedAndBacksNoResponsibility() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Maintained reporting tables in SQL",
                "",
                "EDUCATION",
                "B.S. Economics, Fictional State University | 2014 - 2018",
                "Relevant coursework: Reinforcement Learning, Natural Language Processing",
                "",
                "COURSEWORK",
                "Deep Learning; Computer Vision; Experimental design and experiments"));
    status(r, "reinforcement-learning", "listed");
    status(r, "natural-language-processing", "listed");
    status(r, "deep-learning", "listed");
    uncovered(r, "core-run-experiments");
  }

  // 4. Word senses.

  @Test
  void commonWordsInAnotherSenseAreNotSkills() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Implemented communication protocols for the network switches",
                "\u2022 Fixed software regressions in the billing service",
                "\u2022 Automated self-driving processes for invoice approval",
                "\u2022 Led control system design for the packaging line"));
    status(r, "communication", "missing");
    status(r, "regression", "missing");
    status(r, "autonomous-vehicles", "missing");
    status(r, "system-design", "missing");
  }

  @Test
  void goInAPaperTitleIsNotTheLanguage() {
    FitReport r =
        mid(
            withHead(
                "\u2022 Built forecasting models in Python",
                "",
                "PUBLICATIONS",
                "\u2022 Sample, C. \"Go with the flow: streaming anomaly detection.\" 2022."));
    status(r, "go", "missing");
  }

  /** One experience bullet, one skill: whose work, which sense, which case. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Supervised MSc interns on forecasting projects|masters-degree|missing",
        "Ran pricing analyses for clients in artificial intelligence and retail"
            + "|artificial-intelligence|missing",
        "Wrote bash scripts to schedule the nightly training runs|bash|found",
        "Tuned S/C ratios for the fictional plant in Python|c|missing",
      })
  void oneBulletOneSkill(String bullet, String skill, String expected) {
    status(mid(withHead("\u2022 " + bullet)), skill, expected);
  }

  // 5. Aliases that imply broader skills.

  @Test
  void specificMethodsImplyTheirFamilies() {
    FitReport r =
        analyze(
            Level.MID,
            "reinforcement-learning",
            withHead(
                "\u2022 Trained actor-critic agents for warehouse routing",
                "\u2022 Built graph neural networks for fraud rings",
                "\u2022 Personalised offers with contextual bandits"));
    assertTrue(
        skill(r, "policy-gradients").strength() > 0, "actor-critic implies policy gradients");
    assertTrue(skill(r, "deep-learning").strength() > 0, "GNNs imply deep learning");
    assertEquals(EvidenceStatus.FOUND, skill(r, "multi-armed-bandits").status());
  }

  // 6. Degrees.

  @Test
  void aCompletedPhdIsFoundAndMeetsTheMastersRequirement() {
    FitReport r =
        analyze(
            Level.SENIOR,
            "theoretical",
            withHead(
                "\u2022 Built forecasting models in Python",
                "",
                "EDUCATION",
                "Ph.D. Computer Science, Fictional Institute of Technology | 2012 - 2017"));
    status(r, "phd", "found");
    assertTrue(
        skill(r, "masters-degree").status().shown(),
        "a PhD includes a Master's: " + skill(r, "masters-degree"));
  }
}
