package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every number of the profile's {@code scoring} block is read: the bundled profile with one number
 * changed scores the fictional resumes differently. A number the code ignored (a constant left
 * behind) would leave every report equal.
 */
class ScoringNumbersAreReadTest {
  private static final String BUNDLED = "dev/rolefit/corpus/roles/machine-learning-scientist.yaml";
  private static final FitReport.DocumentInfo DOC =
      new FitReport.DocumentInfo(
          "cv.txt",
          "text/plain",
          1,
          1,
          new FitReport.QualityInfo(dev.rolefit.extract.Quality.Status.OK, List.of()));
  private static final FitReport.Tool TOOL = new FitReport.Tool("rolefit", "test");

  private static String yaml;
  private static final List<ResumeMatches> RESUMES = new ArrayList<>();
  // The reports of the bundled profile, resume by resume and target by target.
  private static final List<FitReport> BASE = new ArrayList<>();
  private static final List<Target> TARGETS =
      List.of(
          Target.of(Level.SENIOR, "nlp"), Target.of(Level.ENTRY, "deep-learning"), Target.auto());

  @BeforeAll
  static void readFixtures() throws IOException {
    try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Stream<Path> files =
        Stream.concat(
            Files.list(Path.of("../examples/resumes")), Files.list(Path.of("../corpus/eval")))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        if (!p.getFileName().toString().equals("README.md")) {
          RESUMES.add(TestSupport.match(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    assertTrue(RESUMES.size() >= 10, "fixtures found: " + RESUMES.size());
    BASE.addAll(scores(TestSupport.roleFit().profile()));
  }

  /** The bundled profile with one piece of its text replaced (it must be there exactly once). */
  private static RoleProfile bundledWith(String from, String to) throws Exception {
    int at = yaml.indexOf(from);
    assertTrue(at >= 0 && yaml.indexOf(from, at + 1) < 0, "once in the bundled profile: " + from);
    return new ProfileLoader().parse(yaml.replace(from, to), "variant.yaml");
  }

  private static List<FitReport> scores(RoleProfile p) {
    Scorer scorer = new Scorer(p);
    List<FitReport> out = new ArrayList<>();
    for (ResumeMatches m : RESUMES) {
      for (Target t : TARGETS) {
        out.add(scorer.score(m, t, DOC, TOOL));
      }
    }
    return out;
  }

  /** Whether a profile scores some resume differently from the bundled one; stops at the first. */
  private static boolean anyDiffers(RoleProfile p) {
    Scorer scorer = new Scorer(p);
    int i = 0;
    for (ResumeMatches m : RESUMES) {
      for (Target t : TARGETS) {
        if (!scorer.score(m, t, DOC, TOOL).equals(BASE.get(i++))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theBundledProfileScoresAsItsParsedTextDoes() throws Exception {
    // The baseline the variants are compared with: the same text, unchanged, gives equal reports.
    assertEquals(BASE, scores(bundledWith("gaps:", "gaps:")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mentionBonus: 0.1|mentionBonus: 0.2",
        "{found: 0.75,|{found: 0.9,",
        "weak: 0.35,|weak: 0.2,",
        "perBullet: 3,|perBullet: 1,",
        "objectAfter: 20,|objectAfter: 1,",
        "objectBefore: 10,|objectBefore: 0,",
        "shownBySection: 0.8,|shownBySection: 0.5,",
        "bm25Credit: 0.6,|bm25Credit: 0.9,",
        "bm25Threshold: 0.5,|bm25Threshold: 0.2,",
        "bm25Cap: 0.45}|bm25Cap: 0.2}",
        "{scale: 0.15,|{scale: 0.3,",
        "domainSkillsForFull: 3,|domainSkillsForFull: 10,",
        "typicality: 0.75,|typicality: 0,",
        "autoCandidates: 2,|autoCandidates: 1,",
        "minimum: 30,|minimum: 70,",
        "secondaryWithin: 0.8}|secondaryWithin: 0.3}",
        "typicalShare: 0.141|typicalShare: 0.9",
        "{yearsWeight: 1.0,|{yearsWeight: 3.0,",
        "yearsDecay: 1.5,|yearsDecay: 0.2,",
        "titleWeight: 1.2,|titleWeight: 4.0,",
        "latestTitle: 1.0,|latestTitle: 0.1,",
        "olderTitle: 0.2,|olderTitle: 1.0,",
        "plainTitle: 0.5,|plainTitle: 1.0,",
        "signalWeight: 0.8,|signalWeight: 3.0,",
        "signalStep: 0.25,|signalStep: 1.0,",
        "stageWeight: 3.0,|stageWeight: 0.0,",
        "unrelatedWork: 0.5}|unrelatedWork: 1.0}",
        "gaps: {max: 25}|gaps: {max: 3}",
      })
  void aChangedNumberChangesAReport(String from, String to) throws Exception {
    assertTrue(anyDiffers(bundledWith(from, to)), from + " -> " + to + " changed no report");
  }

  @Test
  void theQuoteContextSetsTheCharactersAroundAHitInNoBullet() {
    var r =
        TestSupport.resume("EXPERIENCE\n\u2022 Trained models in PyTorch for ranking and search\n");
    int at = r.text().indexOf("PyTorch");
    var hit =
        new dev.rolefit.match.Hit(
            at,
            at + 7,
            -1,
            dev.rolefit.model.SectionKind.EXPERIENCE,
            dev.rolefit.model.MatchType.EXACT);
    String narrow = Scorer.quote(r, hit, dev.rolefit.model.MatchType.EXACT, 3).text();
    String wide = Scorer.quote(r, hit, dev.rolefit.model.MatchType.EXACT, 60).text();
    assertTrue(narrow.contains("PyTorch") && narrow.length() <= 7 + 6, narrow);
    assertTrue(wide.length() > narrow.length() && wide.contains("ranking"), wide);
  }

  /** The posting match's numbers are read by the judge, through the profile its index holds. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{requiredWeight: 2.0,|{requiredWeight: 5.0,",
        "partlyCredit: 0.5,|partlyCredit: 0.1,",
        "wordsMet: 0.5,|wordsMet: 0.95,",
        "yearsPartly: 0.7,|yearsPartly: 0.1,",
      })
  void aChangedPostingNumberChangesTheMatch(String from, String to) throws Exception {
    RoleFit variant =
        RoleFit.builder().clock(TestSupport.CLOCK).profile(bundledWith(from, to)).build();
    String posting = posting();
    List<Double> base = new ArrayList<>();
    List<Double> changed = new ArrayList<>();
    for (String cv : List.of("nlp-mid-scientist.txt", "applied-entry-scientist.txt")) {
      String text = read(Path.of("../examples/resumes", cv));
      base.add(match(TestSupport.roleFit(), text, posting));
      changed.add(match(variant, text, posting));
    }
    assertNotEquals(base, changed, from + " -> " + to + " changed no posting match");
  }

  private static double match(RoleFit rf, String cv, String posting) throws Exception {
    byte[] bytes = cv.getBytes(StandardCharsets.UTF_8);
    return rf.analyze(bytes, "cv.txt", Target.of(Level.MID, "nlp"), posting).posting().match();
  }

  private static String posting() {
    return read(Path.of("../examples/postings/nlp-scientist-posting.txt"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
