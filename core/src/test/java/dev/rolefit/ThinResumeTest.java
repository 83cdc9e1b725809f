package dev.rolefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.Quality;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.resume.internal.CareerMonths;
import org.junit.jupiter.api.Test;

/**
 * Resumes with little to read still get a report that says what is missing: no exception, no
 * negative or absurd months.
 */
class ThinResumeTest {
  private static FitReport analyze(String text) throws Exception {
    return TestSupport.roleFit().analyzeText(text, Target.auto());
  }

  private static boolean noted(FitReport r, String words) {
    return r.notes().stream().anyMatch(n -> n.message().contains(words));
  }

  @Test
  void aResumeWithOnlyANameIsReportedAsIncomplete() throws Exception {
    FitReport r = analyze("Jane Ellery");
    assertEquals(Quality.Status.LOW_CONFIDENCE, r.document().quality().status());
    assertTrue(noted(r, "No section headings"), r.notes()::toString);
    assertTrue(noted(r, "No dated positions"), r.notes()::toString);
    assertEquals(0, r.level().professionalMonths());
  }

  @Test
  void aResumeWithoutDatesSaysSo() throws Exception {
    FitReport r =
        analyze(
            "Jane Ellery\nExperience\nData Scientist, Corvid Labs\nBuilt churn models in Python"
                + " and deployed them with Docker.\nEducation\nM.S. Statistics, Northbridge"
                + " University\nSkills\nPython, SQL, PyTorch\n");
    assertTrue(noted(r, "No dated positions"), r.notes()::toString);
    assertTrue(!noted(r, "No section headings"), r.notes()::toString);
    assertEquals(0, r.level().professionalMonths());
    assertTrue(r.entries().isEmpty());
  }

  @Test
  void aResumeWithoutHeadingsStillFindsItsDates() throws Exception {
    FitReport r =
        analyze(
            "Jane Ellery\njane@example.com\nData Scientist at Corvid Labs, 2019 - 2022\nBuilt"
                + " churn models in Python and deployed them with Docker.\n");
    assertTrue(noted(r, "No section headings"), r.notes()::toString);
    assertEquals(1, r.entries().size());
    assertEquals(48, r.level().professionalMonths());
  }

  @Test
  void absurdRangesAreCappedAtFiftyYears() throws Exception {
    StringBuilder sb = new StringBuilder("Jane Ellery\nExperience\n");
    sb.append("Clerk, Corner Store, 1950 - 2026\nPorter, Harbor Hotel, 1955 - 2026\n");
    FitReport r = analyze(sb.toString());
    assertEquals(CareerMonths.MAX_MONTHS, r.level().professionalMonths());
    assertTrue(r.level().yearsOfExperience() <= 50.0);
  }
}
