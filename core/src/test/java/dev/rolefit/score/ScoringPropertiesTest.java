package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.report.JsonReportWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Properties of the score over generated resumes. */
class ScoringPropertiesTest {
  private static final RoleFit ROLEFIT = TestSupport.roleFit();
  private static final Target TARGET = Target.of(Level.MID, "nlp");
  private static final int EXAMPLES = 25;

  /** Bullets a resume may hold. */
  static final List<String> BULLETS =
      List.of(
          "Fine-tuned BERT models for named entity recognition on clinical notes",
          "Built sentiment analysis pipelines with spaCy and PyTorch over 5M reviews",
          "Deployed transformer models to production behind a low-latency API on Kubernetes",
          "Mentored two junior scientists and reviewed their experiment designs",
          "Presented model results to business stakeholders every quarter",
          "Designed A/B tests to measure the impact of ranking models",
          "Cleaned and preprocessed large datasets with pandas and SQL",
          "Published a paper at EMNLP on cross-lingual transfer",
          "Managed the office supply budget and vendor relations",
          "Answered customer calls and resolved billing questions",
          "Collaborated with data engineers on feature pipelines in Airflow",
          "Implemented gradient boosting models with XGBoost for churn prediction",
          "Wrote unit tests and took part in code reviews for the ML codebase",
          "Organised the team's weekly reading group on new NLP research",
          "Trained convolutional neural networks for image classification on GPUs");

  static final List<String> SKILLS =
      List.of(
          "Python",
          "PyTorch",
          "TensorFlow",
          "SQL",
          "Docker",
          "Hugging Face",
          "Excel",
          "Tableau",
          "NumPy",
          "Statistics",
          "Communication",
          "Leadership");

  static String resume(List<Integer> bullets, List<Integer> skills) {
    StringBuilder b = new StringBuilder("Robin Example\nrobin@example.com | 555-0100\n\n");
    b.append("SUMMARY\nScientist who builds language technology.\n\nEXPERIENCE\n");
    b.append("Machine Learning Scientist, Example Corp | Jan 2020 - Present\n");
    for (int i : bullets) {
      b.append("\u2022 ").append(BULLETS.get(i)).append('\n');
    }
    b.append("\nSKILLS\n");
    List<String> names = new ArrayList<>();
    for (int i : skills) {
      names.add(SKILLS.get(i));
    }
    b.append(String.join(", ", names)).append("\n\nEDUCATION\nM.Sc. Computer Science, 2019\n");
    return b.toString();
  }

  static FitReport analyze(String text) {
    try {
      return ROLEFIT.analyzeText(text, TARGET);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** What must not change: scores, statuses, strengths, coverages, level, specializations. */
  static String projection(FitReport r) {
    StringBuilder b = new StringBuilder();
    b.append(r.score()).append(r.level().estimated()).append(r.level().yearsOfExperience());
    r.skills().stream()
        .map(s -> s.id() + ":" + s.status() + ":" + s.strength())
        .sorted()
        .forEach(b::append);
    r.responsibilities().stream().map(x -> x.id() + ":" + x.coverage()).sorted().forEach(b::append);
    r.specializations().stream().map(s -> s.id() + ":" + s.score()).sorted().forEach(b::append);
    return b.toString();
  }

  @Test
  void scoresStayWithinZeroToHundred() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(0, BULLETS.size() - 1)).ofSizeBetween(0, 10),
            lists().of(integers().between(0, SKILLS.size() - 1)).ofSizeBetween(0, 8))
        .checkAssert(
            (bullets, skills) -> {
              FitReport r = analyze(resume(bullets, skills));
              for (double v :
                  new double[] {
                    r.score().overall(), r.score().keywords(), r.score().responsibilities()
                  }) {
                assertTrue(v >= 0 && v <= 100, "score " + v);
              }
              r.specializations().forEach(s -> assertTrue(s.score() >= 0 && s.score() <= 100));
              r.skills().forEach(s -> assertTrue(s.strength() >= 0 && s.strength() <= 1));
              r.responsibilities().forEach(x -> assertTrue(x.coverage() >= 0 && x.coverage() <= 1));
            });
  }

  @Test
  void addingEvidenceNeverLowersAScore() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(0, BULLETS.size() - 1)).ofSizeBetween(0, 8),
            lists().of(integers().between(0, SKILLS.size() - 1)).ofSizeBetween(0, 6),
            integers().between(0, BULLETS.size() - 1))
        .checkAssert(
            (bullets, skills, extra) -> {
              FitReport before = analyze(resume(bullets, skills));
              List<Integer> more = new ArrayList<>(bullets);
              more.add(extra);
              FitReport after = analyze(resume(more, skills));
              assertTrue(after.score().overall() >= before.score().overall(), "overall");
              assertTrue(after.score().keywords() >= before.score().keywords(), "keywords");
              assertTrue(
                  after.score().responsibilities() >= before.score().responsibilities(),
                  "responsibilities");
            });
  }

  @Test
  void caseWhitespaceAndBulletOrderDoNotChangeTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(0, BULLETS.size() - 1)).ofSizeBetween(1, 8),
            lists().of(integers().between(0, SKILLS.size() - 1)).ofSizeBetween(0, 6),
            integers().between(0, 1_000_000))
        .checkAssert(
            (bullets, skills, seed) -> {
              String base = resume(bullets, skills);
              List<Integer> shuffled = new ArrayList<>(bullets);
              Collections.shuffle(shuffled, new Random(seed));
              String varied =
                  resume(shuffled, skills)
                      .replace(" ", seed % 2 == 0 ? "  " : " \t ")
                      .replace("SKILLS", "Skills")
                      .replace("EXPERIENCE", "Experience");
              // Case: headings in any case, bullets starting lower-case. (Ambiguous names such as
              // BERT or R are case-sensitive by design, so the words themselves keep their case.)
              varied = seed % 3 == 0 ? lowerFirstWords(varied.replace("Skills", "skills")) : varied;
              assertEquals(projection(analyze(base)), projection(analyze(varied)));
            });
  }

  @Test
  void theSameInputGivesByteIdenticalJson() throws Exception {
    String text = resume(List.of(0, 1, 2, 3, 4), List.of(0, 1, 2));
    assertEquals(json(analyze(text)), json(analyze(text)));
    // A second instance, built apart from the shared one: nothing may hang on build order.
    RoleFit other = RoleFit.builder().clock(TestSupport.CLOCK).build();
    assertTrue(other != ROLEFIT, "two separate instances");
    assertEquals(json(analyze(text)), json(other.analyzeText(text, TARGET)));
  }

  @Test
  void parallelAnalysesEqualSequentialOnes() throws Exception {
    List<String> texts = new ArrayList<>();
    Random rnd = new Random(7);
    for (int i = 0; i < 24; i++) {
      List<Integer> b = new ArrayList<>();
      for (int j = 0; j < 6; j++) {
        b.add(rnd.nextInt(BULLETS.size()));
      }
      texts.add(resume(b, List.of(rnd.nextInt(SKILLS.size()))));
    }
    List<String> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(json(analyze(t)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (String t : texts) {
        futures.add(pool.submit(() -> json(analyze(t))));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "resume " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String lowerFirstWords(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("\u2022 ") && line.length() > 3) {
        line = "\u2022 " + Character.toLowerCase(line.charAt(2)) + line.substring(3);
      }
      b.append(line).append('\n');
    }
    return b.substring(0, b.length() - 1);
  }

  static String json(FitReport r) throws Exception {
    StringWriter w = new StringWriter();
    new JsonReportWriter().write(r, w);
    return w.toString();
  }
}
