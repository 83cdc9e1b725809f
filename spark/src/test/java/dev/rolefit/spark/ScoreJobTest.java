package dev.rolefit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractionLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the CLI's batch itself, over the same folder of fictional
 * resumes (the bundled examples) and broken files: one session for the class.
 */
class ScoreJobTest {
  private static final Path EXAMPLES = Path.of("../examples/resumes");

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static Path folder;

  @BeforeAll
  static void start() throws IOException {
    folder = Files.createDirectories(tmp.resolve("resumes"));
    for (String name :
        List.of(
            "nlp-mid-scientist.pdf",
            "deep-learning-senior-scientist.docx",
            "applied-entry-scientist.txt",
            "README.md")) {
      Files.copy(EXAMPLES.resolve(name), folder.resolve(name));
    }
    // Equal scores rank in batch's walk order, where the folder "team" comes before the file
    // "team b.TXT" (by full path, "team b" would sort first).
    Path team = Files.createDirectories(folder.resolve("team"));
    for (Path p : List.of(team.resolve("nlp.txt"), folder.resolve("team b.TXT"))) {
      Files.copy(EXAMPLES.resolve("nlp-mid-scientist.txt"), p);
    }
    Files.writeString(folder.resolve(".hidden.txt"), "not a resume: hidden");
    Files.writeString(folder.resolve("photo.jpg"), "not a resume: another extension");
    byte[] pdf = Files.readAllBytes(EXAMPLES.resolve("nlp-mid-scientist.pdf"));
    Files.write(folder.resolve("corrupt.pdf"), java.util.Arrays.copyOf(pdf, 400));
    Files.write(folder.resolve("encrypted.pdf"), encrypted(pdf));
    Files.write(folder.resolve("zero.txt"), new byte[0]);
    // Over the 20 MB limit: refused from its size.
    Files.write(folder.resolve("huge.txt"), new byte[20 * 1024 * 1024 + 1]);
    // Loads the extractors' classes, so that neither run below pays that inside its 5 s budget.
    DocumentExtractor warm = new DocumentExtractor(ExtractionLimits.defaults());
    for (String name : List.of("nlp-mid-scientist.pdf", "deep-learning-senior-scientist.docx")) {
      try {
        warm.extract(EXAMPLES.resolve(name));
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
    }
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("rolefit-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyRowIsBatchsRowForTheSameFile() throws Exception {
    String out = tmp.resolve("out").toString();
    ScoreJob.Summary s =
        ScoreJob.run(
            spark, folder.toString(), out, ScoreJob.Format.jsonl, JobSettings.of(null, null, null));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(Path.of(out))) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    // Byte for byte: the same files, scores to the last digit, ranks, order, messages.
    String batch = batchJsonl(folder);
    assertEquals(batch, String.join("\n", lines) + "\n");
    Map<String, JsonNode> rows = byFile(batch);
    assertEquals(9, rows.size(), rows.keySet().toString());
    assertEquals(
        Map.of("corrupt", 1L, "empty", 1L, "encrypted", 1L, "limit_exceeded", 1L), s.failures());
    assertEquals(new S(9, 5), new S(s.files(), s.ok()));
    assertEquals("encrypted", rows.get("encrypted.pdf").get("error_kind").asText());
    assertEquals("corrupt", rows.get("corrupt.pdf").get("error_kind").asText());
    assertEquals("empty", rows.get("zero.txt").get("error_kind").asText());
    assertEquals("limit_exceeded", rows.get("huge.txt").get("error_kind").asText());
    assertTrue(
        rows.get("team/nlp.txt").get("rank").asInt() < rows.get("team b.TXT").get("rank").asInt());
  }

  /** Files and scored rows. */
  private record S(long files, long ok) {}

  @Test
  void withAPostingEveryRowIsBatchsJobRow() throws Exception {
    Path posting = tmp.resolve("posting.txt");
    Files.writeString(
        posting,
        "Requirements\n- Python\n- 3+ years of experience\n- PhD in Computer Science\n",
        StandardCharsets.UTF_8);
    Path small = Files.createDirectories(tmp.resolve("posting-folder"));
    Files.copy(EXAMPLES.resolve("nlp-mid-scientist.txt"), small.resolve("a.txt"));
    Files.write(small.resolve("zero.txt"), new byte[0]);
    String out = tmp.resolve("posting-out").toString();
    JobSettings settings = JobSettings.of(null, null, null).withPosting(Files.readString(posting));
    ScoreJob.run(spark, small.toString(), out, ScoreJob.Format.jsonl, settings);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(Path.of(out))) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    String batch = batchJsonl(small, "--job", posting.toString());
    assertEquals(batch, String.join("\n", lines) + "\n");
    assertTrue(byFile(batch).get("a.txt").get("posting_match").isNumber(), batch);
  }

  @Test
  void anEmptyFolderIsAnEmptyResult() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(empty.resolve("README.md"), "only the folder's documentation");
    String out = tmp.resolve("empty-out").toString();
    ScoreJob.Summary s =
        ScoreJob.run(
            spark,
            empty.toString(),
            out,
            ScoreJob.Format.parquet,
            JobSettings.of(null, null, null));
    assertEquals(0, s.files());
    assertEquals(
        List.of(ResultSchema.ROWS.fieldNames()), List.of(spark.read().parquet(out).columns()));
    assertEquals(0, spark.read().parquet(out).count());
  }

  /** The CLI's batch over a folder, as JSON lines. */
  private static String batchJsonl(Path dir, String... target) {
    List<String> args = new ArrayList<>(List.of("batch", dir.toString(), "--format", "jsonl"));
    args.addAll(List.of(target));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        dev.rolefit.cli.Main.run(
            args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private static Map<String, JsonNode> byFile(String jsonl) throws IOException {
    Map<String, JsonNode> m = new TreeMap<>();
    for (String line : jsonl.split("\n")) {
      JsonNode n = JsonMapper.builder().build().readTree(line);
      m.put(n.get("file").asText(), n);
    }
    return m;
  }

  private static byte[] encrypted(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.protect(new StandardProtectionPolicy("owner", "reader", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
