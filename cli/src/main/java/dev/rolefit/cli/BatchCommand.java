package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.report.ResultRow;
import dev.rolefit.report.ResultRows;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rolefit batch}: scores every resume of a folder or list in parallel and ranks them.
 *
 * <p>Memory stays flat: at most two files per job are in flight, each finished report is cut down
 * to a {@link ResultRow} and appended to a spill file at once ({@link RowSpill}), and the heap
 * keeps 24 bytes per file for the final ranking. Every file given gets exactly one row: the main
 * thread alone records rows, one per submitted task, whatever the task ended with (a report, an
 * exception, an {@link OutOfMemoryError}); the batch never stops for one file.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Score every resume of a folder (recursively: pdf, docx, doc, txt, md; hidden files"
          + " and README, LICENSE, CHANGELOG, NOTICE skipped) or of a list file (@LIST: one path"
          + " per line), in parallel, and rank them best first.",
      "Every file given gets one row. Files that cannot be scored are rows with their error"
          + " kind and message (out of memory: limit_exceeded); entries the walk will not read"
          + " (FIFOs, devices, sockets, link loops, broken links, folders it cannot list, links"
          + " not followed) are rows of kind skipped. The batch goes on. Progress and a summary"
          + " (files given, rows written, failures by kind) go to stderr (not with --quiet)."
          + " Exit code 0 when the batch ran, even with failed rows.",
      "Rows say why: name, latest title, years, levels, best specialization, required skills"
          + " found, listed and missing, keyword stuffing (see the README for the columns)."
    },
    footer = ExitCodes.HELP)
final class BatchCommand implements Callable<Integer> {
  /** Output formats of batch. */
  enum Format {
    csv,
    jsonl,
    html
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main parent;

