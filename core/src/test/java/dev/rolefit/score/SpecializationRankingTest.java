package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.SpecializationScore;
import dev.rolefit.model.Target;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specialization ranking: never capped (no ties at 100 decided by the alphabet), and no
 * specialization without machine-learning evidence (a DevOps engineer is no ML infrastructure
 * scientist). Resumes are fictional.
 */
class SpecializationRankingTest {
  static FitReport analyze(String text) {
    return TestSupport.analyzeText(text, Target.auto());
  }

  static double score(FitReport r, String id) {
    return r.specializations().stream()
        .filter(s -> s.id().equals(id))
        .mapToDouble(SpecializationScore::score)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void devOpsToolsAloneMakeNoMlInfrastructure() {
    FitReport r =
        analyze(
            "Lee Placeholder\nEXPERIENCE\nSenior DevOps Engineer, Example Cloud | 2016 - 2024\n"
                + "\u2022 Ran Kubernetes clusters and Docker builds for 40 web services\n"
                + "\u2022 Wrote Terraform modules and CI/CD pipelines in Jenkins and GitHub Actions\n"
                + "\u2022 Cut AWS costs 30% with autoscaling and spot instances\n"
                + "SKILLS\nKubernetes, Docker, Terraform, AWS, GCP, Linux, Bash, Python, Go\n");
    assertTrue(score(r, "ml-infrastructure") < 10, r.specializations().toString());
    // The level line must not tell a DevOps engineer that they match a senior ML target.
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      dev.rolefit.report.ReportFormat.TEXT.writer(false).write(r, w);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertTrue(w.toString().contains("no machine-learning work"), w.toString());
    assertTrue(!w.toString().contains("matches the target"), w.toString());
    assertTrue(
        r.notes().stream().anyMatch(n -> n.message().contains("none fits")), r.notes().toString());
  }

  @Test
  void mlInfrastructureWithMachineLearningCounts() {
    FitReport r =
        analyze(
            "Lee Placeholder\nEXPERIENCE\nML Platform Engineer, Example Cloud | 2018 - 2024\n"
                + "\u2022 Built model serving on Kubernetes with Triton for 30 deep learning models\n"
                + "\u2022 Ran distributed training of PyTorch models with DeepSpeed on GPU clusters\n"
                + "\u2022 Set up MLflow experiment tracking and model monitoring for drift\n");
    assertEquals(
        "ml-infrastructure", r.specializations().get(0).id(), r.specializations().toString());
    assertTrue(score(r, "ml-infrastructure") > 30, r.specializations().toString());
  }

  // Modelled on real ML-infrastructure CVs that read as deep learning: serving and inference work
  // beside the PyTorch, GPU and transformer words that nearly every ML resume carries.
  private static final String INFERENCE_ENGINEER =
      String.join(
          "\n",
          "Kim Placeholder",
          "EXPERIENCE",
          "ML Engineer, Example Speech | 2021 - 2025",
          "\u2022 Cut LLM serving latency 3x with TensorRT and quantization of transformer models",
          "\u2022 Built inference optimization for a speech-to-face model on GPUs",
          "\u2022 Migrated model serving to a new runtime and set up model deployment",
          "PROJECTS",
          "\u2022 Graph neural networks in PyTorch for molecule generation",
          "\u2022 Fine-tuned CNN and transformer models for image segmentation",
          "PUBLICATIONS",
          "A scheduler for distributed deep learning jobs on GPU clusters, arXiv 2023",
          "");

  @Test
  void commonDeepLearningWordsDoNotOutweighRarerInfrastructureWork() throws Exception {
    FitReport bundled = analyze(INFERENCE_ENGINEER);
    assertEquals(
        "ml-infrastructure",
        bundled.specializations().get(0).id(),
        bundled.specializations().toString());
    // Without typicality, the words every ML resume uses decide: deep learning leads.
    RoleProfile plain;
    try (InputStream in =
        ProfileLoader.class
            .getClassLoader()
            .getResourceAsStream("dev/rolefit/corpus/roles/machine-learning-scientist.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      plain =
          new ProfileLoader().parse(yaml.replace("typicality: 0.75", "typicality: 0"), "p.yaml");
    }
    FitReport without =
        new Scorer(plain)
            .score(
                TestSupport.match(INFERENCE_ENGINEER),
                Target.auto(),
                bundled.document(),
                bundled.tool());
    assertEquals(
        "deep-learning",
        without.specializations().get(0).id(),
        without.specializations().toString());
  }

  @Test
  void withoutATargetTheHigherOfTheTwoBestFitsCounts() throws Exception {
    List<Path> fixtures = fixtures();
    int secondChosen = 0;
    for (Path f : fixtures) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      FitReport auto = analyze(text);
      List<SpecializationScore> s = auto.specializations();
      if (s.get(1).score() <= 0) {
        assertEquals(s.get(0).id(), auto.target().specialization(), f.toString());
        continue;
      }
      double first =
          TestSupport.analyzeText(text, Target.auto().withSpecialization(s.get(0).id()))
              .score()
              .overall();
      double second =
          TestSupport.analyzeText(text, Target.auto().withSpecialization(s.get(1).id()))
              .score()
              .overall();
      String chosen = second > first ? s.get(1).id() : s.get(0).id();
      assertEquals(chosen, auto.target().specialization(), f + " " + first + " " + second);
      assertEquals(Math.max(first, second), auto.score().overall(), 1e-9, f.toString());
      secondChosen += chosen.equals(s.get(0).id()) ? 0 : 1;
      boolean noted =
          auto.notes().stream().anyMatch(n -> n.message().contains("its second-best fit"));
      assertEquals(!chosen.equals(s.get(0).id()), noted, f + " " + auto.notes());
    }
    assertTrue(fixtures.size() >= 30, "fixtures: " + fixtures.size());
    assertTrue(secondChosen > 0, "no fixture is scored at its second-best fit");
  }

  @Test
  void aPrimaryFromTheFitMinimumAndASecondaryOnlyWhenClose() throws Exception {
    int primaries = 0;
    int secondaries = 0;
    for (Path f : fixtures()) {
      List<SpecializationScore> s =
          analyze(Files.readString(f, StandardCharsets.UTF_8)).specializations();
      SpecializationScore first = s.get(0);
      assertEquals(first.score() >= 30, first.fit() == FitKind.PRIMARY, f + " " + s);
      boolean close =
          first.fit() == FitKind.PRIMARY
              && s.get(1).score() >= 30
              && s.get(1).score() >= 0.8 * first.score();
      assertEquals(close, s.get(1).fit() == FitKind.SECONDARY, f + " " + s);
      assertTrue(s.subList(2, s.size()).stream().allMatch(x -> x.fit() == FitKind.OTHER));
      primaries += first.fit() == FitKind.PRIMARY ? 1 : 0;
      secondaries += close ? 1 : 0;
      if (f.getFileName().toString().startsWith("nonml-")) {
        assertEquals(FitKind.OTHER, first.fit(), "a non-ML resume has no specialization: " + f);
      }
    }
    assertTrue(primaries >= 20 && secondaries > 0, primaries + " / " + secondaries);
  }

  @Test
  void aStatisticianWithSomeMachineLearningIsNoClearFit() throws Exception {
    FitReport r =
        analyze(
            Files.readString(
                Path.of("../corpus/eval/nonml-statistician-01.txt"), StandardCharsets.UTF_8));
    assertTrue(r.specializations().get(0).score() > 0, r.specializations().toString());
    java.io.StringWriter w = new java.io.StringWriter();
    dev.rolefit.report.ReportFormat.TEXT.writer(false).write(r, w);
    assertTrue(w.toString().contains("(none is a clear fit)"), w.toString());
  }

  /** The fictional resumes as text: the bundled samples and the labelled eval set. */
  private static List<Path> fixtures() throws java.io.IOException {
    List<Path> out = new java.util.ArrayList<>();
    for (String dir : List.of("../examples/resumes", "../corpus/eval")) {
      try (var files = Files.list(Path.of(dir))) {
        files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void strongResumesDoNotTieAtTheTop() throws Exception {
    for (String sample :
        List.of(
            "nlp-mid-scientist.txt",
            "deep-learning-senior-scientist.txt",
            "applied-entry-scientist.txt")) {
      String text =
          Files.readString(Path.of("../examples/resumes", sample), StandardCharsets.UTF_8);
      List<SpecializationScore> s = analyze(text).specializations();
      assertTrue(s.get(0).score() < 100, sample + " " + s);
      assertNotEquals(s.get(0).score(), s.get(1).score(), sample + " " + s);
    }
  }
}
