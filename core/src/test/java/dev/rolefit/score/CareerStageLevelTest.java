package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Level from the career stage, modelled on patterns of real CVs (all people fictional): faculty
 * posts read senior, postdocs mid, a degree in progress entry, and a "Senior" title after a few
 * years mid. With a target level, the level fit moves the score.
 */
class CareerStageLevelTest {
  static final String ML =
      "\u2022 Trained graph neural networks in PyTorch and published at NeurIPS and ICML\n"
          + "\u2022 Designed reinforcement learning experiments and evaluated policies\n";

  static final String FACULTY =
      "Dr. Rowan Fictional\nLast updated: May 2025\nAPPOINTMENTS\nAssistant Professor, Harbor"
          + " University | Jan 2022 - Present\n"
          + ML
          + "Postdoctoral Fellow, Northbridge Institute | Jan 2020 - Dec 2021\n"
          + ML
          + "EDUCATION\nPh.D. Computer Science, Northbridge University | 2017 - 2019\n";

  static final String PHD_STUDENT =
      "Kim Example\nLast updated: May 2025\nEDUCATION\nPh.D. candidate in Computer Science,"
          + " Harbor University | Sep 2021 - Present\n"
          + ML
          + "EXPERIENCE\nResearch Intern, Example Labs | Jun 2023 - Sep 2023\n"
          + ML;

  static final String SENIOR_TITLE_FEW_YEARS =
      "Sam Placeholder\nLast updated: May 2025\nEXPERIENCE\nSenior Machine Learning Scientist,"
          + " Example Retail | Jan 2021 - Present\n"
          + ML
          + "EDUCATION\nM.S. Computer Science, Harbor University | 2018 - 2020\n";

  // A plain job title after a short career (under 18 months): the years decide, not the title.
  static final String PLAIN_TITLE_EARLY =
      "Ana Placeholder\nLast updated: May 2025\nEXPERIENCE\nMachine Learning Engineer, Example"
          + " Search | Jan 2024 - Present\n"
          + ML
          + "EDUCATION\nM.Sc. Computer Science, Harbor University | 2021 - 2023\n";

  // Three old internships do not outvote the current post.
  static final String SENIOR_TITLE_OLD_INTERNSHIPS =
      "Lu Placeholder\nLast updated: May 2025\nEXPERIENCE\nSenior Researcher, Example Cloud |"
          + " Aug 2021 - Present\n"
          + ML
          + "Research Intern, Example Labs | May 2020 - Aug 2020\n"
          + ML
          + "Research Intern, Example Search | May 2019 - Aug 2019\n"
          + ML
          + "Research Intern, Example Retail | May 2018 - Aug 2018\n"
          + ML
          + "EDUCATION\nPh.D. Computer Science, Harbor University | 2016 - 2021\n";

  // Modelled on a real CV: a long unrelated job beside a recent ML one is not a senior ML career.
  static final String LONG_UNRELATED_JOB =
      "Jo Placeholder\nLast updated: May 2025\nEXPERIENCE\nResearch Scientist, Example Labs |"
          + " Jan 2024 - Present\n"
          + ML
          + "Flight Instructor and Owner, Example Flying School | Jan 2015 - Dec 2023\n"
          + "\u2022 Taught pilots to fly light aircraft and ran the school's bookings and accounts\n"
          + "EDUCATION\nM.Eng. Aerospace Engineering, Harbor University | 2010 - 2014\n";

  // The same job without a description: nothing to judge it by, so it counts in full.
  static final String LONG_JOB_NO_DESCRIPTION =
      LONG_UNRELATED_JOB.replace(
          "\u2022 Taught pilots to fly light aircraft and ran the school's bookings and accounts\n",
          "");

  // A junior group leader leads a research group: "junior" here is no entry-level word.
  static final String JUNIOR_GROUP_LEADER =
      "Dr. Rowan Fictional\nLast updated: May 2025\nCAREER\nExample Institute of Informatics"
          + " since 03/2022\nJunior group leader, Vision and Learning\n"
          + ML
          + "EDUCATION\nPh.D. Mathematics, Northbridge University | 2017 - 2021\n";

  // "Senior" inside a title the profile lists as mid is no senior title.
  static final String SENIOR_DATA_ANALYST =
      "Sam Placeholder\nLast updated: May 2025\nEXPERIENCE\nSenior Data Analyst, Example Retail"
          + " | Jan 2021 - Present\n"
          + ML
          + "EDUCATION\nM.S. Statistics, Harbor University | 2018 - 2020\n";

  static final String JUNIOR_DATA_SCIENTIST =
      SENIOR_DATA_ANALYST.replace("Senior Data Analyst", "Junior Data Scientist");

