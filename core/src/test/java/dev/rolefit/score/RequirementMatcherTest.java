package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.Level;
import dev.rolefit.Target;
import dev.rolefit.TestSupport;
import dev.rolefit.report.FitReport;
import dev.rolefit.report.FitReport.RequirementResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job-posting mode: requirements met, partly met or not met, with evidence. */
class RequirementMatcherTest {
  static final String RESUME =
      String.join(
          "\n",
          "Sam Example",
          "sam@example.com | 555-0101",
          "",
          "EXPERIENCE",
          "Machine Learning Scientist, Example Corp | Jan 2019 - Present",
          "\u2022 Fine-tuned BERT models in PyTorch for named entity recognition",
          "\u2022 Presented quarterly model results to business stakeholders",
          "\u2022 Mentored two junior scientists",
          "",
          "SKILLS",
          "Python, SQL",
          "");

  static List<RequirementResult> requirements(Path dir, String posting) throws Exception {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, RESUME, StandardCharsets.UTF_8);
    FitReport r = TestSupport.roleFit().analyze(resume, Target.of(Level.MID, "nlp"), posting);
    return r.requirements();
  }

  static RequirementResult find(List<RequirementResult> reqs, String start) {
    return reqs.stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no requirement starting with " + start + " in " + reqs));
  }

  @Test
  void judgesSkillsYearsAndDuties(@TempDir Path dir) throws Exception {
    String posting =
        String.join(
            "\n",
            "About us",
            "We are a fictional company.",
            "",
            "What you'll do",
            "\u2022 Present findings to business stakeholders",
            "\u2022 Negotiate supplier contracts for the warehouse",
            "",
            "Requirements",
            "\u2022 3+ years of experience",
            "\u2022 12+ years of experience in machine learning",
            "\u2022 Strong Python and PyTorch skills",
            "\u2022 Python or Scala for data pipelines",
            "\u2022 PyTorch or JAX",
            "\u2022 Experience with Kubernetes",
            "",
            "Nice to have",
            "\u2022 Publications at ACL or EMNLP",
            "",
            "Benefits",
            "\u2022 Free lunch",
            "");
    List<RequirementResult> reqs = requirements(dir, posting);
    assertEquals("met", find(reqs, "Present findings").status());
    assertEquals("responsibility", find(reqs, "Present findings").kind());
    assertFalse(find(reqs, "Present findings").evidence().isEmpty());
    assertEquals("not_met", find(reqs, "Negotiate supplier").status());
    assertEquals("met", find(reqs, "3+ years").status());
    assertEquals("not_met", find(reqs, "12+ years").status(), "years and skill must both hold");
    assertEquals(
        "partly_met",
        find(reqs, "Strong Python and PyTorch").status(),
        "PyTorch shown, Python listed");
    assertEquals(
        "partly_met",
        find(reqs, "Python or Scala").status(),
        "Python is only listed under Skills, never used in a bullet");
    assertEquals("met", find(reqs, "PyTorch or JAX").status(), "one alternative is enough");
    assertEquals("not_met", find(reqs, "Experience with Kubernetes").status());
    assertTrue(find(reqs, "Experience with Kubernetes").required());
    assertFalse(find(reqs, "Publications at ACL").required());
    assertTrue(reqs.stream().noneMatch(q -> q.text().contains("Free lunch")), "benefits skipped");
    assertTrue(
        reqs.stream().noneMatch(q -> q.text().contains("fictional company")),
        "the intro is not a requirement");
  }

  @Test
  void unmetRequiredItemsBecomeGapsFirst(@TempDir Path dir) throws Exception {
    Path resume = dir.resolve("resume.txt");
    Files.writeString(resume, RESUME, StandardCharsets.UTF_8);
    FitReport r =
        TestSupport.roleFit()
            .analyze(
                resume,
                Target.of(Level.MID, "nlp"),
                "Requirements\n\u2022 Experience with Kubernetes\n\u2022 PyTorch\n");
    assertEquals("requirement", r.gaps().get(0).kind());
    assertTrue(r.gaps().get(0).message().contains("Kubernetes"), r.gaps().get(0).message());
    assertTrue(r.gaps().stream().noneMatch(g -> g.message().endsWith("PyTorch")), "met: no gap");
  }

  @Test
  void aPostingWithoutHeadingsIsAllRequirements(@TempDir Path dir) throws Exception {
    List<RequirementResult> reqs = requirements(dir, "\u2022 Python\n\u2022 Kubernetes\n");
    assertEquals(2, reqs.size());
    assertTrue(reqs.stream().allMatch(RequirementResult::required));
  }
}
