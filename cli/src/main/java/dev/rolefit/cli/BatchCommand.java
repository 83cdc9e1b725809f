package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.Target;
import dev.rolefit.extract.DocumentException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * to a {@link BatchRow} and appended to a spill file at once ({@link RowSpill}), and the heap keeps
 * 24 bytes per file for the final ranking. A file that fails, for any reason, becomes a row with
 * its error kind and message; the batch never stops for one file.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Score every resume of a folder (recursively: pdf, docx, doc, txt, md; hidden files"
          + " and README, LICENSE, CHANGELOG, NOTICE skipped) or of a list file (@LIST: one path per line), in parallel, and rank them"
          + " best first.",
      "Files that cannot be scored are recorded as rows with their error kind and message; the"
          + " batch goes on. Progress and a summary go to stderr. Exit code 0 when the batch"
          + " ran, even with failed rows."
    },
    footer = ExitCodes.HELP)
final class BatchCommand implements Callable<Integer> {
  /** Output formats of batch. */
  enum Format {
    csv,
    jsonl
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
      description = "Files analysed at once (default: one per core, ${DEFAULT-VALUE} here).",
      defaultValue = "${sys:rolefit.cores}")
  int jobs;

  @Mixin TargetOptions targeting;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the ranked rows to this file instead of stdout.")
  Path output;

  static {
    // Lets --help show the real default of --jobs.
    System.setProperty(
        "rolefit.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws Exception {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, was " + jobs);
    }
    Target target = targeting.target();
    BatchInputs inputs = BatchInputs.of(input);
    RoleFit rolefit = targeting.roleFit();
    PrintWriter err = spec.commandLine().getErr();
    long total = inputs.count();
    long start = System.nanoTime();
    Map<String, Long> failures = new TreeMap<>();
    try (RowSpill spill = new RowSpill()) {
      try (BatchProgress progress =
          BatchProgress.create(parent.terminal.stderrIsTerminal(), total, err)) {
        run(rolefit, target, inputs, spill, progress, failures);
      }
      writeRanked(spill);
      double secs = (System.nanoTime() - start) / 1e9;
      summary(err, spill.size(), spill.okCount(), failures, secs);
    }
    return ExitCodes.OK;
  }

  private void run(
      RoleFit rolefit,
      Target target,
      BatchInputs inputs,
      RowSpill spill,
      BatchProgress progress,
      Map<String, Long> failures)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, BatchCommand::worker);
    // Back-pressure: the walk waits while 2 x jobs files are queued or running.
    Semaphore inFlight = new Semaphore(2 * jobs);
    try {
      inputs.forEach(
          in -> {
            inFlight.acquire();
            pool.execute(
                () -> {
                  try {
                    BatchRow row = analyze(rolefit, target, in);
                    spill.add(row);
                    if (!row.ok()) {
                      synchronized (failures) {
                        failures.merge(row.errorKind(), 1L, Long::sum);
                      }
                    }
                    progress.step(!row.ok());
                  } finally {
                    inFlight.release();
                  }
                });
          });
      pool.shutdown();
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Waits for the last files; each is bounded by the extraction limits.
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread worker(Runnable r) {
    Thread t = new Thread(r, "rolefit-batch");
    t.setDaemon(true);
    return t;
  }

  /** Analyses one file; every failure becomes a row, never an exception. */
  static BatchRow analyze(RoleFit rolefit, Target target, BatchInputs.Input in) {
    try {
      return BatchRow.of(in.seq(), in.display(), rolefit.analyze(in.path(), target));
    } catch (DocumentException e) {
      return BatchRow.failed(in.seq(), in.display(), e.kind(), e.getMessage());
    } catch (NoSuchFileException e) {
      return BatchRow.failed(in.seq(), in.display(), "not_found", "no such file");
    } catch (AccessDeniedException e) {
      return BatchRow.failed(in.seq(), in.display(), "access_denied", "permission denied");
    } catch (IOException e) {
      return BatchRow.failed(in.seq(), in.display(), "io_error", String.valueOf(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a hostile file that got past the limits: recorded, and the batch goes on.
      return BatchRow.failed(
          in.seq(), in.display(), "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void writeRanked(RowSpill spill) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      write(spill, out);
      out.flush();
      return;
    }
    Path dir = output.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
      write(spill, w);
    }
  }

  private void write(RowSpill spill, Writer w) throws IOException {
    try (BatchWriter bw = BatchWriter.of(format, w)) {
      spill.ranked(bw::write);
    }
  }

  private void summary(
      PrintWriter err, int files, int ok, Map<String, Long> failures, double secs) {
    StringBuilder kinds = new StringBuilder();
    failures.forEach(
        (k, n) -> kinds.append(kinds.length() == 0 ? " (" : ", ").append(k).append(' ').append(n));
    if (kinds.length() > 0) {
      kinds.append(')');
    }
    err.printf(
        Locale.ROOT,
        "rolefit batch: %d files in %.1f s (%.2f files/s): %d ok, %d failed%s%s%n",
        files,
        secs,
        secs > 0 ? files / secs : 0.0,
        ok,
        files - ok,
        kinds,
        output == null ? "" : "; ranked rows in " + output);
    err.flush();
  }
}
