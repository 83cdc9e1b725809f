package dev.rolefit.cli;

import dev.rolefit.eval.Evaluation;
import dev.rolefit.eval.Evaluator;
import dev.rolefit.report.JsonReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolefit eval}: agreement with a labelled set of resumes. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate on a labelled CSV (file,ml_related,level,specialization; paths relative"
            + " to the CSV): ROC AUC of ML vs non-ML, specialization and level accuracy, confusion"
            + " matrices and each file's scores.",
    footer = ExitCodes.HELP)
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LABELS.csv", description = "The labels file.")
  Path labels;

  @Option(names = "--profile", paramLabel = "YAML", description = "A role profile file.")
  Path profile;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  ExtractCommand.Format format;

  @Override
  public Integer call() throws Exception {
    if (!java.nio.file.Files.isRegularFile(labels)) {
      throw new java.nio.file.NoSuchFileException(labels.toString());
    }
    Evaluation e = new Evaluator(Profiles.roleFit(profile)).evaluate(labels);
    PrintWriter out = spec.commandLine().getOut();
    if (format == ExtractCommand.Format.json) {
      out.println(JsonReportWriter.mapper().writeValueAsString(e));
    } else {
      out.printf(Locale.ROOT, "files %d (failed %d)%n", e.files(), e.failed());
      out.printf(Locale.ROOT, "ROC AUC (ML vs non-ML, overall score): %.3f%n", e.rocAuc());
      out.printf(Locale.ROOT, "top-1 specialization accuracy: %.3f%n", e.specializationAccuracy());
      out.printf(Locale.ROOT, "level accuracy: %.3f%n%n", e.levelAccuracy());
      matrix(out, "specialization (rows: label, columns: predicted)", e.specializationConfusion());
      matrix(out, "level (rows: label, columns: predicted)", e.levelConfusion());
      out.printf(
          Locale.ROOT,
          "%-40s %-5s %-7s %-24s %7s %-7s %-24s%n",
          "file",
          "ml",
          "level",
          "specialization",
          "overall",
          "est.",
          "best");
      for (Evaluation.Row r : e.rows()) {
        out.printf(
            Locale.ROOT,
            "%-40s %-5s %-7s %-24s %7.1f %-7s %-24s%s%n",
            r.file(),
            r.mlRelated(),
            r.level(),
            r.specialization(),
            r.overall(),
            r.estimatedLevel(),
            r.bestSpecialization(),
            r.error().isEmpty() ? "" : " error: " + r.error());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void matrix(PrintWriter out, String title, Map<String, Map<String, Integer>> m) {
    TreeSet<String> cols = new TreeSet<>();
    m.values().forEach(row -> cols.addAll(row.keySet()));
    cols.addAll(m.keySet());
    out.println(title);
    out.printf(Locale.ROOT, "  %-24s", "");
    cols.forEach(c -> out.printf(Locale.ROOT, " %8.8s", c));
    out.println();
    for (var row : m.entrySet()) {
      out.printf(Locale.ROOT, "  %-24s", row.getKey());
      cols.forEach(c -> out.printf(Locale.ROOT, " %8d", row.getValue().getOrDefault(c, 0)));
      out.println();
    }
    out.println();
  }
}
