package dev.rolefit.eval;

import dev.rolefit.RoleFit;
import dev.rolefit.Target;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.report.FitReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Evaluates rolefit on a labelled CSV ({@code file,ml_related,level,specialization}, paths relative
 * to the CSV): ROC AUC of ML against non-ML, specialization and level accuracy.
 */
public final class Evaluator {
  private final RoleFit rolefit;

  /**
   * Creates an evaluator.
   *
   * @param rolefit the analyser
   */
  public Evaluator(RoleFit rolefit) {
    this.rolefit = rolefit;
  }

  /**
   * Evaluates a labels file.
   *
   * @param labels the CSV
   * @return the evaluation
   * @throws IOException when the CSV cannot be read
   * @throws IllegalArgumentException when the CSV lacks the required columns
   */
  public Evaluation evaluate(Path labels) throws IOException {
    return evaluate(labels, Map.of());
  }

  /**
   * Evaluates a labels file against hand-counted professional months too.
   *
   * @param labels the CSV
   * @param handMonths hand-counted professional months by file name as written in the CSV (files
   *     without a count are left out of the months agreement)
   * @return the evaluation
   * @throws IOException when the CSV cannot be read
   * @throws IllegalArgumentException when the CSV lacks the required columns
   */
  public Evaluation evaluate(Path labels, Map<String, Integer> handMonths) throws IOException {
    Path base = labels.toAbsolutePath().getParent();
    List<Evaluation.Row> rows = new ArrayList<>();
    CSVFormat format = csv().get();
    try (Reader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      for (String col : List.of("file", "ml_related", "level", "specialization")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new IllegalArgumentException(labels + ": missing column '" + col + "'");
        }
      }
      for (CSVRecord rec : parser) {
        rows.add(row(base, rec, handMonths.getOrDefault(rec.get("file"), -1)));
      }
    }
    return summarize(rows);
  }

  /**
   * Reads hand-counted professional months: a CSV with the columns {@code file} and {@code
   * professional_months} (other columns are ignored).
   *
   * @param csv the file
   * @return months by file name
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a column is missing or a count is not a number
   */
  public static Map<String, Integer> readHandMonths(Path csv) throws IOException {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    CSVFormat format = csv().setCommentMarker('#').get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      for (String col : List.of("file", "professional_months")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new IllegalArgumentException(csv + ": missing column '" + col + "'");
        }
      }
      for (CSVRecord rec : parser) {
        try {
          out.put(rec.get("file"), Integer.parseInt(rec.get("professional_months")));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              csv + " line " + rec.getRecordNumber() + ": professional_months is not a number", e);
        }
      }
    }
    return out;
  }

  /** A CSV with a header row, trimmed cells and no empty lines. */
  private static CSVFormat.Builder csv() {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true);
  }

  private Evaluation.Row row(Path base, CSVRecord rec, int hand) {
    String file = rec.get("file");
    boolean ml = Boolean.parseBoolean(rec.get("ml_related").toLowerCase(Locale.ROOT));
    String level = rec.get("level");
    String spec = rec.get("specialization");
    try {
      FitReport r = rolefit.analyze(base.resolve(file), Target.auto());
      return new Evaluation.Row(
          file,
          ml,
          level,
          spec,
          r.score().overall(),
          r.level().estimated(),
          r.specializations().get(0).id(),
          "",
          (int) r.sections().stream().filter(s -> !s.name().equals("contact")).count(),
          r.level().professionalMonths(),
          hand);
    } catch (DocumentException | IOException e) {
      return new Evaluation.Row(
          file, ml, level, spec, -1, "", "", String.valueOf(e.getMessage()), 0, -1, hand);
    }
  }

  static Evaluation summarize(List<Evaluation.Row> rows) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    int failed = 0;
    int mlRows = 0;
    int specOk = 0;
    int levelOk = 0;
    Map<String, Map<String, Integer>> specConf = new TreeMap<>();
    Map<String, Map<String, Integer>> levelConf = new TreeMap<>();
    int oneSection = 0;
    List<Integer> monthErrors = new ArrayList<>();
    int close = 0;
    for (Evaluation.Row r : rows) {
      if (!r.error().isEmpty()) {
        failed++;
        continue;
      }
      oneSection += r.sections() == 0 ? 1 : 0;
      if (r.handMonths() >= 0) {
        monthErrors.add(Math.abs(r.months() - r.handMonths()));
        close += r.monthsClose() ? 1 : 0;
      }
      (r.mlRelated() ? pos : neg).add(r.overall());
      if (r.mlRelated()) {
        mlRows++;
        if (r.bestSpecialization().equals(r.specialization())) {
          specOk++;
        }
        if (r.estimatedLevel().equals(r.level())) {
          levelOk++;
        }
        specConf
            .computeIfAbsent(r.specialization(), k -> new TreeMap<>())
            .merge(r.bestSpecialization(), 1, Integer::sum);
        levelConf
            .computeIfAbsent(r.level(), k -> new TreeMap<>())
            .merge(r.estimatedLevel(), 1, Integer::sum);
      }
    }
    return new Evaluation(
        rows.size(),
        failed,
        auc(pos, neg),
        mlRows == 0 ? 0 : specOk / (double) mlRows,
        mlRows == 0 ? 0 : levelOk / (double) mlRows,
        specConf,
        levelConf,
        oneSection,
        agreement(monthErrors, close),
        rows);
  }

  private static Evaluation.MonthsAgreement agreement(List<Integer> errors, int close) {
    if (errors.isEmpty()) {
      return new Evaluation.MonthsAgreement(0, 0, 0, 0);
    }
    List<Integer> sorted = new ArrayList<>(errors);
    java.util.Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
    return new Evaluation.MonthsAgreement(n, close, median, Math.round(mean * 10) / 10.0);
  }

  /**
   * ROC AUC as the probability that a positive outscores a negative (ties count half).
   *
   * @param pos scores of positives
   * @param neg scores of negatives
   * @return the AUC, 0 when either list is empty
   */
  public static double auc(List<Double> pos, List<Double> neg) {
    if (pos.isEmpty() || neg.isEmpty()) {
      return 0;
    }
    double wins = 0;
    for (double p : pos) {
      for (double n : neg) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / (pos.size() * (double) neg.size());
  }
}
