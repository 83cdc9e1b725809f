package dev.rolefit.report;

import dev.rolefit.TestSupport;
import dev.rolefit.fixtures.Golden;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: the whole JSON report of a sample resume, byte for byte (the per-feature goldens
 * are {@link FeatureGoldenTest}'s). After an intended change of profile or scoring, regenerate with
 * {@code -Drolefit.golden.update=true} and review the diff.
 */
class GoldenReportTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dev/rolefit/golden");

  @ParameterizedTest
  @CsvSource({
    "applied-entry-scientist.txt, entry, applied",
    "non-ml-project-manager.txt, mid, applied",
  })
  void jsonReportMatchesTheGoldenFile(String sample, String level, String spec) throws Exception {
    var report =
        TestSupport.roleFit()
            .analyze(Path.of("../examples/resumes", sample), Target.of(Level.of(level), spec));
    StringWriter w = new StringWriter();
    new JsonReportWriter().write(report, w);
    Golden.assertMatches(GOLDEN.resolve(sample.replace(".txt", ".json")), w.toString());
  }
}
