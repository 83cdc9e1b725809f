package dev.rolefit.eval;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.RequirementResult;
import dev.rolefit.model.Target;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Measures job-posting mode on labelled posting/resume pairs: for each labelled requirement, the
 * status rolefit gives against the true one (a requirement rolefit did not find counts as wrong),
 * and the posting lines that must not be requirements (titles, pitch, benefits) that it reported.
 *
 * <p>The labels file has the columns {@code posting,resume,requirement,kind,required,status}; the
 * posting and resume are ids of {@code postings/ID.txt} and {@code resumes/ID.txt} next to it
 * (lines of a posting starting with {@code "# "} are notes, skipped). An optional {@code
 * non-requirements.csv} beside it lists {@code posting,text} lines that must not be reported.
 */
public final class PostingEvaluator {
  /** The predicted status of a labelled requirement that rolefit did not report. */
  public static final String MISSING = "missing";

  private final RoleFit rolefit;

  /**
   * Creates an evaluator.
   *
   * @param rolefit the analyser
   */
  public PostingEvaluator(RoleFit rolefit) {
    this.rolefit = rolefit;
  }

  /**
   * One labelled requirement and what rolefit made of it.
   *
   * @param posting the posting id
   * @param resume the resume id
   * @param requirement the requirement as labelled
   * @param kind the labelled kind
   * @param required whether the label says required
   * @param truth the true status
   * @param predicted rolefit's status, or {@link #MISSING}
   * @param predictedRequired rolefit's required flag (false when missing)
   * @param reason rolefit's reason, or ""
   */
  public record Row(
      String posting,
      String resume,
      String requirement,
      String kind,
      boolean required,
      String truth,
      String predicted,
      boolean predictedRequired,
      String reason) {
    /**
     * Whether the status is right.
     *
     * @return true when predicted equals truth
     */
    public boolean correct() {
      return truth.equals(predicted);
    }
  }

