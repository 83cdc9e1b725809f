package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.report.ReportFormat;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolefit analyze}: score one resume. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Score one resume (PDF, DOCX, DOC or text; '-' reads stdin) against a target.",
    footer = ExitCodes.HELP)
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.ParentCommand Main parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The resume, or - for stdin.")
  String file;

  @Mixin TargetOptions targeting;

  @Option(
      names = "--job",
      paramLabel = "POSTING",
      description =
          "A job posting (text, PDF or DOCX): also report which of its requirements"
              + " the resume meets.")
  Path job;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the report to this file instead of stdout.")
  Path output;

  @Override
  public Integer call() throws Exception {
    RoleFit rolefit = targeting.roleFit();
    Target target = targeting.target();
    FitReport report;
    if (job != null) {
      if ("-".equals(file)) {
        throw new UsageException("--job needs a resume file, not stdin");
      }
      report = rolefit.analyze(Path.of(file), target, posting(rolefit, job));
    } else if ("-".equals(file)) {
      report = rolefit.analyze(parent.stdin, "-", target);
    } else {
      report = rolefit.analyze(Path.of(file), target);
    }
    write(
        report,
        format,
        output,
        spec.commandLine().getOut(),
        parent.terminal.colorOnStdout(),
        rolefit.profile());
    return ExitCodes.OK;
  }

  /**
   * A job posting's text, read as a resume is (text, PDF or DOCX); an empty one is a usage error
   * before any resume is read.
   */
  static String posting(RoleFit rolefit, Path job) throws java.io.IOException, DocumentException {
    String text = rolefit.extract(job).text();
    if (text.isBlank()) {
      throw new UsageException("the job posting is empty: " + job);
    }
    return text;
  }

  static void write(
      FitReport report,
      ReportFormat format,
      Path output,
      java.io.PrintWriter out,
      boolean color,
      dev.rolefit.profile.RoleProfile profile)
      throws java.io.IOException {
    if (output == null) {
      // Coloured text keeps its codes: the text report itself strips resume text of controls.
      Writer w = color && format == ReportFormat.TEXT ? out : safe(format, out);
      format.writer(color, profile).write(report, w);
      w.flush();
      return;
    }
    OutputFile.write(
        output,
        w -> {
          Writer safe = safe(format, w);
          format.writer(false, profile).write(report, safe);
          safe.flush();
        });
  }

  /** JSON escaped inside its strings (still exact), every other format with visible escapes. */
  private static Writer safe(ReportFormat format, Writer w) {
    return format == ReportFormat.JSON ? TerminalSafe.json(w) : TerminalSafe.text(w);
  }
}
