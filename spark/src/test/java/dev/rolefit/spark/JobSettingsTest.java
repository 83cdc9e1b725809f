package dev.rolefit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's target options and command line, checked on the driver before Spark starts. */
class JobSettingsTest {

  @Test
  void targetOptionsReadAsBatchReadsThem() throws Exception {
    assertEquals(Target.auto(), JobSettings.of(null, null, null).target());
    assertEquals(
        Target.of(Level.SENIOR, "reinforcement-learning"),
        JobSettings.of(" Senior", "RL", null).target());
    assertEquals(
        Target.auto().withSpecialization("deep-learning"),
        JobSettings.of(null, "dl", null).target());
  }

  @Test
  void unknownValuesListTheValidOnes() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> JobSettings.of(null, "quantum", null));
    assertTrue(e.getMessage().contains("reinforcement-learning (rl"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JobSettings.of("principal", null, null));
  }

  @Test
  void badOptionsAreUsageErrorsBeforeSparkStarts() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(new String[] {"in", "out", "--specialization", "quantum"}, new PrintWriter(err));
    assertEquals(Main.USAGE, code, err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("rolefit-spark: unknown specialization 'quantum'"));
    for (List<String> args : List.of(List.of("in", "out", "--format", "csv"), List.of("in"))) {
      assertEquals(
          Main.USAGE,
          Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter())),
          args.toString());
    }
  }

  @Test
  void resumesAreTheFilesBatchsWalkPicks() {
    assertTrue(ResumeListing.isResume("cv.pdf"));
    assertTrue(ResumeListing.isResume("team/cv.DOCX "));
    assertTrue(!ResumeListing.isResume("README.md"));
    assertTrue(!ResumeListing.isResume(".drafts/cv.pdf"));
    assertTrue(!ResumeListing.isResume("photos/cv.jpg"));
    assertTrue(
        new ResumeListing.Entry("x", 1, "team/a.txt")
                .walkOrder()
                .compareTo(new ResumeListing.Entry("y", 1, "team b.txt").walkOrder())
            < 0);
  }
}
