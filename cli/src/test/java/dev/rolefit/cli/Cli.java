package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed; builds small resumes. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    return run(CommandLine.defaultFactory(), Terminal.NONE, args);
  }

  /** Runs with a factory that makes the commands (to inject failures) and a given terminal. */
  static Cli run(CommandLine.IFactory factory, Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            terminal,
            factory);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs batch with another per-file analysis and worker pool. */
  static Cli batch(
      BatchCommand.FileAnalysis analysis, IntFunction<ExecutorService> pools, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            return cls == BatchCommand.class
                ? cls.cast(new BatchCommand(analysis, pools))
                : CommandLine.defaultFactory().create(cls);
          }
        };
    String[] all = new String[args.length + 1];
    all[0] = "batch";
    System.arraycopy(args, 0, all, 1, args.length);
    return run(factory, Terminal.NONE, all);
  }

  /** The small fictional profile of the tests (the bundled one is data maintained elsewhere). */
  static String profile() {
    try {
      return Path.of(
              Objects.requireNonNull(Cli.class.getResource("test-profile.yaml"), "test profile")
                  .toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain-text resume; {@code extra} goes into an experience bullet. */
  static String resume(String title, String skills, String extra) {
    return String.join(
        "\n",
        "Jane Doe",
        title,
        "",
        "Summary",
        "Scientist building models in " + skills + ".",
        "",
        "Experience",
        title + ", Acme Corp, Jan 2016 - Dec 2023",
        "- Designed and trained neural network models in " + skills + " for ranking. " + extra,
        "- Deployed models to production services and monitored them.",
        "- Wrote reports for the product team every week.",
        "",
        "Education",
        "MSc in Computer Science, 2015",
        "",
        "Skills",
        skills,
        "");
  }

  /** Three resumes of clearly different strength: strong.txt, medium.txt and weak.md. */
  static void threeResumes(Path dir) throws IOException {
    write(
        dir.resolve("strong.txt"),
        resume("Senior Machine Learning Scientist", "Python, PyTorch, statistics", ""));
    write(dir.resolve("medium.txt"), resume("Machine Learning Scientist", "Python", ""));
    write(dir.resolve("weak.md"), resume("Data Analyst", "Excel", ""));
  }

  /** The records of a CSV with a header (the header not among them). */
  static java.util.List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  /** The CSV rows of a batch by file name, each file asserted to have exactly one row. */
  static Map<String, CSVRecord> rowsByFile(String csv) throws IOException {
    Map<String, CSVRecord> byFile = new TreeMap<>();
    for (CSVRecord r : csv(csv)) {
      assertEquals(null, byFile.put(r.get("file"), r), "one row per file: " + r.get("file"));
    }
    return byFile;
  }

  static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
