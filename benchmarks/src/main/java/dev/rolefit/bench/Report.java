package dev.rolefit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of a {@code scripts/bench.sh} run from JMH's JSON results: ms per stage, the
 * ratio rolefit-full / Tika-extraction-only, one-time costs, cold starts and batch throughput, each
 * against its target.
 *
 * <pre>
 * java -cp benchmarks.jar dev.rolefit.bench.Report --dir DIR --stages stages.json
 *     [--startup startup.json] [--coldstart coldstart.tsv] [--batch batch.tsv]
 * </pre>
 *
 * <p>{@code coldstart.tsv} has one line per run: a label, a tab, milliseconds of wall time. {@code
 * batch.tsv} has one line: files, a tab, milliseconds.
 */
public final class Report {
  private static final String RF = "dev.rolefit.bench.RoleFitBenchmarks.";
  private static final String TIKA = "dev.rolefit.bench.TikaBenchmarks.";
  private static final String START = "dev.rolefit.bench.StartupBenchmarks.";

  private final PrintStream out;

  private Report(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the report.
   *
   * @param args see the class comment
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i], args[i + 1]);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new Report(out).print(opt);
  }

  private void print(Map<String, String> opt) throws IOException {
    ObjectMapper json = new ObjectMapper();
    // --dir names the folder for this report only: no system property, nothing process-wide.
    Path dir =
        opt.containsKey("--dir") ? Path.of(opt.get("--dir")).toAbsolutePath() : Corpus.defaultDir();
    double pagesPerPdf;
    try (Corpus corpus = Corpus.load(dir)) {
      out.println("Corpus  " + corpus.summary());
      pagesPerPdf = corpus.pdfs().isEmpty() ? 1 : (double) corpus.pdfPages() / corpus.pdfs().size();
    }
    Map<String, JsonNode> r = new LinkedHashMap<>();
    for (String key : List.of("--stages", "--startup")) {
      String f = opt.get(key);
      if (f != null && Files.isRegularFile(Path.of(f))) {
        for (JsonNode n : json.readTree(Path.of(f).toFile())) {
          r.put(n.get("benchmark").asText(), n);
        }
      }
    }
    out.println();
    out.println("Warm, single thread, mean time per resume (JMH avgt):");
    out.printf(Locale.ROOT, "  %-46s %10s %9s%n", "stage", "ms/op", "± 99.9%");
    row(r, RF + "extractPdf", "rolefit extract PDF, per file");
    JsonNode pdf = r.get(RF + "extractPdf");
    if (pdf != null) {
      out.printf(
          Locale.ROOT,
          "  %-46s %10.3f%n",
          String.format(Locale.ROOT, "rolefit extract PDF, per page (%.2f p/file)", pagesPerPdf),
          score(pdf) / pagesPerPdf);
    }
    row(r, RF + "extractDocx", "rolefit extract DOCX, per file");
    row(r, RF + "parse", "rolefit parse (sections, sentences)");
    row(r, RF + "match", "rolefit match");
    row(r, RF + "score", "rolefit score");
    row(r, RF + "analyzeText", "rolefit full analysis from text");
    row(r, RF + "analyzePdfFile", "rolefit full analysis from PDF file");
    row(r, TIKA + "tikaPdfFile", "Tika AutoDetectParser, PDF text only");
    row(r, TIKA + "tikaDocxFile", "Tika AutoDetectParser, DOCX text only");

    out.println();
    out.println("Targets:");
    JsonNode full = r.get(RF + "analyzePdfFile");
    JsonNode tika = r.get(TIKA + "tikaPdfFile");
    if (full != null && tika != null) {
      double ratio = score(full) / score(tika);
      verdict(
          String.format(
              Locale.ROOT,
              "ratio rolefit-full-analysis / Tika-extraction-only (PDF) = %.2f",
              ratio),
          "<= 1.0",
          ratio <= 1.0);
    }
    JsonNode ex = r.get(RF + "extractDocx");
    JsonNode tikaDocx = r.get(TIKA + "tikaDocxFile");
    if (ex != null && tikaDocx != null) {
      out.printf(
          Locale.ROOT,
          "  (for information) rolefit DOCX extraction / Tika DOCX extraction = %.2f%n",
          score(ex) / score(tikaDocx));
    }
    JsonNode text = r.get(RF + "analyzeText");
    if (text != null) {
      verdict(
          String.format(Locale.ROOT, "full analysis from text = %.3f ms", score(text)),
          "<= 2 ms",
          score(text) <= 2.0);
    }
    JsonNode create = r.get(START + "createRoleFit");
    if (create != null) {
      double[] s = firstAndRest(create);
      verdict(
          String.format(
              Locale.ROOT,
              "RoleFit.create() in a fresh JVM = %.0f ms (a rebuild in the same JVM: %.0f ms)",
              s[0],
              s[1]),
          "<= 1000 ms",
          s[0] <= 1000);
    }
    JsonNode createTika = r.get(START + "createTika");
    if (createTika != null) {
      double[] s = firstAndRest(createTika);
      out.printf(
          Locale.ROOT,
          "  (for information) new AutoDetectParser() in a fresh JVM = %.0f ms (rebuild %.0f ms)%n",
          s[0],
          s[1]);
    }
    coldStarts(opt.get("--coldstart"));
    batch(opt.get("--batch"));
  }

  private void coldStarts(String file) throws IOException {
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return;
    }
    Map<String, List<Double>> runs = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
      String[] p = line.split("\t");
      if (p.length >= 2) {
        runs.computeIfAbsent(p[0], k -> new ArrayList<>()).add(Double.parseDouble(p[1]));
        cpu.computeIfAbsent(p[0], k -> new ArrayList<>())
            .add(p.length > 2 ? Double.parseDouble(p[2]) : Double.NaN);
      }
    }
    if (runs.isEmpty()) {
      return;
    }
    out.println();
    out.println("Cold start, wall time of one `rolefit analyze` in a new JVM (target <= 1000 ms):");
    out.printf(
        Locale.ROOT,
        "  %-40s %11s %8s %10s %5s%n",
        "JVM options",
        "median wall",
        "min wall",
        "median CPU",
        "runs");
    for (Map.Entry<String, List<Double>> e : runs.entrySet()) {
      List<Double> v = new ArrayList<>(e.getValue());
      Collections.sort(v);
      List<Double> c = new ArrayList<>(cpu.get(e.getKey()));
      Collections.sort(c);
      double median = v.get(v.size() / 2);
      out.printf(
          Locale.ROOT,
          "  %-40s %11.0f %8.0f %10.0f %5d %s%n",
          e.getKey(),
          median,
          v.get(0),
          c.get(c.size() / 2),
          v.size(),
          median <= 1000 ? "OK" : "MISSED");
    }
    out.println("  (CPU = user + system time of all the JVM's threads: JIT and GC included)");
  }

  private void batch(String file) throws IOException {
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return;
    }
    for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
      String[] p = line.split("\t");
      if (p.length == 2) {
        double files = Double.parseDouble(p[0]);
        double ms = Double.parseDouble(p[1]);
        double rate = files / (ms / 1000.0);
        out.println();
        verdict(
            String.format(
                Locale.ROOT,
                "rolefit batch, -Xmx512m: %.0f files in %.0f ms = %.0f files/s"
                    + " (JVM start included)",
                files,
                ms,
                rate),
            ">= 150 files/s",
            rate >= 150);
      }
    }
  }

  private void row(Map<String, JsonNode> r, String key, String label) {
    JsonNode n = r.get(key);
    if (n == null) {
      return;
    }
    JsonNode m = n.get("primaryMetric");
    out.printf(
        Locale.ROOT,
        "  %-46s %10.3f %9.3f%n",
        label,
        m.get("score").asDouble(),
        m.get("scoreError").asDouble(Double.NaN));
  }

  private void verdict(String what, String target, boolean ok) {
    out.printf(Locale.ROOT, "  %-78s target %-14s %s%n", what, target, ok ? "OK" : "MISSED");
  }

  private static double score(JsonNode n) {
    return n.get("primaryMetric").get("score").asDouble();
  }

  /** Single-shot results: the mean of each fork's first iteration, and of the others. */
  private static double[] firstAndRest(JsonNode n) {
    double first = 0;
    int nf = 0;
    double rest = 0;
    int nr = 0;
    for (JsonNode fork : n.get("primaryMetric").get("rawData")) {
      for (int i = 0; i < fork.size(); i++) {
        if (i == 0) {
          first += fork.get(i).asDouble();
          nf++;
        } else {
          rest += fork.get(i).asDouble();
          nr++;
        }
      }
    }
    return new double[] {nf == 0 ? Double.NaN : first / nf, nr == 0 ? Double.NaN : rest / nr};
  }
}
