package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A document that overruns its time budget ends in a typed error, and its worker thread ends soon
 * after the deadline: extractors check the deadline as they go and stop, so an abandoned worker
 * does not keep burning CPU or holding memory once the caller has its answer.
 */
class AbandonedWorkerTest {
  private static final long WORKER_END_MILLIS = 2000;

  @Test
  void plainTextWorkerStopsAtItsDeadline() throws Exception {
    // A line that once took a backtracking regex 16 s, then a page of two million rule lines.
    String text = "[](".repeat(50_000) + "\f" + "---\n".repeat(2_000_000);
    overrunsAndStops(text.getBytes(StandardCharsets.UTF_8), Duration.ofMillis(200));
  }

  @Test
  void docxWorkerStopsAtItsDeadline() throws Exception {
    overrunsAndStops(HostileOffice.manyEmptyParagraphs(350_000), Duration.ofMillis(200));
  }

  @Test
  void pdfWorkerStopsAtItsDeadline() throws Exception {
    overrunsAndStops(Fixtures.manyPagesPdf(45), Duration.ofMillis(1));
  }

  private static void overrunsAndStops(byte[] doc, Duration budget) throws Exception {
    int before = workers();
    DocumentExtractor extractor =
        new DocumentExtractor(ExtractionLimits.defaults().withTimeout(budget));
    long deadline = System.nanoTime() + budget.toNanos();
    assertThrows(LimitExceededException.class, () -> extractor.extract(doc));
    long stop = deadline + TimeUnit.MILLISECONDS.toNanos(WORKER_END_MILLIS);
    while (workers() > before && System.nanoTime() - stop < 0) {
      Thread.sleep(10);
    }
    long late = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - deadline);
    assertTrue(
        workers() <= before,
        () -> "extraction workers still running " + late + " ms after the deadline");
  }

  /** Live extraction workers (and the watchers of abandoned ones). */
  private static int workers() {
    int n = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("rolefit-extract-")) {
        n++;
      }
    }
    return n;
  }
}
