package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch under failures that are not the document's fault (out of memory, a bug, a pool that cannot
 * start a thread): every file given still gets exactly one row, and the run succeeds.
 */
class BatchFailuresTest {
  @TempDir Path dir;

  /** Uncaught throwables of the worker threads (the JVM would print each as a stack trace). */
  private final ConcurrentLinkedQueue<Throwable> uncaught = new ConcurrentLinkedQueue<>();

  private List<String> resumes(String... names) throws IOException {
    for (String n : names) {
      Cli.write(dir.resolve(n), Cli.resume("Machine Learning Scientist", "Python, PyTorch", ""));
    }
    return List.of(names);
  }

  /** A fixed pool whose threads report what escapes them instead of printing it. */
  private IntFunction<ExecutorService> watchedPool() {
    return n ->
        new ThreadPoolExecutor(
            n, n, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), this::thread);
  }

  private Thread thread(Runnable r) {
    Thread t = new Thread(r, "test-batch");
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
    return t;
  }

  /** The real analysis, except for the named files, which throw what the map says. */
  private static BatchCommand.FileAnalysis throwing(Map<String, Throwable> failures) {
    return (rolefit, target, in) -> {
      Throwable t = failures.get(in.display());
      if (t != null) {
        throw BatchFailuresTest.<RuntimeException>sneaky(t);
      }
      return BatchCommand.analyze(rolefit, target, in);
    };
  }

  /** Throws any throwable, checked or not, as the hostile code under test might. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void anOutOfMemoryErrorInOneFileIsThatFilesRowAndTheBatchSucceeds() throws IOException {
    List<String> files = resumes("a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
    for (String jobs : new String[] {"1", "3"}) {
      uncaught.clear();
      Cli r =
          Cli.batch(
              throwing(Map.of("c.txt", new OutOfMemoryError("Java heap space"))),
              watchedPool(),
              dir.toString(),
              "--profile",
              Cli.profile(),
              "--jobs",
              jobs);

      assertEquals(0, r.code, r.err);
      Map<String, CSVRecord> rows = Cli.rowsByFile(r.out);
      assertEquals(files, List.copyOf(rows.keySet()), "jobs " + jobs);
      CSVRecord oom = rows.get("c.txt");
      assertEquals("failed", oom.get("outcome"));
      assertEquals("limit_exceeded", oom.get("error_kind"));
      assertTrue(oom.get("error_message").contains("out of memory"), oom.get("error_message"));
      for (String f : List.of("a.txt", "b.txt", "d.txt", "e.txt")) {
        assertEquals("ok", rows.get(f).get("outcome"), f);
      }
      assertTrue(
          r.err.contains("5 files in")
              && r.err.contains("5 rows written, 4 ok, 1 failed (limit_exceeded 1)"),
          r.err);
      assertEquals(List.of(), List.copyOf(uncaught), "nothing escapes a worker");
    }
  }

  @Test
  void everyKindOfThrowableInAFileBecomesARow() throws IOException {
    resumes("fine.txt", "t1.txt", "t2.txt", "t3.txt", "t4.txt", "t5.txt", "t6.txt");
    Map<String, Throwable> failures =
        Map.of(
            "t1.txt", new StackOverflowError(),
            "t2.txt", new AssertionError("invariant broken"),
            "t3.txt", new IllegalStateException("bad state"),
            "t4.txt", new Exception("a checked exception nobody declared"),
            "t5.txt", new NoClassDefFoundError("org/example/Missing"),
            "t6.txt", new OutOfMemoryError("Requested array size exceeds VM limit"));
    Cli r =
        Cli.batch(
            throwing(failures),
            watchedPool(),
            dir.toString(),
            "--profile",
            Cli.profile(),
            "-j",
            "2");

    assertEquals(0, r.code, r.err);
    Map<String, CSVRecord> rows = Cli.rowsByFile(r.out);
    assertEquals(7, rows.size(), r.out);
    assertEquals("ok", rows.get("fine.txt").get("outcome"));
    for (String f : List.of("t1.txt", "t2.txt", "t3.txt", "t4.txt", "t5.txt")) {
      assertEquals("internal", rows.get(f).get("error_kind"), f);
      assertTrue(
          rows.get(f).get("error_message").startsWith(failures.get(f).getClass().getSimpleName()),
          rows.get(f).get("error_message"));
    }
    assertEquals("limit_exceeded", rows.get("t6.txt").get("error_kind"));
    assertTrue(
        r.err.contains("7 rows written, 1 ok, 6 failed (internal 5, limit_exceeded 1)"), r.err);
    assertEquals(List.of(), List.copyOf(uncaught));
  }

  @Test
  void anAnalysisThatReturnsNoRowStillLeavesOne() throws IOException {
    resumes("a.txt", "b.txt", "c.txt");
    BatchCommand.FileAnalysis analysis =
        (rolefit, target, in) ->
            in.display().equals("b.txt") ? null : BatchCommand.analyze(rolefit, target, in);
    Cli r = Cli.batch(analysis, watchedPool(), dir.toString(), "--profile", Cli.profile());

    assertEquals(0, r.code, r.err);
    Map<String, CSVRecord> rows = Cli.rowsByFile(r.out);
    assertEquals(List.of("a.txt", "b.txt", "c.txt"), List.copyOf(rows.keySet()));
    assertEquals("failed", rows.get("b.txt").get("outcome"));
    assertEquals("internal", rows.get("b.txt").get("error_kind"));
    assertEquals(List.of(), List.copyOf(uncaught));
  }

  @Test
  void aPoolThatCannotStartAThreadGivesThatFileARow() throws IOException {
    resumes("a.txt", "b.txt", "c.txt", "d.txt");
    AtomicInteger submitted = new AtomicInteger();
    // The second submission fails on the main thread, as when no native thread can be made.
    IntFunction<ExecutorService> pools =
        n ->
            new ThreadPoolExecutor(
                n, n, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), this::thread) {
              @Override
              public void execute(Runnable command) {
                if (submitted.incrementAndGet() == 2) {
                  throw new OutOfMemoryError(
                      "unable to create native thread: possibly out of memory");
                }
                super.execute(command);
              }
            };
    Cli r =
        Cli.batch(
            BatchCommand::analyze, pools, dir.toString(), "--profile", Cli.profile(), "-j", "1");

    assertEquals(0, r.code, r.err);
    Map<String, CSVRecord> rows = Cli.rowsByFile(r.out);
    assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.txt"), List.copyOf(rows.keySet()));
    assertEquals("limit_exceeded", rows.get("b.txt").get("error_kind"));
    assertEquals(3, rows.values().stream().filter(x -> x.get("outcome").equals("ok")).count());
    assertTrue(r.err.contains("4 files in") && r.err.contains("4 rows written"), r.err);
  }

  @Test
  void anErrorOutsideAnyFileExitsOneWithOneLineAndKeepsTheOldOutput() throws IOException {
    resumes("a.txt");
    Path out = Files.writeString(dir.resolve("ranked.csv"), "old,complete\r\n");
    IntFunction<ExecutorService> noPool =
        n -> {
          throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
        };
    Cli r =
        Cli.batch(
            BatchCommand::analyze,
            noPool,
            dir.toString(),
            "--profile",
            Cli.profile(),
            "-o",
            out.toString());

    assertEquals(ExitCodes.INTERNAL, r.code, r.err);
    CliTest.assertOneLineNoStackTrace(r.err);
    assertTrue(r.err.startsWith("rolefit: out of memory"), r.err);
    assertEquals("", r.out);
    assertEquals("old,complete\r\n", Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void theOutputFileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
    resumes("a.txt", "b.txt");
    Path outDir = Files.createDirectory(dir.resolve("out"));
    Path out = Files.writeString(outDir.resolve("ranked.csv"), "stale\r\n");
    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "-o", out.toString());

    assertEquals(0, r.code, r.err);
    Map<String, CSVRecord> rows = Cli.rowsByFile(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(List.of("a.txt", "b.txt"), List.copyOf(rows.keySet()));
    try (Stream<Path> s = Files.list(outDir)) {
      assertEquals(List.of(out), s.toList(), "only the output in its folder");
    }
    assertFalse(r.err.contains("stale"), r.err);
  }
}
