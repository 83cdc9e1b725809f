package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Random damage to valid documents yields a document or a typed error, in time, every time. */
class MutationPropertyTest {
  private static final Duration BUDGET = Duration.ofSeconds(2);
  private static final DocumentExtractor EXTRACTOR =
      new DocumentExtractor(ExtractionLimits.defaults().withTimeout(BUDGET));
  private static final byte[] PDF = ResumeRenderer.pdf(Fixtures.SOURCE);
  private static final byte[] DOCX = ResumeRenderer.docx(Fixtures.SOURCE);

  private static void extractsOrFailsTyped(byte[] doc) {
    long t0 = System.nanoTime();
    try {
      ExtractedDocument d = EXTRACTOR.extract(doc);
      assertTrue(d.text().length() <= ExtractionLimits.defaults().maxCharacters());
    } catch (DocumentException expected) {
      // A typed error is a valid outcome for a damaged file.
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < BUDGET.toMillis() + 1000, "took " + ms + " ms");
  }

  @Test
  void mutatedPdfs() {
    qt().withExamples(60)
        .withFixedSeed(20260101L)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, edits) -> extractsOrFailsTyped(Fixtures.mutate(PDF, seed, edits)));
  }

  @Test
  void mutatedDocx() {
    qt().withExamples(60)
        .withFixedSeed(20260102L)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, edits) -> extractsOrFailsTyped(Fixtures.mutate(DOCX, seed, edits)));
  }

  @Test
  void randomBytes() {
    qt().withExamples(40)
        .withFixedSeed(20260103L)
        .forAll(longs().all(), integers().between(1, 5000))
        .checkAssert((seed, n) -> extractsOrFailsTyped(Fixtures.randomBytes(n, seed)));
  }
}
