package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each entry records where its title starts, whatever separates the title from the organisation and
 * the dates: a one-line heading "Junior Data Scientist | Acme | Jan 2017 - Feb 2020" once let the
 * previous job's last bullet read as part of the title (and "Led a team" in it as a senior title),
 * so changing ", " to " | " moved the level. Fictional resume.
 */
class EntryTitleStartTest {
  private static final List<String> SEPARATORS = List.of(", ", " | ", " \u2014 ", " \u00b7 ");

  private static String resume(String sep) {
    return String.join(
        "\n",
        "Robin Example",
        "robin@example.com",
        "EXPERIENCE",
        "Machine Learning Engineer" + sep + "Lumen Labs" + sep + "Mar 2020 - Present",
        "- Trained gradient boosting and PyTorch models for demand forecasting",
        "- Led a team of three engineers and architected the feature store",
        "Junior Data Scientist" + sep + "Acme" + sep + "Jan 2017 - Feb 2020",
        "- Built churn prediction models with scikit-learn",
        "- Deployed models to production with Docker",
        "EDUCATION",
        "B.Sc. Statistics" + sep + "Northfield University" + sep + "2016",
        "");
  }

  private static ExperienceEntry job(Resume r, String title) {
    return r.experience().stream()
        .filter(e -> e.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError(title + " not read: " + r.experience()));
  }

  @Test
  void theTitleStartsItsOwnLineWhateverTheSeparator() {
    for (String sep : SEPARATORS) {
      Resume r = TestSupport.resume(resume(sep));
      for (String title : List.of("Machine Learning Engineer", "Junior Data Scientist")) {
        ExperienceEntry e = job(r, title);
        assertTrue(r.text().startsWith(title, e.titleStart()), sep + ": " + e);
        // A one-line heading is the title's line: nothing above it joins the entry.
        assertEquals(e.start(), e.titleStart(), sep + ": " + e);
        assertEquals(r.text().lastIndexOf('\n', e.titleStart()) + 1, e.start(), sep);
      }
      ExperienceEntry first = job(r, "Machine Learning Engineer");
      ExperienceEntry second = job(r, "Junior Data Scientist");
      assertTrue(first.end() <= second.start(), sep + ": the bullet stays with its own job");
      assertTrue(
          r.text().substring(first.start(), first.end()).contains("Led a team of three"), sep);
    }
  }

  @Test
  void anOrganisationLineAboveTheTitleIsInTheHeadingButNotTheTitle() {
    String text =
        "Robin Example\nEXPERIENCE\nLumen Labs\nSenior Machine Learning Engineer | Mar 2020 -"
            + " Present\n- Trained PyTorch models for demand forecasting\n";
    Resume r = TestSupport.resume(text);
    ExperienceEntry e = job(r, "Senior Machine Learning Engineer");
    assertEquals(text.indexOf("Lumen Labs"), e.start());
    assertEquals(text.indexOf("Senior Machine"), e.titleStart());
  }

  @Test
  void theSeparatorDoesNotMoveTheLevel() {
    Target target = Target.of(Level.MID, "applied");
    FitReport.LevelEstimate want = TestSupport.analyzeText(resume(", "), target).level();
    for (String sep : SEPARATORS) {
      FitReport.LevelEstimate got = TestSupport.analyzeText(resume(sep), target).level();
      assertEquals(want.estimated(), got.estimated(), sep + ": " + got.signals());
      assertEquals(want.professionalMonths(), got.professionalMonths(), sep);
    }
  }

  @Test
  void aSeparatorIsNoWordWhenALineIsWeighedAsATitle() {
    // A long undated line over a dated one: " | " once counted as words and pushed it over the
    // length of a title, so the entries changed with the separator.
    List<String> seen = new java.util.ArrayList<>();
    for (String sep : SEPARATORS) {
      String text =
          "Robin Example\nEDUCATION\nPhD"
              + sep
              + "Statistics"
              + sep
              + "Northfield University (2010) \u2014 thesis on risk bounds for empirical risk"
              + " minimization\nBSc"
              + sep
              + "Mathematics"
              + sep
              + "Harbor College (2005)\n";
      Resume r = TestSupport.resume(text);
      seen.add(
          r.experience().stream()
              .map(e -> e.title() + " " + e.dates() + " " + e.dates().months())
              .toList()
              .toString());
    }
    assertEquals(1, seen.stream().distinct().count(), seen.toString());
  }

  @Test
  void aLevelWordOnTheOrganisationLineAboveTheTitleIsNoTitle() {
    String text =
        "Robin Example\nrobin@example.com\n\nEXPERIENCE\nSenior Living Co.\nData Scientist |"
            + " Mar 2022 - Present\n- Built demand forecasting models with scikit-learn and PyTorch\n"
            + "- Deployed the models to production with Docker\n";
    Resume r = TestSupport.resume(text);
    assertEquals(text.indexOf("Data Scientist"), job(r, "Data Scientist").titleStart());
    List<String> signals =
        TestSupport.analyzeText(text, Target.of(Level.MID, "applied")).level().signals();
    assertTrue(
        signals.stream().anyMatch(x -> x.startsWith("latest title: \"Data Scientist")),
        signals.toString());
    assertTrue(signals.stream().noneMatch(x -> x.contains("Senior Living")), signals.toString());
  }
}