  /** One of the fixtures above by its field name, at the automatic target. */
  static FitReport analyzeFixture(String which) throws ReflectiveOperationException {
    return analyze(
        (String) CareerStageLevelTest.class.getDeclaredField(which).get(null), Target.auto());
  }

  static FitReport analyze(String text, Target t) {
    return TestSupport.analyzeText(text, t);
  }

  @ParameterizedTest
  @CsvSource({
    "FACULTY, senior",
    "PHD_STUDENT, entry",
    "SENIOR_TITLE_FEW_YEARS, mid",
    "PLAIN_TITLE_EARLY, entry",
    "SENIOR_TITLE_OLD_INTERNSHIPS, mid"
  })
  void theStageDecides(String which, String expected) throws Exception {
    FitReport r = analyzeFixture(which);
    assertEquals(Level.of(expected), r.level().estimated(), r.level().signals().toString());
    // Fewer than the 7 years a senior needs by count alone: the stage or the cap decided.
    assertTrue(r.level().yearsOfExperience() < 7, r.level().signals().toString());
  }

  @ParameterizedTest
  @CsvSource({
    "JUNIOR_GROUP_LEADER, senior",
    "SENIOR_DATA_ANALYST, mid",
    "JUNIOR_DATA_SCIENTIST, entry"
  })
  void theLongestTitlePhraseNamesTheLevel(String which, String expected) throws Exception {
    FitReport r = analyzeFixture(which);
    assertTrue(
        r.level().signals().stream()
            .anyMatch(s -> s.startsWith("latest title:") && s.endsWith("(" + expected + ")")),
        r.level().signals().toString());
  }

  @Test
  void theStageIsNamedAmongTheSignals() {
    FitReport r = analyze(FACULTY, Target.auto());
    assertTrue(
        r.level().signals().stream().anyMatch(s -> s.startsWith("career stage: faculty post")),
        r.level().signals().toString());
  }

  @Test
  void aSeniorSearchPrefersTheSeniorAndAnEntrySearchTheStudent() {
    double facultyForSenior =
        analyze(FACULTY, Target.of(Level.SENIOR, "theoretical")).score().overall();
    double studentForSenior =
        analyze(PHD_STUDENT, Target.of(Level.SENIOR, "theoretical")).score().overall();
    double facultyForEntry =
        analyze(FACULTY, Target.of(Level.ENTRY, "theoretical")).score().overall();
    double studentForEntry =
        analyze(PHD_STUDENT, Target.of(Level.ENTRY, "theoretical")).score().overall();
    assertTrue(facultyForSenior > studentForSenior, facultyForSenior + " vs " + studentForSenior);
    assertTrue(studentForEntry > facultyForEntry, studentForEntry + " vs " + facultyForEntry);
  }

  @Test
  void aLevelMismatchIsExplainedInANote() {
    FitReport r = analyze(PHD_STUDENT, Target.of(Level.SENIOR, "theoretical"));
    assertTrue(
        r.notes().stream()
            .anyMatch(n -> n.id().equals("level-fit") && n.message().contains("entry")),
        r.notes().toString());
    FitReport same = analyze(PHD_STUDENT, Target.of(Level.ENTRY, "theoretical"));
    assertTrue(same.notes().stream().noneMatch(n -> n.id().equals("level-fit")));
  }

  @Test
  void aJobThatShowsNoMachineLearningCountsHalfForTheLevel() {
    FitReport r = analyze(LONG_UNRELATED_JOB, Target.auto());
    // 108 months of flying and 17 of research: 17 + 108 / 2 = 71 months, under the 7 senior years.
    assertEquals(125, r.level().professionalMonths(), r.level().signals().toString());
    assertEquals(71 / 12.0, r.level().yearsOfExperience(), 0.05);
    assertEquals(Level.MID, r.level().estimated(), r.level().signals().toString());
    assertTrue(
        r.level().signals().stream().anyMatch(s -> s.contains("show no machine learning count")),
        r.level().signals().toString());
    FitReport bare = analyze(LONG_JOB_NO_DESCRIPTION, Target.auto());
    assertEquals(125 / 12.0, bare.level().yearsOfExperience(), 0.05);
  }

  @Test
  void aResumeWithoutMachineLearningKeepsItsCareerYears() {
    String chef =
        "Pat Placeholder\nLast updated: May 2025\nEXPERIENCE\nHead Chef, Example Bistro |"
            + " Jan 2015 - Present\n"
            + "\u2022 Ran a kitchen of twelve and planned the seasonal menu\n";
    FitReport r = analyze(chef, Target.auto());
    assertEquals(r.level().professionalMonths() / 12.0, r.level().yearsOfExperience(), 0.05);
  }
}