  @Parameters(
      index = "0",
      paramLabel = "DIR|@LIST",
      description = "A folder, or @FILE listing paths.")
  String input;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files analysed at once (default: one per core, ${DEFAULT-VALUE} here).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin TargetOptions targeting;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html is a"
              + " self-contained shortlist page.")
  Format format;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "Also write one HTML report per scored resume into DIR, each as its file finishes;"
              + " the html shortlist links to them.")
  Path reportDir;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Write only the N best scored rows (rows of files that failed still follow).")
  Integer top;

  @Option(
      names = "--min-score",
      paramLabel = "SCORE",
      description =
          "Write only scored rows with at least this overall score, 0 to 100 (rows of files that"
              + " failed still follow).")
  Double minScore;

  @Option(
      names = "--job",
      paramLabel = "POSTING",
      description =
          "A job posting (text, PDF or DOCX): score every resume also against its requirements,"
              + " as analyze --job does.")
  Path job;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary on stderr (errors still go there).")
  boolean quiet;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Write the ranked rows to this file instead of stdout (whole or not at all: written"
              + " beside it, then moved into place).")
  Path output;

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links to folders and to files outside DIR. Without it, a link to a"
              + " file inside DIR is read, and links to folders or to files outside DIR are"
              + " skipped rows.")
  boolean followLinks;

  private final FileAnalysis analysis;
  private final IntFunction<ExecutorService> pools;

  /** The command as picocli makes it: real analysis, one worker thread per job. */
  BatchCommand() {
    this(null, n -> Executors.newFixedThreadPool(n, BatchCommand::worker));
  }

  /**
   * A command with another per-file analysis (null: the real one, with --job and --report-dir) and
   * pool (tests inject failures through these).
   */
  BatchCommand(FileAnalysis analysis, IntFunction<ExecutorService> pools) {
    this.analysis = analysis;
    this.pools = pools;
  }

  /** Analyses one file into its row; whatever it throws becomes the file's failed row. */
  @FunctionalInterface
  interface FileAnalysis {
    ResultRow analyze(RoleFit rolefit, Target target, BatchInputs.Input in);
  }

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, was " + jobs);
    }
    if (top != null && top < 1) {
      throw new UsageException("--top must be at least 1, was " + top);
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 100)) {
      throw new UsageException("--min-score must be from 0 to 100, was " + minScore);
    }
    RoleFit rolefit = targeting.roleFit();
    Target target = targeting.target();
    String posting = job == null ? null : AnalyzeCommand.posting(rolefit, job);
    BatchInputs inputs = BatchInputs.of(input, followLinks);
    if (reportDir != null) {
      Files.createDirectories(reportDir);
    }
    PrintWriter err = spec.commandLine().getErr();
    long total = inputs.count();
    long start = System.nanoTime();
    BatchReports reports =
        reportDir == null ? null : new BatchReports(reportDir, rolefit.profile());
    FileAnalysis perFile =
        analysis != null ? analysis : (rf, t, in) -> analyze(rf, t, posting, reports, in);
    try (RowSpill spill = new RowSpill()) {
      Rows rows;
      try (BatchProgress progress =
          quiet
              ? BatchProgress.none()
              : BatchProgress.create(parent.terminal.stderrIsTerminal(), total, err)) {
        rows = new Rows(rolefit, target, spill, progress, perFile);
        rows.run(inputs);
      }
      long written = writeRanked(spill, rolefit, target, reports);
      double secs = (System.nanoTime() - start) / 1e9;
      if (!quiet) {
        summary(err, rows, spill, written, reports, secs);
      }
      // Each file given has its row by construction; a gap would be a bug, never a quiet loss.
      return rows.given == spill.size() ? ExitCodes.OK : ExitCodes.INTERNAL;
    }
  }

  /** Runs the files through the pool and records exactly one row for each file given. */
  private final class Rows {
    private final RoleFit rolefit;
    private final Target target;
    private final RowSpill spill;
    private final BatchProgress progress;
    private final FileAnalysis analysis;
    private final Map<String, Long> failures = new TreeMap<>();

    /** The tasks submitted and not yet recorded, each with its file. */
    private final Map<Future<ResultRow>, BatchInputs.Input> pending = new HashMap<>();

    private CompletionService<ResultRow> done;
    private long given;

    Rows(
        RoleFit rolefit,
        Target target,
        RowSpill spill,
        BatchProgress progress,
        FileAnalysis analysis) {
      this.rolefit = rolefit;
      this.target = target;
      this.spill = spill;
      this.progress = progress;
      this.analysis = analysis;
    }

    void run(BatchInputs inputs) throws IOException, InterruptedException {
      ExecutorService pool = pools.apply(jobs);
      try {
        done = new ExecutorCompletionService<>(pool);
        inputs.forEach(this::give);
        while (!pending.isEmpty()) {
          recordNext();
        }
      } finally {
        pool.shutdownNow();
      }
    }

    /** Gives one file to the pool; back-pressure: waits while 2 x jobs files are in flight. */
    private void give(BatchInputs.Input in) throws InterruptedException {
      given++;
      while (pending.size() >= 2 * jobs) {
        recordNext();
      }
      if (in.isSkipped()) {
        record(in, ResultRow.failed(in.seq(), in.display(), BatchInputs.SKIPPED, in.skipped()));
        return;
      }
      Future<ResultRow> task;
      try {
        task = done.submit(() -> analysis.analyze(rolefit, target, in));
      } catch (Throwable t) {
        // The pool could not take it (no thread could be started): the file's row says why.
        record(in, failed(in, t));
        return;
      }
      pending.put(task, in);
    }

    /** Records the next finished task; a task a failed submission left running is dropped. */
    private void recordNext() throws InterruptedException {
      Future<ResultRow> task = done.take();
      BatchInputs.Input in = pending.remove(task);
      if (in == null) {
        return;
      }
      ResultRow row = null;
      try {
        row = task.get();
      } catch (ExecutionException e) {
        row = failed(in, e.getCause());
      } finally {
        record(in, row);
      }
    }

    /** Stores a file's row; when that fails (out of memory), a minimal row keeps its place. */
    private void record(BatchInputs.Input in, ResultRow row) {
      ResultRow r =
          row != null
              ? row
              : ResultRow.failed(
                  in.seq(),
                  in.display(),
                  ResultRows.INTERNAL,
                  "the analysis ended without a result");
      try {
        spill.add(r);
      } catch (RuntimeException | Error e) {
        r =
            ResultRow.failed(
                in.seq(),
                in.display(),
                ResultRows.INTERNAL,
                "its row could not be stored: " + e.getClass().getSimpleName());
        spill.add(r);
      }
      if (!r.isOk()) {
        failures.merge(r.errorKind(), 1L, Long::sum);
      }
      progress.step(!r.isOk());
    }
  }

  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "rolefit-batch");
    t.setDaemon(true);
    return t;
  }

  /** Analyses one file; the document's own failures become its row. */
  static ResultRow analyze(RoleFit rolefit, Target target, BatchInputs.Input in) {
    return analyze(rolefit, target, null, null, in);
  }

  /**
   * Analyses one file, against a posting when there is one, and writes its HTML report when asked
   * (at once, so no report is kept); the document's own failures become its row.
   */
  static ResultRow analyze(
      RoleFit rolefit, Target target, String posting, BatchReports reports, BatchInputs.Input in) {
    try {
      FitReport report =
          posting == null
              ? rolefit.analyze(in.path(), target)
              : rolefit.analyze(in.path(), target, posting);
      if (reports != null) {
        reports.write(in.seq(), in.display(), report);
      }
      return ResultRow.of(in.seq(), in.display(), report);
    } catch (DocumentException | IOException e) {
      return ResultRows.failure(in.seq(), in.display(), e);
    }
  }

  /**
   * The row of a file whose analysis threw, as {@link ResultRows#failure} maps it (out of memory:
   * {@code limit_exceeded}, with the CLI's advice; a bug: {@code internal}).
   */
  static ResultRow failed(BatchInputs.Input in, Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return ResultRow.failed(
          in.seq(), in.display(), ResultRows.LIMIT_EXCEEDED, Errors.outOfMemory(t));
    }
    return ResultRows.failure(in.seq(), in.display(), t);
  }

  /** Writes the ranked rows that pass --top and --min-score (and every failed row). */
  private long writeRanked(RowSpill spill, RoleFit rolefit, Target target, BatchReports reports)
      throws IOException {
    String caption = caption(rolefit, target, spill);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      long n = write(spill, out, caption, reports, Path.of("").toAbsolutePath());
      out.flush();
      return n;
    }
    long[] n = {0};
    Path base = output.toAbsolutePath().getParent();
    OutputFile.write(output, w -> n[0] = write(spill, w, caption, reports, base));
    return n[0];
  }

  private long write(RowSpill spill, Writer w, String caption, BatchReports reports, Path base)
      throws IOException {
    long[] n = {0};
    try (BatchWriter bw =
        BatchWriter.of(format, w, new BatchWriter.Page(caption, reports, base, job != null))) {
      spill.ranked(
          (row, rank) -> {
            if (row.isOk()
                && ((top != null && rank > top) || (minScore != null && row.score() < minScore))) {
              return;
            }
            bw.write(row, rank);
            n[0]++;
          });
    }
    return n[0];
  }

  /** What the shortlist page says it ranks: the role, the target, the posting, the counts. */
  private String caption(RoleFit rolefit, Target target, RowSpill spill) {
    StringBuilder b = new StringBuilder(rolefit.profile().role().name());
    b.append(target.level().map(l -> ", level " + l.id()).orElse(", level estimated per resume"));
    b.append(
        target
            .specialization()
            .map(sp -> ", specialization " + sp)
            .orElse(", specialization: best fit per resume"));
    if (job != null) {
      Path name = job.getFileName();
      b.append(", posting ").append(name == null ? job.toString() : name.toString());
    }
    b.append(String.format(Locale.ROOT, ". %d files, %d scored", spill.size(), spill.okCount()));
    if (top != null) {
      b.append(", the best ").append(top).append(" shown");
    }
    if (minScore != null) {
      b.append(String.format(Locale.ROOT, ", scores from %.1f shown", minScore));
    }
    return b.append('.').toString();
  }

  private void summary(
      PrintWriter err, Rows rows, RowSpill spill, long written, BatchReports reports, double secs) {
    StringBuilder kinds = new StringBuilder();
    rows.failures.forEach(
        (k, n) -> kinds.append(kinds.length() == 0 ? " (" : ", ").append(k).append(' ').append(n));
    if (kinds.length() > 0) {
      kinds.append(')');
    }
    int stored = spill.size();
    err.printf(
        Locale.ROOT,
        "rolefit batch: %d files in %.1f s (%.2f files/s): %d rows written, %d ok, %d failed%s%s%s%s%s%n",
        rows.given,
        secs,
        secs > 0 ? rows.given / secs : 0.0,
        written,
        spill.okCount(),
        stored - spill.okCount(),
        kinds,
        written == stored ? "" : "; " + (stored - written) + " rows left out by --top/--min-score",
        stored == rows.given
            ? ""
            : "; " + (rows.given - stored) + " rows missing (a bug: please report it)",
        reports == null ? "" : reports.summary(),
        output == null ? "" : "; ranked rows in " + TerminalSafe.line(output.toString()));
    err.flush();
  }
}
