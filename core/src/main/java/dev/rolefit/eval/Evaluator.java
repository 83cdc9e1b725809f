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
    Path base = labels.toAbsolutePath().getParent();
    List<Evaluation.Row> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (Reader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      for (String col : List.of("file", "ml_related", "level", "specialization")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new IllegalArgumentException(labels + ": missing column '" + col + "'");
        }
      }
      for (CSVRecord rec : parser) {
        rows.add(row(base, rec));
      }
    }
    return summarize(rows);
  }

  private Evaluation.Row row(Path base, CSVRecord rec) {
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
          "");
    } catch (DocumentException | IOException e) {
      return new Evaluation.Row(file, ml, level, spec, -1, "", "", String.valueOf(e.getMessage()));
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
    for (Evaluation.Row r : rows) {
      if (!r.error().isEmpty()) {
        failed++;
        continue;
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
        rows);
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
