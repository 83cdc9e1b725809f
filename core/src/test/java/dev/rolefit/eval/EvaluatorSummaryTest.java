package dev.rolefit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures `rolefit eval` prints, from hand-made rows. */
class EvaluatorSummaryTest {
  static Evaluation.Row row(
      String file,
      boolean ml,
      String level,
      String spec,
      String est,
      String best,
      String second,
      double target,
      String band,
      double rank) {
    return new Evaluation.Row(
        file,
        ml,
        level,
        spec,
        target,
        est,
        best,
        "",
        3,
        12,
        -1,
        "",
        second,
        "",
        target,
        band,
        rank,
        List.of("a signal"),
        best,
        "");
  }

  static final List<Evaluation.Row> ROWS =
      List.of(
          row("a", true, "senior", "nlp", "senior", "nlp", "applied", 60, "strong", 70),
          row("b", true, "senior", "nlp", "mid", "applied", "nlp", 40, "fair", 50),
          row("c", true, "entry", "applied", "entry", "nlp", "deep-learning", 30, "weak", 55),
          row("d", true, "entry", "applied", "entry", "applied", "nlp", 20, "poor", 20),
          row("e", true, "mid", "applied", "senior", "applied", "nlp", 35, "weak", 60),
          row("f", false, "mid", "", "mid", "applied", "nlp", 5, "poor", -1));

  @Test
  void topTwoCountsTheSecondBest() {
    Evaluation e = Evaluator.summarize(ROWS, "");
    assertEquals(3 / 5.0, e.specializationAccuracy(), 1e-9);
    assertEquals(4 / 5.0, e.top2SpecializationAccuracy(), 1e-9);
    assertEquals(3 / 5.0, e.levelAccuracy(), 1e-9);
  }

  @Test
  void perClassPrecisionAndRecall() {
    Evaluation e = Evaluator.summarize(ROWS, "");
    Evaluation.ClassScore nlp =
        e.specializationClasses().stream().filter(c -> c.label().equals("nlp")).findFirst().get();
    // Labelled nlp: a (right), b (read applied). Read nlp: a, c.
    assertEquals(2, nlp.support());
    assertEquals(2, nlp.predicted());
    assertEquals(0.5, nlp.precision(), 1e-9);
    assertEquals(0.5, nlp.recall(), 1e-9);
  }

  @Test
  void levelRankingComparesTheTargetLevelWithTheFarthest() {
    // Seniors 70, 50 against entries 55, 20: 3 of 4 pairs won.
    assertEquals(0.75, Evaluator.summarize(ROWS, "senior").levelRankingAuc(), 1e-9);
    assertEquals(0.25, Evaluator.summarize(ROWS, "entry").levelRankingAuc(), 1e-9);
    assertEquals(0, Evaluator.summarize(ROWS, "").levelRankingAuc());
  }

  @Test
  void calibrationGroupsScoresByClass() {
    List<Evaluation.Calibration> cal = Evaluator.summarize(ROWS, "").calibration();
    Evaluation.Calibration all =
        cal.stream().filter(c -> c.group().equals("ML all")).findFirst().get();
    assertEquals(5, all.count());
    assertEquals(20, all.min());
    assertEquals(35, all.median());
    assertEquals(60, all.max());
    assertEquals(Map.of("fair", 1, "poor", 1, "strong", 1, "weak", 2), all.bands());
    assertTrue(cal.stream().anyMatch(c -> c.group().equals("non-ML") && c.count() == 1));
  }

  @Test
  void quantilesLieBetweenMinAndMaxAndGrow() {
    qt().forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(1, 30))
        .checkAssert(
            xs -> {
              double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
              double q1 = Evaluator.quantile(v, 0.25);
              double med = Evaluator.quantile(v, 0.5);
              double q3 = Evaluator.quantile(v, 0.75);
              assertTrue(v[0] - 0.05 <= q1 && q1 <= med && med <= q3, xs.toString());
              assertTrue(q3 <= v[v.length - 1] + 0.05, xs.toString());
            });
  }
}
