package dev.rolefit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precision and recall of quoted evidence against a hand-made verdict file. */
class EvidenceEvaluatorTest {
  static final String SAMPLE = "applied-entry-scientist.txt";

  @Test
  void countsAgreementFromTheVerdicts(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("../examples/resumes", SAMPLE), dir.resolve(SAMPLE));
    Files.writeString(
        dir.resolve("labels.csv"),
        "file,ml_related,level,specialization\n" + SAMPLE + ",true,entry,applied\n",
        StandardCharsets.UTF_8);
    FitReport r =
        TestSupport.roleFit().analyze(dir.resolve(SAMPLE), Target.of(Level.ENTRY, "applied"));
    List<String> lines = new ArrayList<>(List.of("# a comment line"));
    int found = 0;
    boolean wrongOne = false;
    for (FitReport.SkillResult s : r.skills()) {
      switch (s.status()) {
        case FOUND -> {
          found++;
          lines.add(SAMPLE + ",skill," + s.id() + "," + (wrongOne ? "shown" : "wrong"));
          wrongOne = true;
        }
        case LISTED, WEAK -> lines.add(SAMPLE + ",skill," + s.id() + ",listed");
        case MISSING -> {}
      }
    }
    int covered = 0;
    int yes = 0;
    int yesCovered = 0;
    for (FitReport.ResponsibilityResult q : r.responsibilities()) {
      boolean c = q.coverage() >= 0.5;
      // Covered ones alternate yes and partly; one uncovered is judged yes (a miss).
      String verdict =
          c ? (covered % 2 == 0 ? "yes" : "partly") : (yes == yesCovered ? "yes" : "no");
      covered += c ? 1 : 0;
      yes += verdict.equals("yes") ? 1 : 0;
      yesCovered += c && verdict.equals("yes") ? 1 : 0;
      lines.add(SAMPLE + ",responsibility," + q.id() + "," + verdict);
    }
    Path verdicts = dir.resolve("verdicts.csv");
    Files.write(verdicts, lines, StandardCharsets.UTF_8);

    var result =
        new EvidenceEvaluator(TestSupport.roleFit()).evaluate(dir.resolve("labels.csv"), verdicts);
    assertTrue(found >= 2 && covered >= 2, "the sample needs found skills and covered duties");
    assertEquals(1, result.resumes());
    assertEquals(found, result.foundCount());
    assertEquals((found - 1) / (double) found, result.foundPrecision(), 1e-9);
    assertEquals(1.0, result.listedPrecision(), 1e-9);
    assertEquals(covered, result.coveredCount());
    assertEquals(1.0, result.coveredRight(), 1e-9);
    assertEquals((covered + 1) / 2 / (double) covered, result.coveredYes(), 1e-9);
    assertEquals(yes, result.yesCount());
    assertEquals(yesCovered / (double) yes, result.yesRecall(), 1e-9);
    assertTrue(result.unjudged().isEmpty(), result.unjudged().toString());
    assertTrue(result.errors().get(SAMPLE).stream().anyMatch(e -> e.contains("judged wrong")));
  }

  @Test
  void anUnknownVerdictNamesItsLine(@TempDir Path dir) throws Exception {
    Path v = dir.resolve("v.csv");
    Files.writeString(
        v, "a.pdf,skill,python,shown\na.pdf,skill,sql,maybe\n", StandardCharsets.UTF_8);
    var e = assertThrows(IllegalArgumentException.class, () -> EvidenceEvaluator.readVerdicts(v));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
