package dev.rolefit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.Target;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the whole pipeline, extract and analyze, with Jazzer: any input ends
 * in a report or a typed {@link DocumentException}, never another exception.
 *
 * <p>The default test run fuzzes briefly from the seeds in {@code AnalyzeFuzzTestInputs} (the
 * team's fixtures; Jazzer also saves findings there, and every saved finding is replayed as a
 * regression case from then on). A longer run: {@code mvn -pl core verify -Dfuzz.seconds=600}.
 */
class AnalyzeFuzzTest {
  private static final RoleFit ROLEFIT = TestSupport.roleFit();

  @FuzzTest(maxDuration = "30s")
  void anyBytesGiveAReportOrATypedError(byte[] input) throws IOException {
    try {
      ROLEFIT.analyze(input, "fuzz-input", Target.auto());
    } catch (DocumentException expected) {
      // A typed refusal (corrupt, encrypted, over a limit, no text) is a valid outcome.
    }
  }
}
