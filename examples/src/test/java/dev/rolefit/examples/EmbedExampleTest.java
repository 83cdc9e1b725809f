package dev.rolefit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.Level;
import dev.rolefit.RoleFit;
import dev.rolefit.Target;
import dev.rolefit.report.FitReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbedExampleTest {

  @Test
  void summarizesTheBundledTextSample() throws Exception {
    Path sample = Path.of("resumes/applied-entry-scientist.txt");
    FitReport report = RoleFit.create().analyze(sample, Target.of(Level.ENTRY, "applied"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EmbedExample.summarize(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("applied-entry-scientist.txt: "), out);
    assertTrue(out.contains("as entry applied"), out);
    assertTrue(out.contains("  + "), "at least one quoted piece of evidence: " + out);
  }
}
