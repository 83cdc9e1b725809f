package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rolefit.TestSupport;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.report.ReportFormat;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keyword stuffing: a line of buzzwords must not lift a resume. Listed-only skills earn partial
 * credit, a long list or many listed-only skills raise a note in every format, and such lists then
 * earn next to nothing.
 */
class KeywordStuffingTest {
  /** Sixty of the role's buzzwords, as a stuffer would paste them. */
  static final List<String> BUZZWORDS =
      List.of(
          "Python",
          "PyTorch",
          "TensorFlow",
          "Keras",
          "JAX",
          "scikit-learn",
          "XGBoost",
          "LightGBM",
          "Pandas",
          "NumPy",
          "Spark",
          "Hadoop",
          "Kubernetes",
          "Docker",
          "MLflow",
          "Kubeflow",
          "Airflow",
          "SageMaker",
          "Vertex AI",
          "Databricks",
          "Hugging Face",
          "Transformers",
          "BERT",
          "GPT",
          "LLMs",
          "RAG",
          "LangChain",
          "NLP",
          "computer vision",
          "CNNs",
          "RNNs",
          "LSTMs",
          "GANs",
          "diffusion models",
          "reinforcement learning",
          "deep Q-learning",
          "PPO",
          "policy gradients",
          "Bayesian optimization",
          "hyperparameter tuning",
          "feature engineering",
          "A/B testing",
          "causal inference",
          "time series forecasting",
          "recommender systems",
          "anomaly detection",
          "MLOps",
          "model deployment",
          "model monitoring",
          "ONNX",
          "TensorRT",
          "Triton",
          "CUDA",
          "distributed training",
          "Horovod",
          "DeepSpeed",
          "federated learning",
          "SHAP",
          "LIME",
          "statistics");

  static final String BUZZ_LINE = String.join(", ", BUZZWORDS);
  static final Path EXAMPLES = Path.of("../examples/resumes");

  static FitReport analyze(String text, Level level, String spec) {
    return TestSupport.analyzeText(text, Target.of(level, spec));
  }

  static String read(String sample) throws Exception {
    return Files.readString(EXAMPLES.resolve(sample), StandardCharsets.UTF_8);
  }

  static String stuffed(String resume, String line) {
    return resume.stripTrailing() + "\n\nADDITIONAL SKILLS\n" + line + "\n";
  }

  static long count(FitReport r, EvidenceStatus status) {
    return r.skills().stream().filter(s -> s.status() == status).count();
  }

  static boolean flagged(FitReport r) {
    return r.notes().stream().anyMatch(n -> n.id().contains("stuffing"));
  }

  @Test
  void theBuzzwordLineNamesSixtyDistinctTerms() {
    assertEquals(60, new TreeSet<>(BUZZWORDS).size());
  }

  @Test
  void aNonMlResumePlusTheLineStaysPoorShowsListedSkillsAndIsFlagged() throws Exception {
    FitReport plain = analyze(read("non-ml-project-manager.txt"), Level.MID, "applied");
    FitReport r =
        analyze(stuffed(read("non-ml-project-manager.txt"), BUZZ_LINE), Level.MID, "applied");
    assertTrue(r.score().overall() < 40, "overall " + r.score().overall());
    assertTrue(count(r, EvidenceStatus.LISTED) >= 30, "listed " + count(r, EvidenceStatus.LISTED));
    assertTrue(flagged(r), "no stuffing note in " + r.notes());
    assertFalse(flagged(plain), "the plain resume is not stuffing: " + plain.notes());
    assertEquals(0, count(r, EvidenceStatus.FOUND), "a list shows no skill in use");
  }

  @ParameterizedTest
  @CsvSource({
    "applied-entry-scientist.txt, entry, applied",
    "nlp-mid-scientist.txt, mid, nlp",
    "deep-learning-senior-scientist.txt, senior, deep-learning",
    "deep-learning-senior-scientist.txt, senior, reinforcement-learning",
  })
  void anMlResumeGainsAtMostThreePointsFromTheLine(String sample, String level, String spec)
      throws Exception {
    FitReport before = analyze(read(sample), Level.of(level), spec);
    FitReport after = analyze(stuffed(read(sample), BUZZ_LINE), Level.of(level), spec);
    double gain = after.score().overall() - before.score().overall();
    assertTrue(gain <= 3, sample + " gained " + gain);
    assertTrue(flagged(after));
    // Bands rank best first: the stuffed resume's band is the same or a lower one.
    assertTrue(
        after.score().band().compareTo(before.score().band()) >= 0,
        "band rose from " + before.score().band() + " to " + after.score().band());
  }

