package dev.rolefit.spark;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rolefit-spark INPUT OUTPUT}: the Spark job's entry point, for {@code spark-submit} on a
 * cluster and for the laptop launcher ({@code spark/bin/rolefit-spark}, local mode). Exit codes are
 * the CLI's: 0 done, 1 internal error, 2 usage error, 5 invalid role profile; one line on stderr,
 * never a stack trace.
 */
@Command(
    name = "rolefit-spark",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Score every resume under INPUT (a folder on any Hadoop file system: local, hdfs://,"
          + " s3a://; recursively: pdf, docx, doc, txt, md) with Apache Spark, and write one"
          + " row per file, with the columns of 'rolefit batch', to OUTPUT.",
      "Files that cannot be scored are rows with their error kind and message; the job goes on."
    },
    footer = {
      "Exit codes: 0 done, 1 internal error, 2 usage error (bad option, missing INPUT, OUTPUT"
          + " exists), 5 invalid role profile."
    })
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INVALID_PROFILE = 5;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The folder of resumes.")
  String input;

  @Parameters(
      index = "1",
      paramLabel = "OUTPUT",
      description = "Where the rows go: a folder of part files (must not exist).")
  String output;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "entry, mid or senior, as in 'rolefit batch'.")
  String level;

  @Option(
      names = "--specialization",
      paramLabel = "ID",
      description = "An id, name or alias (rl, nlp...), as in 'rolefit batch'.")
  String specialization;

  @Option(
      names = "--profile",
      paramLabel = "YAML",
      description = "As in 'rolefit batch'; read on the driver and sent to the executors.")
  Path profile;

  @Option(
      names = "--job",
      paramLabel = "POSTING",
      description =
          "A job posting (text, PDF or DOCX), as in 'rolefit batch --job': read on the driver,"
              + " and every row gets its posting_match.")
  Path job;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "parquet",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ScoreJob.Format format;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, such as local[2] (default: spark-submit's, or local[*] when run"
              + " alone).")
  String master;

  private PrintWriter err;

  /**
   * Runs the job and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the job.
   *
   * @param args the command line
   * @param err where the summary and errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter err) {
    Main main = new Main();
    main.err = err;
    CommandLine cl = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setErr(err);
    cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler((e, c, p) -> report(e, err));
    return cl.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    JobSettings settings = JobSettings.of(level, specialization, profile);
    if (job != null) {
      settings = settings.withPosting(settings.build().extract(job).text());
    }
    SparkConf conf = new SparkConf().setAppName("rolefit");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      checkPaths(spark);
      ScoreJob.Summary s = ScoreJob.run(spark, input, output, format, settings);
      err.println(ScoreJob.summaryLine(s, output, format));
      return OK;
    } finally {
      spark.stop();
    }
  }

  /** Usage error before any work: an output that exists (a missing input is found by listing). */
  private void checkPaths(SparkSession spark) throws IOException {
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
      throw new IllegalArgumentException("the output already exists: " + output);
    }
  }

  /** One line and the exit code for a failure of the whole job. */
  static int report(Exception e, PrintWriter err) {
    int code;
    String message;
    if (e instanceof InvalidProfileException) {
      code = INVALID_PROFILE;
      message = "invalid profile: " + e.getMessage();
    } else if (e instanceof IllegalArgumentException || e instanceof IOException) {
      code = USAGE;
      message = e.getMessage();
    } else {
      code = INTERNAL;
      message = "internal error: " + e;
    }
    err.println("rolefit-spark: " + String.valueOf(message).replaceAll("\\R", " "));
    err.flush();
    return code;
  }

  /** The version line. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"rolefit-spark " + RoleFit.version()};
    }
  }
}
