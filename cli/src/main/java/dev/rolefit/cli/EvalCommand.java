package dev.rolefit.cli;

import dev.rolefit.eval.Evaluation;
import dev.rolefit.eval.Evaluator;
import dev.rolefit.eval.EvidenceEvaluator;
import dev.rolefit.report.JsonReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

  @picocli.CommandLine.Mixin ProfileOptions profiles;

  @Option(
      names = "--months",
      paramLabel = "CSV",
      description =
          "Hand-counted professional months (columns file, professional_months) to compare the"
              + " parsed months with.")
  Path months;

  @Option(
      names = "--evidence",
      paramLabel = "CSV",
      description =
          "A hiring manager's verdicts on the quoted evidence (file,kind,id,verdict): prints the"
              + " precision of found and listed skills and of covered responsibilities.")
  Path evidence;

  @Option(
      names = "--rank-level",
      paramLabel = "LEVEL",
      description =
          "Also score each ML resume at this level (entry, mid, senior) with its own"
              + " specialization, and print how well that ranks resumes of the level above those of"
              + " the farthest level (AUC).")
  String rankLevel;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ExtractCommand.Format format;

  @Override
  public Integer call() throws Exception {
    requireFile(labels);
    if (evidence != null) {
      return evidence();
    }
    if (dev.rolefit.eval.PostingEvaluator.isPostingSet(labels)) {
      return postings();
    }
    return resumes();
  }

  private static void requireFile(Path file) throws java.nio.file.NoSuchFileException {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
  }

  /** Resume mode: how well scores, specializations and levels agree with the labels. */
  private int resumes() throws Exception {
    java.util.Map<String, Integer> hand =
        months == null ? java.util.Map.of() : Evaluator.readHandMonths(months);
    dev.rolefit.model.Level rank =
        rankLevel == null
            ? null
            : UsageException.parsing(() -> dev.rolefit.model.Level.of(rankLevel));
    Evaluation e = new Evaluator(profiles.roleFit()).evaluate(labels, hand, rank);
    PrintWriter out = results();
    if (writeJson(out, e)) {
      return ExitCodes.OK;
    }
    summary(out, e);
    out.println();
    matrix(out, "specialization (rows: label, columns: predicted)", e.specializationConfusion());
    matrix(out, "level (rows: label, columns: predicted)", e.levelConfusion());
    classes(out, "specialization", e.specializationClasses());
    classes(out, "level", e.levelClasses());
    calibration(out, e.calibration());
    worstMisses(out, e.rows());
    fileTable(out, e.rows());
    out.flush();
    return ExitCodes.OK;
  }

  /** How many resumes get a primary specialization, and how often the label is primary or next. */
  private static void fits(PrintWriter out, List<Evaluation.Row> rows) {
    int ml = 0;
    int mlPrimary = 0;
    int labelled = 0;
    int nonMl = 0;
    int nonMlPrimary = 0;
    for (Evaluation.Row r : rows) {
      if (!r.error().isEmpty()) {
        continue;
      }
      if (r.mlRelated()) {
        ml++;
        mlPrimary += r.primary().isEmpty() ? 0 : 1;
        boolean named =
            r.specialization().equals(r.primary()) || r.specialization().equals(r.secondary());
        labelled += named && !r.specialization().isEmpty() ? 1 : 0;
      } else {
        nonMl++;
        nonMlPrimary += r.primary().isEmpty() ? 0 : 1;
      }
    }
    out.printf(
        Locale.ROOT,
        "primary specialization given: ML %d of %d, non-ML %d of %d;"
            + " labelled one read as primary or secondary: %d of %d%n",
        mlPrimary,
        ml,
        nonMlPrimary,
        nonMl,
        labelled,
        ml);
  }

  /** The headline numbers: AUC, accuracies and the months check. */
  private static void summary(PrintWriter out, Evaluation e) {
    out.printf(Locale.ROOT, "files %d (failed %d)%n", e.files(), e.failed());
    out.printf(Locale.ROOT, "ROC AUC (ML vs non-ML, overall score): %.3f%n", e.rocAuc());
    out.printf(Locale.ROOT, "top-1 specialization accuracy: %.3f%n", e.specializationAccuracy());
    if (e.rows().stream().anyMatch(r -> !r.secondarySpecialization().isEmpty())) {
      out.printf(
          Locale.ROOT, "top-2 specialization accuracy: %.3f%n", e.top2SpecializationAccuracy());
    }
    fits(out, e.rows());
    out.printf(Locale.ROOT, "level accuracy: %.3f%n", e.levelAccuracy());
    if (!e.rankLevel().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "level ranking AUC at --level %s, own specialization (%s over %s): %.3f%n",
          e.rankLevel(),
          e.rankLevel(),
          e.rankLevel().equals("entry") ? "senior" : "entry",
          e.levelRankingAuc());
    }
    out.printf(Locale.ROOT, "files with all text in one section: %d%n", e.oneSection());
    if (e.months().counted() > 0) {
      out.printf(
          Locale.ROOT,
          "professional months within 12 months or 20%% of the hand count: %d/%d"
              + " (median error %.1f, mean %.1f months)%n",
          e.months().close(),
          e.months().counted(),
          e.months().medianError(),
          e.months().meanError());
    }
  }

  /** One row per file: its labels beside what was read. */
  private static void fileTable(PrintWriter out, List<Evaluation.Row> rows) {
    out.printf(
        Locale.ROOT,
        "%-40s %-5s %-7s %-24s %7s %-7s %-24s %6s %6s%n",
        "file",
        "ml",
        "level",
        "specialization",
        "overall",
        "est.",
        "best",
        "months",
        "hand");
    for (Evaluation.Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-40s %-5s %-7s %-24s %7.1f %-7s %-24s %6d %6s%s%n",
          r.file(),
          r.mlRelated(),
          r.level(),
          r.specialization(),
          r.overall(),
          r.estimatedLevel(),
          r.bestSpecialization(),
          r.months(),
          r.handMonths() < 0 ? "" : (r.monthsClose() ? "" : "*") + r.handMonths(),
          r.error().isEmpty() ? "" : " error: " + r.error());
    }
  }

  private int evidence() throws Exception {
    requireFile(evidence);
    EvidenceEvaluator.Result e =
        new EvidenceEvaluator(profiles.roleFit()).evaluate(labels, evidence);
    PrintWriter out = results();
    if (writeJson(out, e)) {
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "resumes with verdicts: %d%n", e.resumes());
    out.printf(
        Locale.ROOT, "found skills judged shown: %.3f of %d%n", e.foundPrecision(), e.foundCount());
    out.printf(
        Locale.ROOT,
        "listed skills judged shown or listed: %.3f of %d%n",
        e.listedPrecision(),
        e.listedCount());
    out.printf(
        Locale.ROOT,
        "weak skills judged shown or listed: %.3f of %d%n",
        e.weakPrecision(),
        e.weakCount());
    out.printf(
        Locale.ROOT,
        "responsibilities at coverage >= 0.5: %d, judged yes or partly %.3f, yes %.3f%n",
        e.coveredCount(),
        e.coveredRight(),
        e.coveredYes());
    out.printf(
        Locale.ROOT,
        "responsibilities judged yes: %d, covered at >= 0.5: %.3f%n",
        e.yesCount(),
        e.yesRecall());
    if (!e.unjudged().isEmpty()) {
      out.printf(Locale.ROOT, "reported without a verdict: %s%n", String.join(", ", e.unjudged()));
    }
    for (var row : e.errors().entrySet()) {
      out.println(row.getKey());
      row.getValue().forEach(w -> out.println("  " + w));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void classes(PrintWriter out, String title, List<Evaluation.ClassScore> cs) {
    out.printf(
        Locale.ROOT,
        "%s per class: %-24s %9s %9s %9s %9s%n",
        title,
        "",
        "labelled",
        "predicted",
        "precision",
        "recall");
    for (Evaluation.ClassScore c : cs) {
      out.printf(
          Locale.ROOT,
          "  %-39s %9d %9d %9.3f %9.3f%n",
          c.label(),
          c.support(),
          c.predicted(),
          c.precision(),
          c.recall());
    }
    out.println();
  }

  private static void calibration(PrintWriter out, List<Evaluation.Calibration> cal) {
    if (cal.isEmpty()) {
      return;
    }
    out.println("calibration: overall score at each resume's labelled level and specialization");
    out.printf(
        Locale.ROOT,
        "  %-10s %5s %6s %6s %6s %6s %6s  %s%n",
        "class",
        "n",
        "min",
        "q1",
        "median",
        "q3",
        "max",
        "bands");
    for (Evaluation.Calibration c : cal) {
      out.printf(
          Locale.ROOT,
          "  %-10s %5d %6.1f %6.1f %6.1f %6.1f %6.1f  %s%n",
          c.group(),
          c.count(),
          c.min(),
          c.q1(),
          c.median(),
          c.q3(),
          c.max(),
          c.bands());
    }
    out.println();
  }

  /** The ten ML resumes read most wrongly: levels apart first, then specialization misses. */
  private static void worstMisses(PrintWriter out, List<Evaluation.Row> rows) {
    List<String> order = List.of("entry", "mid", "senior");
    List<Evaluation.Row> misses =
        rows.stream()
            .filter(r -> r.mlRelated() && r.error().isEmpty())
            .filter(
                r ->
                    !r.estimatedLevel().equals(r.level())
                        || !r.bestSpecialization().equals(r.specialization()))
            .sorted(
                java.util.Comparator.comparingInt(
                        (Evaluation.Row r) ->
                            -(Math.abs(order.indexOf(r.estimatedLevel()) - order.indexOf(r.level()))
                                + (r.bestSpecialization().equals(r.specialization()) ? 0 : 1)
                                + (r.secondBest().equals(r.specialization())
                                        || r.bestSpecialization().equals(r.specialization())
                                    ? 0
                                    : 1)))
                    .thenComparing(Evaluation.Row::file))
            .limit(10)
            .toList();
    if (misses.isEmpty()) {
      return;
    }
    out.println("worst misses (label -> read, with what decided it)");
    for (Evaluation.Row r : misses) {
      out.printf(
          Locale.ROOT,
          "  %s: level %s -> %s; specialization %s -> %s%n    specializations: %s%n"
              + "    level signals: %s%n",
          r.file(),
          r.level(),
          r.estimatedLevel(),
          r.specialization(),
          r.bestSpecialization(),
          r.topSpecializations(),
          String.join("; ", r.levelSignals()));
    }
    out.println();
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

  /** File names and resume text reach a terminal: controls shown as escapes, JSON kept exact. */
  private PrintWriter results() {
    return TerminalSafe.results(spec.commandLine().getOut(), format == ExtractCommand.Format.json);
  }

  /** Writes a result as JSON when that is the format asked for; true when written. */
  private boolean writeJson(PrintWriter out, Object result) throws java.io.IOException {
    if (format != ExtractCommand.Format.json) {
      return false;
    }
    out.println(JsonReportWriter.mapper().writeValueAsString(result));
    out.flush();
    return true;
  }

  /** Job-posting mode on a labelled set of posting/resume pairs. */
  private int postings() throws Exception {
    var e = new dev.rolefit.eval.PostingEvaluator(profiles.roleFit()).evaluate(labels);
    PrintWriter out = results();
    if (writeJson(out, e)) {
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "pairs %d, labelled requirements %d%n", e.pairs(), e.labelled());
    out.printf(Locale.ROOT, "requirement status accuracy: %.3f%n", e.accuracy());
    out.printf(Locale.ROOT, "requirements found in the posting: %.3f%n", e.found());
    out.printf(
        Locale.ROOT, "required/preferred right (of those found): %.3f%n", e.requiredAccuracy());
    out.printf(
        Locale.ROOT,
        "non-requirement lines reported as requirements: %d of %d%n",
        e.spurious(),
        e.nonRequirements());
    for (String s : e.spuriousLines()) {
      out.println("  spurious: " + s);
    }
    out.println();
    matrix(out, "status (rows: label, columns: predicted)", e.confusion());
    out.println("accuracy by labelled kind:");
    e.kindAccuracy().forEach((k, v) -> out.printf(Locale.ROOT, "  %-20s %.3f%n", k, v));
    out.println();
    out.println("misses (posting | resume | requirement | label -> predicted | reason):");
    for (var r : e.rows()) {
      if (!r.correct()) {
        out.printf(
            Locale.ROOT,
            "  %s | %s | %s | %s -> %s | %s%n",
            r.posting(),
            r.resume(),
            r.requirement(),
            r.truth(),
            r.predicted(),
            r.reason());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