  @Test
  void aBuzzwordLineWithoutAnyHeadingIsStillAList() {
    FitReport r = analyze("Alex Sample\n" + BUZZ_LINE + "\n", Level.MID, "nlp");
    assertTrue(flagged(r), r.notes().toString());
    assertTrue(count(r, EvidenceStatus.LISTED) >= 30, "listed " + count(r, EvidenceStatus.LISTED));
    assertTrue(r.score().overall() < 10, "overall " + r.score().overall());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatShowsTheStuffingNote(ReportFormat format) throws Exception {
    FitReport r = analyze(stuffed(read("non-ml-project-manager.txt"), BUZZ_LINE), Level.MID, "nlp");
    String message =
        r.notes().stream()
            .filter(n -> n.id().contains("stuffing"))
            .findFirst()
            .orElseThrow()
            .message();
    StringWriter w = new StringWriter();
    format.writer(false).write(r, w);
    // HTML escapes quotes and apostrophes; the opening words carry none.
    String opening = message.substring(0, message.indexOf(':'));
    assertTrue(w.toString().contains(opening), format + " lacks: " + opening);
  }

  @Test
  void gapsForListedSkillsAskForABulletNeverForAnotherListing() throws Exception {
    FitReport r = analyze(stuffed(read("non-ml-project-manager.txt"), BUZZ_LINE), Level.MID, "nlp");
    List<String> listed = new ArrayList<>();
    for (SkillResult s : r.skills()) {
      if (s.status() == EvidenceStatus.LISTED) {
        listed.add(s.id());
      }
    }
    var gaps = r.gaps().stream().filter(g -> listed.contains(g.id())).toList();
    assertFalse(gaps.isEmpty(), "listed skills lead to gaps");
    for (var g : gaps) {
      String advice = (g.message() + " " + g.suggestion()).toLowerCase(Locale.ROOT);
      assertTrue(advice.contains("bullet"), advice);
      assertFalse(advice.matches(".*\\badd (it|them)? ?to your skills.*"), advice);
      assertFalse(advice.contains("add it to your skills list"), advice);
    }
  }

  @Test
  void anAnalystWhoseMlWordsSitOnlyInAListTrailsAShownPrincipal() throws Exception {
    String analyst =
        String.join(
            "\n",
            "Robin Fictional",
            "robin@example.com",
            "",
            "EXPERIENCE",
            "Data Analyst, Example Retail Co | Mar 2018 - Present",
            "\u2022 Built weekly sales dashboards in Tableau for store managers",
            "\u2022 Wrote SQL queries to reconcile inventory counts across regions",
            "\u2022 Answered ad-hoc questions from the finance team",
            "",
            "SKILLS",
            "Machine learning, deep learning, PyTorch, TensorFlow, NLP, transformers, BERT,"
                + " reinforcement learning, computer vision, MLOps, Kubernetes, model deployment,"
                + " feature engineering, XGBoost, causal inference",
            "");
    FitReport a = analyze(analyst, Level.SENIOR, "deep-learning");
    FitReport p =
        analyze(read("deep-learning-senior-scientist.txt"), Level.SENIOR, "deep-learning");
    assertTrue(
        a.score().keywords() + 15 < p.score().keywords(),
        "analyst " + a.score().keywords() + " vs principal " + p.score().keywords());
    assertTrue(count(a, EvidenceStatus.LISTED) >= 10);
  }

  /** Any subset of the buzzwords, in any order, gains an ML resume at most three points. */
  @Test
  void noSubsetOfBuzzwordsLiftsAnMlResume() throws Exception {
    String base = read("nlp-mid-scientist.txt");
    double before = analyze(base, Level.MID, "nlp").score().overall();
    qt().withExamples(25)
        .forAll(lists().of(integers().between(0, BUZZWORDS.size() - 1)).ofSizeBetween(1, 80))
        .checkAssert(
            picks -> {
              List<String> words = picks.stream().map(BUZZWORDS::get).toList();
              double after =
                  analyze(stuffed(base, String.join(", ", words)), Level.MID, "nlp")
                      .score()
                      .overall();
              assertTrue(after - before <= 3, words + " gained " + (after - before));
            });
  }
}
