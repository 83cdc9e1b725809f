package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.model.Target;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.dsl.TheoryBuilder3;

/**
 * Short fragments repeated up to 50,000 times (the shapes that make backtracking regular
 * expressions quadratic) go through the text pipeline in seconds and end in a document or a typed
 * error about the document itself, never a timeout or a "damaged file" from a stack overflow. A
 * guard against super-linear text handling, not a benchmark: the bound is generous.
 */
class PathologicalTextPropertyTest {
  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final int MAX_REPEATS = 50_000;
  private static final List<String> FRAGMENTS =
      List.of(
          "[](",
          "![",
          "[a](",
          "**",
          "__",
          "**a ",
          "_a ",
          "((((",
          "- - -",
          "\u2022 ",
          "2019 - 2020 ",
          "# ",
          "#\t",
          "`",
          "1",
          "page 1",
          "x ");
  // One endless word: dots the sentence detector tries one by one, a fraction slash icon fonts
  // leave.
  private static final List<String> LONG_WORDS = List.of("a@b.", "a.b.c.", "1\u20442", "x!?");
  private static final DocumentExtractor EXTRACTOR =
      new DocumentExtractor(ExtractionLimits.defaults());

  @Test
  void repeatedFragmentsAreExtractedInTime() {
    fragmentPairs(60, 20260413L).checkAssert((a, b, n) -> extractsInTime(text(a, b, n)));
  }

  @Test
  void eachFragmentAtTheMostRepeatsIsExtractedInTime() {
    for (String f : FRAGMENTS) {
      extractsInTime(f.repeat(MAX_REPEATS));
    }
    for (String f : LONG_WORDS) {
      extractsInTime(f.repeat(MAX_REPEATS));
    }
  }

  @Test
  void aResumeWithOneEndlessWordIsAnalysedInTime() {
    RoleFit rolefit = TestSupport.roleFit();
    for (String f : LONG_WORDS) {
      byte[] doc = (Fixtures.SOURCE + "\n" + f.repeat(MAX_REPEATS) + "\n").getBytes(UTF8);
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            try {
              rolefit.analyze(doc, "endless-word.txt", Target.auto());
            } catch (DocumentException e) {
              assertTyped(e, doc.length);
            }
          },
          () -> f + " x " + MAX_REPEATS);
    }
  }

  @Test
  void aResumeWithAPathologicalLineIsAnalysedInTime() {
    RoleFit rolefit = TestSupport.roleFit();
    fragmentPairs(12, 20260414L)
        .checkAssert(
            (a, b, n) -> {
              byte[] doc = (Fixtures.SOURCE + "\n" + text(a, b, n) + "\n").getBytes(UTF8);
              assertTimeoutPreemptively(
                  BOUND,
                  () -> {
                    try {
                      rolefit.analyze(doc, "pathological.md", Target.auto());
                    } catch (DocumentException e) {
                      assertTyped(e, doc.length);
                    }
                  },
                  () -> describe(a, b, n));
            });
  }

  /** Two fragments and how often the pair repeats. */
  private static TheoryBuilder3<Integer, Integer, Integer> fragmentPairs(int examples, long seed) {
    return qt().withExamples(examples)
        .withFixedSeed(seed)
        .forAll(
            integers().between(0, FRAGMENTS.size() - 1),
            integers().between(0, FRAGMENTS.size() - 1),
            integers().between(1, MAX_REPEATS));
  }

  /** Two fragments side by side, repeated, on one line. */
  private static String text(int a, int b, int n) {
    return (FRAGMENTS.get(a) + FRAGMENTS.get(b)).repeat(n);
  }

  private static String describe(int a, int b, int n) {
    return "(" + FRAGMENTS.get(a) + FRAGMENTS.get(b) + ") x " + n;
  }

  private static void extractsInTime(String text) {
    byte[] doc = text.getBytes(UTF8);
    String what = text.substring(0, Math.min(24, text.length())) + "... (" + text.length() + ")";
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try {
            ExtractedDocument d = EXTRACTOR.extract(doc);
            assertTrue(d.text().length() <= ExtractionLimits.defaults().maxCharacters());
          } catch (DocumentException e) {
            assertTyped(e, doc.length);
          }
        },
        what);
  }

  /**
   * Text too long for the character limit, or with too few letters, is a fair outcome; running out
   * of time, or a parser failure reported as a damaged file, is not.
   */
  private static void assertTyped(DocumentException e, int length) {
    assertFalse(e instanceof CorruptDocumentException, () -> "reported as damaged: " + e);
    if (e instanceof LimitExceededException) {
      // The assembled text counts a line break after the last line, hence ">=".
      assertTrue(
          e.getMessage().contains("characters of text")
              && length >= ExtractionLimits.defaults().maxCharacters(),
          () -> "over a limit other than the text's length: " + e);
    }
  }
}
