package dev.rolefit.spark;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.model.Target;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.report.ResultRow;
import dev.rolefit.report.ResultRows;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark job: one ranking row per resume under a Hadoop-compatible path (local, HDFS, S3A...),
 * with the columns and values of the CLI's {@code batch}.
 *
 * <p>The driver lists the files ({@link ResumeListing}: paths and sizes only, batch's choice of
 * files) and spreads them over tasks. Each task scores its files with its executor's one {@link
 * RoleFit} ({@link RoleFits}): a file over the size limit is refused from its listed size without
 * being opened, the others are read whole as bytes through the Hadoop file system, bounded by the
 * limit. Whatever one file throws becomes its row (the same mapping as batch, {@link
 * ResultRows#failure}); no file fails a task.
 *
 * <p>Rank is batch's: scored rows are ranked 1..n by score, best first, ties in the order a walk of
 * the folder meets them (each folder's entries sorted by name); failed rows have no rank and come
 * last. The rows are kept (memory, then disk) after scoring so that the ranking's passes do not
 * score anything twice, and the ranking is a distributed sort, not a single partition.
 */
public final class ScoreJob {
  /** The output formats. */
  public enum Format {
    /** Apache Parquet files (the default). */
    parquet,
    /** JSON lines: one object per row, nulls written, batch's keys. */
    jsonl
  }

  /** A run's counts, as the summary line gives them. */
  public record Summary(long files, long ok, Map<String, Long> failures, double seconds) {}

  /** The hidden sort key: the path below the input, folder names split by U+0000. */
  private static final String ORDER = "_walk_order";

  private static final StructType KEYED = ResultSchema.ROWS.add(ORDER, DataTypes.StringType);
  private static final int RANK = ResultSchema.index("rank");
  private static final int OUTCOME = ResultSchema.index("outcome");

  private static final Logger LOG = LoggerFactory.getLogger(ScoreJob.class);

  private ScoreJob() {}

  /**
   * Scores and ranks every resume under a path. The scored rows stay cached until {@code unpersist}
   * is called on the second element of the result.
   *
   * @param spark the session
   * @param input a folder (or glob) on any file system the session's Hadoop configuration reaches
   * @param settings the target and profile
   * @return the ranked rows ({@link ResultSchema#ROWS}), and the cached unranked rows
   * @throws IOException when the input's file system cannot be reached
   */
  public static Scored score(SparkSession spark, String input, JobSettings settings)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<ResumeListing.Entry> files = ResumeListing.list(hadoop, input);
    Broadcast<SerializableConfiguration> conf =
        SerializableConfiguration.broadcast(spark.sparkContext(), hadoop);
    JavaRDD<Row> scored =
        jsc.parallelize(files, slices(files.size(), jsc.defaultParallelism()))
            .mapPartitions(part -> analyse(part, settings, conf));
    Dataset<Row> rows =
        spark.createDataFrame(scored, KEYED).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> sorted =
        rows.orderBy(functions.col("score").desc_nulls_last(), functions.col(ORDER).asc());
    JavaRDD<Row> ranked = sorted.javaRDD().zipWithIndex().map(r -> ranked(r._1(), r._2()));
    return new Scored(spark.createDataFrame(ranked, ResultSchema.ROWS), rows);
  }

  /**
   * Tasks of about 500 files, and at least four per core so that slow files even out.
   *
   * @param files the number of files
   * @param cores the cluster's cores (Spark's default parallelism)
   * @return the number of partitions
   */
  static int slices(int files, int cores) {
    return Math.max(1, Math.min(files, Math.max(4 * cores, (files + 499) / 500)));
  }

  /**
   * A scoring's result.
   *
   * @param ranked the ranked rows, to write
   * @param cached the scored rows Spark keeps; unpersist them when done
   */
  public record Scored(Dataset<Row> ranked, Dataset<Row> cached) {
    /**
     * The counts: files, scored, failures by kind.
     *
     * @param seconds the run's time so far
     * @return the summary
     */
    public Summary summary(double seconds) {
      Map<String, Long> failures = new TreeMap<>();
      long files = 0;
      long ok = 0;
      for (Row r : cached.groupBy("outcome", "error_kind").count().collectAsList()) {
        files += r.getLong(2);
        if (ResultRow.OK.equals(r.getString(0))) {
          ok += r.getLong(2);
        } else {
          failures.merge(r.getString(1), r.getLong(2), Long::sum);
        }
      }
      return new Summary(files, ok, failures, seconds);
    }
  }

  /**
   * Scores a path and writes the ranked rows.
   *
   * @param spark the session
   * @param input the folder of resumes
   * @param output where the rows go (a folder of part files; must not exist)
   * @param format parquet or jsonl
   * @param settings the target and profile
   * @return the counts
   * @throws IOException when a file system cannot be reached
   */
  public static Summary run(
      SparkSession spark, String input, String output, Format format, JobSettings settings)
      throws IOException {
    long start = System.nanoTime();
    Scored s = score(spark, input, settings);
    try {
      var writer = s.ranked().write();
      if (format == Format.jsonl) {
        // Batch's JSON lines carry every key, null included.
        writer.option("ignoreNullFields", "false").json(output);
      } else {
        writer.parquet(output);
      }
      return s.summary((System.nanoTime() - start) / 1e9);
    } finally {
      s.cached().unpersist();
    }
  }

  /** Scores one partition's files on an executor. */
  private static Iterator<Row> analyse(
      Iterator<ResumeListing.Entry> files,
      JobSettings settings,
      Broadcast<SerializableConfiguration> conf)
      throws InvalidProfileException {
    if (!files.hasNext()) {
      // An empty partition (an empty folder) needs no RoleFit.
      return java.util.Collections.emptyIterator();
    }
    RoleFit rolefit = RoleFits.get(settings);
    Target target = settings.target();
    Configuration hadoop = conf.value().value();
    List<Row> out = new ArrayList<>();
    long start = System.nanoTime();
    while (files.hasNext()) {
      ResumeListing.Entry f = files.next();
      List<Object> cells = analyse(rolefit, target, settings.posting(), hadoop, f).cells(0);
      cells.add(f.walkOrder());
      out.add(RowFactory.create(cells.toArray()));
    }
    LOG.info("scored {} files in {} ms", out.size(), (System.nanoTime() - start) / 1_000_000);
    return out.iterator();
  }

  /** One file's row: its report, or what stopped it. */
  static ResultRow analyse(
      RoleFit rolefit, Target target, String posting, Configuration hadoop, ResumeListing.Entry f) {
    try {
      byte[] content = read(hadoop, f.path(), f.length());
      return ResultRow.of(
          0,
          f.display(),
          posting == null
              ? rolefit.analyze(content, f.display(), target)
              : rolefit.analyze(content, f.display(), target, posting));
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      // As in batch: one file's failure is its row. Other errors (a broken deployment) fail loudly.
      return ResultRows.failure(0, f.display(), e);
    }
  }

  /**
   * A file's bytes: refused from its listed size when over the limit, never opened when empty (a
   * FIFO or device lists as 0 bytes and would block), otherwise read up to the limit.
   */
  private static byte[] read(Configuration hadoop, String path, long size) throws Exception {
    JobSettings.LIMITS.checkSize(size);
    if (size == 0) {
      return new byte[0];
    }
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(hadoop);
    try (InputStream in = fs.open(p)) {
      return DocumentExtractor.readBounded(in, JobSettings.LIMITS.maxBytes());
    }
  }

  /** The row with its rank (1-based among scored rows, which sort first) and no sort key. */
  private static Row ranked(Row r, long index) {
    Object[] cells = new Object[r.length() - 1];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = r.get(i);
    }
    if (ResultRow.OK.equals(r.get(OUTCOME))) {
      cells[RANK] = Math.toIntExact(index + 1);
    }
    return RowFactory.create(cells);
  }

  /**
   * The summary line batch prints, for this job.
   *
   * @param s the counts
   * @param output where the rows went
   * @param format their format
   * @return one line
   */
  public static String summaryLine(Summary s, String output, Format format) {
    StringBuilder kinds = new StringBuilder();
    s.failures()
        .forEach(
            (k, n) ->
                kinds.append(kinds.length() == 0 ? " (" : ", ").append(k).append(' ').append(n));
    if (kinds.length() > 0) {
      kinds.append(')');
    }
    return String.format(
        Locale.ROOT,
        "rolefit-spark: %d files in %.1f s (%.2f files/s): %d rows written, %d ok, %d failed%s;"
            + " %s rows in %s",
        s.files(),
        s.seconds(),
        s.seconds() > 0 ? s.files() / s.seconds() : 0.0,
        s.files(),
        s.ok(),
        s.files() - s.ok(),
        kinds,
        format,
        output);
  }
}
