package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rolefit.TestSupport;
import dev.rolefit.match.Hit;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.Level;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.Target;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matched words' offsets within each quote ({@link Evidence#matchStart()}) and the target's own
 * skills ({@link SkillResult#core()}), which the reports highlight and count.
 */
class EvidenceMarkTest {

  @ParameterizedTest
  @CsvSource({
    "applied-entry-scientist.txt, entry, applied",
    "deep-learning-senior-scientist.txt, senior, deep-learning",
    "nlp-mid-scientist.txt, mid, nlp",
    "non-ml-project-manager.txt, mid, applied",
  })
  void everySkillQuoteMarksTheWordsThatMatched(String sample, String level, String spec)
      throws Exception {
    Path file = Path.of("../examples/resumes", sample);
    String text = TestSupport.roleFit().extract(file).text();
    FitReport r = TestSupport.roleFit().analyze(file, Target.of(Level.of(level), spec));
    int checked = 0;
    for (SkillResult s : r.skills()) {
      for (Evidence e : s.evidence()) {
        assertTrue(
            0 <= e.matchStart()
                && e.matchStart() < e.matchEnd()
                && e.matchEnd() <= e.text().length(),
            s.id() + ": " + e);
        String marked = e.text().substring(e.matchStart(), e.matchEnd());
        assertEquals(fold(text.substring(e.start(), e.end())), marked, s.id());
        checked++;
      }
    }
    assertTrue(checked > 0 || sample.startsWith("non-ml"), "some evidence checked");
  }

  @Test
  void aLongBulletIsCutAroundTheMatchAndStillMarksIt() {
    String words = "word  \t".repeat(60);
    String text = "EXPERIENCE\n- Trained " + words + "PyTorch\n  models " + words + "daily\n";
    Resume r = TestSupport.resume(text);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("PyTorch\\s+models").matcher(r.text());
    assertTrue(m.find(), r.text());
    int seg = segmentAt(r, m.start());
    Hit hit = new Hit(m.start(), m.end(), seg, r.segments().get(seg).section(), MatchType.EXACT);
    Evidence e = Scorer.quote(r, hit, MatchType.EXACT, 60);
    assertTrue(e.text().startsWith("\u2026") && e.text().endsWith("\u2026"), e.text());
    assertFalse(e.text().contains("  "), "white space folded");
    assertEquals("PyTorch models", e.text().substring(e.matchStart(), e.matchEnd()));
  }

  @Test
  void anySpanOfABulletMapsToTheSameWordsInTheQuote() {
    Resume r =
        TestSupport.resume("EXPERIENCE\n- Built  a   model\tin PyTorch,\n  served it with ONNX\n");
    int seg = segmentAt(r, r.text().indexOf("Built"));
    Segment s = r.segments().get(seg);
    qt().withExamples(300)
        .forAll(integers().between(s.start(), s.end()), integers().between(0, 40))
        .check(
            (from, len) -> {
              int to = Math.min(s.end(), from + len);
              Evidence e =
                  Scorer.quote(
                      r, new Hit(from, to, seg, s.section(), MatchType.EXACT), MatchType.EXACT, 60);
              String want = fold(r.text().substring(from, to)).strip();
              String got = e.text().substring(e.matchStart(), e.matchEnd()).strip();
              return e.matchStart() <= e.matchEnd() && want.equals(got);
            });
  }

  @ParameterizedTest
  @CsvSource({"nlp-mid-scientist.txt, mid, nlp", "applied-entry-scientist.txt, entry, theoretical"})
  void coreSkillsAreTheRequiredOnesAndTheHeaviestPreferredOnes(
      String sample, String level, String spec) throws Exception {
    FitReport r =
        TestSupport.roleFit()
            .analyze(Path.of("../examples/resumes", sample), Target.of(Level.of(level), spec));
    double saturation = TestSupport.roleFit().profile().scoring().preferredSaturation();
    List<SkillResult> preferred =
        r.skills().stream()
            .filter(s -> !s.required())
            .sorted(Comparator.comparingDouble((SkillResult s) -> -s.weight()))
            .toList();
    double total = preferred.stream().mapToDouble(SkillResult::weight).sum();
    double core = 0;
    double lightestCore = Double.MAX_VALUE;
    double heaviestOther = 0;
    for (SkillResult s : r.skills()) {
      if (s.required()) {
        assertTrue(s.core(), s.id() + " is required, so core");
      } else if (s.core()) {
        core += s.weight();
        lightestCore = Math.min(lightestCore, s.weight());
      } else {
        heaviestOther = Math.max(heaviestOther, s.weight());
      }
    }
    assertTrue(core >= saturation * total - 1e-9, "core preferred weight reaches saturation");
    assertTrue(core - lightestCore < saturation * total, "and no more than it needs");
    assertTrue(heaviestOther <= lightestCore, "no skill left out outweighs one kept");
    long n = r.skills().stream().filter(SkillResult::core).count();
    assertTrue(n > 20 && n < r.skills().size() / 2, "a few dozen, not hundreds: " + n);
  }

  private static int segmentAt(Resume r, int offset) {
    for (int i = 0; i < r.segments().size(); i++) {
      Segment s = r.segments().get(i);
      if (s.start() <= offset && offset < s.end()) {
        return i;
      }
    }
    throw new AssertionError("no segment at " + offset);
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
