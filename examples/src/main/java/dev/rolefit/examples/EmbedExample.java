package dev.rolefit.examples;

import dev.rolefit.Level;
import dev.rolefit.RoleFit;
import dev.rolefit.Target;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.report.FitReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The README's embedding example as a compiled, tested program: analyse one resume and print the
 * score, the strongest evidence and the top gaps.
 */
public final class EmbedExample {
  private EmbedExample() {}

  /**
   * Runs the example.
   *
   * @param args the resume path, then optionally the level and the specialization
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length < 1) {
      out.println("usage: EmbedExample RESUME [LEVEL SPECIALIZATION]");
      return;
    }
    Target target = args.length >= 3 ? Target.of(Level.of(args[1]), args[2]) : Target.auto();
    try {
      summarize(RoleFit.create().analyze(Path.of(args[0]), target), out);
    } catch (DocumentException e) {
      out.println("cannot score " + args[0] + ": " + e.getMessage() + " [" + e.kind() + "]");
    }
  }

  /**
   * Prints a short summary of a report.
   *
   * @param report the report
   * @param out where to print
   */
  public static void summarize(FitReport report, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%s: %.1f/100 (%s) as %s %s%n",
        report.document().file(),
        report.score().overall(),
        report.score().band(),
        report.target().level(),
        report.target().specialization());
    report.skills().stream()
        .filter(s -> s.status().equals("found"))
        .limit(5)
        .forEach(
            s -> out.printf(Locale.ROOT, "  + %s: \"%s\"%n", s.name(), s.evidence().get(0).text()));
    report.gaps().stream().limit(3).forEach(g -> out.printf(Locale.ROOT, "  - %s%n", g.message()));
  }
}