  /**
   * The measures.
   *
   * @param pairs posting/resume pairs analysed
   * @param labelled labelled requirements
   * @param accuracy share of labelled requirements with the right status
   * @param found share of labelled requirements rolefit reported at all
   * @param requiredAccuracy share of found requirements with the right required/preferred flag
   * @param confusion true status to predicted status to count
   * @param kindAccuracy accuracy per labelled kind
   * @param nonRequirements lines labelled as not requirements
   * @param spurious those of them rolefit reported as requirements
   * @param spuriousLines the spurious lines, "posting: text"
   * @param rows every labelled requirement
   */
  public record Result(
      int pairs,
      int labelled,
      double accuracy,
      double found,
      double requiredAccuracy,
      Map<String, Map<String, Integer>> confusion,
      Map<String, Double> kindAccuracy,
      int nonRequirements,
      int spurious,
      List<String> spuriousLines,
      List<Row> rows) {
    /** Copies the collections. */
    public Result {
      // Sorted and read-only: the output is the same bytes every run.
      confusion = java.util.Collections.unmodifiableMap(new TreeMap<>(confusion));
      kindAccuracy = java.util.Collections.unmodifiableMap(new TreeMap<>(kindAccuracy));
      spuriousLines = List.copyOf(spuriousLines);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Whether a labels file is a posting set (it has posting, resume and requirement columns).
   *
   * @param labels the CSV
   * @return true for a posting set
   * @throws IOException when it cannot be read
   */
  public static boolean isPostingSet(Path labels) throws IOException {
    try (var lines = Files.lines(labels, StandardCharsets.UTF_8)) {
      String header = lines.findFirst().orElse("").replace("\uFEFF", "").strip();
      return header.startsWith("posting,resume,requirement");
    }
  }

  /**
   * Runs the evaluation.
   *
   * @param labels the labels CSV
   * @return the measures
   * @throws IOException when a file cannot be read
   */
  public Result evaluate(Path labels) throws IOException {
    Path dir = labels.toAbsolutePath().getParent();
    Map<String, List<CSVRecord>> byPair = new LinkedHashMap<>();
    for (CSVRecord r : read(labels)) {
      byPair
          .computeIfAbsent(r.get("posting") + "\u0000" + r.get("resume"), k -> new ArrayList<>())
          .add(r);
    }
    Map<String, List<String>> nonReq = new LinkedHashMap<>();
    Path nonFile = dir.resolve("non-requirements.csv");
    if (Files.isRegularFile(nonFile)) {
      for (CSVRecord r : read(nonFile)) {
        nonReq.computeIfAbsent(r.get("posting"), k -> new ArrayList<>()).add(r.get("text"));
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<String, List<RequirementResult>> perPosting = new LinkedHashMap<>();
    for (List<CSVRecord> pair : byPair.values()) {
      String posting = pair.get(0).get("posting");
      String resume = pair.get(0).get("resume");
      List<RequirementResult> got = analyze(dir, posting, resume);
      perPosting.putIfAbsent(posting, got);
      for (CSVRecord r : pair) {
        String want = r.get("requirement");
        RequirementResult q = find(got, want);
        rows.add(
            new Row(
                posting,
                resume,
                want,
                r.get("kind"),
                Boolean.parseBoolean(r.get("required")),
                r.get("status").strip(),
                q == null ? MISSING : q.status().id(),
                q != null && q.required(),
                q == null ? "" : q.reason()));
      }
    }
    int nonCount = 0;
    List<String> spurious = new ArrayList<>();
    for (var e : nonReq.entrySet()) {
      List<RequirementResult> got = perPosting.get(e.getKey());
      for (String text : e.getValue()) {
        nonCount++;
        if (got != null && find(got, text) != null) {
          spurious.add(e.getKey() + ": " + text);
        }
      }
    }
    return result(byPair.size(), rows, nonCount, spurious);
  }

  private List<RequirementResult> analyze(Path dir, String posting, String resume)
      throws IOException {
    Path postingFile = dir.resolve("postings").resolve(posting + ".txt");
    Path resumeFile = dir.resolve("resumes").resolve(resume + ".txt");
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(postingFile, StandardCharsets.UTF_8)) {
      if (!line.startsWith("# ")) {
        text.append(line).append('\n');
      }
    }
    try {
      FitReport r = rolefit.analyze(resumeFile, Target.auto(), text.toString());
      return r.requirements();
    } catch (DocumentException e) {
      throw new IOException(resumeFile + ": " + e.getMessage(), e);
    }
  }

  private static Result result(int pairs, List<Row> rows, int nonCount, List<String> spurious) {
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, int[]> kinds = new TreeMap<>();
    int correct = 0;
    int found = 0;
    int flagRight = 0;
    for (Row r : rows) {
      confusion
          .computeIfAbsent(r.truth(), k -> new TreeMap<>())
          .merge(r.predicted(), 1, Integer::sum);
      int[] k = kinds.computeIfAbsent(r.kind(), x -> new int[2]);
      k[1]++;
      if (r.correct()) {
        correct++;
        k[0]++;
      }
      if (!MISSING.equals(r.predicted())) {
        found++;
        flagRight += r.required() == r.predictedRequired() ? 1 : 0;
      }
    }
    Map<String, Double> kindAccuracy = new TreeMap<>();
    kinds.forEach((k, v) -> kindAccuracy.put(k, v[0] / (double) v[1]));
    int n = Math.max(1, rows.size());
    return new Result(
        pairs,
        rows.size(),
        correct / (double) n,
        found / (double) n,
        flagRight / (double) Math.max(1, found),
        confusion,
        kindAccuracy,
        nonCount,
        spurious.size(),
        spurious,
        rows);
  }

  /** The reported requirement for a labelled text: same words, or one holding the other. */
  static @Nullable RequirementResult find(List<RequirementResult> got, String want) {
    String w = norm(want);
    for (RequirementResult q : got) {
      if (norm(q.text()).equals(w)) {
        return q;
      }
    }
    for (RequirementResult q : got) {
      String t = norm(q.text());
      if (t.length() >= 8 && w.length() >= 8 && (t.contains(w) || w.contains(t))) {
        return q;
      }
    }
    return null;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')
        .replaceAll("[^\\p{L}\\p{N}+#']+", " ")
        .strip();
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return Evaluator.csv().get().parse(r).getRecords();
    }
  }
}
