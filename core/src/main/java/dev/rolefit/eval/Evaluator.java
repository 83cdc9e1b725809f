package dev.rolefit.eval;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.SectionKind;
import dev.rolefit.model.Target;
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
import org.jspecify.annotations.Nullable;

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
   * @throws EvalInputException when the CSV lacks the required columns
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
   * @throws EvalInputException when the CSV lacks the required columns
   */
  public Evaluation evaluate(Path labels, Map<String, Integer> handMonths) throws IOException {
    return evaluate(labels, handMonths, null);
  }

  /**
   * Evaluates a labels file, with hand counts, and ranks the ML resumes for one target level.
   *
   * @param labels the CSV; an optional column {@code secondary_specialization} adds top-2 accuracy
   * @param handMonths hand-counted professional months by file name (may be empty)
   * @param rankLevel the target level of the level-ranking AUC (each resume with its own
   *     specialization), or null for none
   * @return the evaluation
   * @throws IOException when the CSV cannot be read
   * @throws EvalInputException when the CSV lacks the required columns
   */
  public Evaluation evaluate(
      Path labels, Map<String, Integer> handMonths, @Nullable Level rankLevel) throws IOException {
    Path base = labels.toAbsolutePath().getParent();
    List<Evaluation.Row> rows = new ArrayList<>();
    CSVFormat format = csv().get();
    try (Reader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      for (String col : List.of("file", "ml_related", "level", "specialization")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new EvalInputException(labels + ": missing column '" + col + "'");
        }
      }
      for (CSVRecord rec : parser) {
        String secondary =
            rec.isMapped("secondary_specialization") ? rec.get("secondary_specialization") : "";
        rows.add(
            row(base, rec, handMonths.getOrDefault(rec.get("file"), -1), secondary, rankLevel));
      }
    }
    return summarize(rows, rankLevel == null ? "" : rankLevel.id());
  }

  /**
   * Reads hand-counted professional months: a CSV with the columns {@code file} and {@code
   * professional_months} (other columns are ignored).
   *
   * @param csv the file
   * @return months by file name
   * @throws IOException when the file cannot be read
   * @throws EvalInputException when a column is missing or a count is not a number
   */
  public static Map<String, Integer> readHandMonths(Path csv) throws IOException {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    CSVFormat format = csv().setCommentMarker('#').get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      for (String col : List.of("file", "professional_months")) {
        if (!parser.getHeaderMap().containsKey(col)) {
          throw new EvalInputException(csv + ": missing column '" + col + "'");
        }
      }
      for (CSVRecord rec : parser) {
        try {
          out.put(rec.get("file"), Integer.parseInt(rec.get("professional_months")));
        } catch (NumberFormatException e) {
          throw new EvalInputException(
              csv + " line " + rec.getRecordNumber() + ": professional_months is not a number", e);
        }
      }
    }
    return out;
  }

  /** A CSV with a header row, trimmed cells and no empty lines. */
  static CSVFormat.Builder csv() {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true);
  }

  private Evaluation.Row row(
      Path base, CSVRecord rec, int hand, String secondary, Level rankLevel) {
    String file = rec.get("file");
    boolean ml = Boolean.parseBoolean(rec.get("ml_related").toLowerCase(Locale.ROOT));
    String level = rec.get("level");
    String spec = rec.get("specialization");
    try {
      Path path = base.resolve(file);
      FitReport r = rolefit.analyze(path, Target.auto());
      String ownSpec = ownSpecialization(spec);
      // Without a labelled level (non-ML resumes of the team's set), the automatic target.
      double targetOverall = level.isBlank() ? r.score().overall() : -1;
      String targetBand = level.isBlank() ? r.score().band().id() : "";
      if (!level.isBlank()) {
        FitReport t = rolefit.analyze(path, Target.of(Level.of(level), ownSpec));
        targetOverall = t.score().overall();
        targetBand = t.score().band().id();
      }
      double rankOverall =
          rankLevel == null || !ml
              ? -1
              : rolefit.analyze(path, Target.of(rankLevel, ownSpec)).score().overall();
      List<FitReport.SpecializationScore> specs = r.specializations();
      StringBuilder top = new StringBuilder();
      for (int i = 0; i < Math.min(3, specs.size()); i++) {
        top.append(i == 0 ? "" : ", ")
            .append(specs.get(i).id())
            .append(String.format(Locale.ROOT, " %.1f", specs.get(i).score()));
      }
      return new Evaluation.Row(
          file,
          ml,
          level,
          spec,
          r.score().overall(),
          r.level().estimated().id(),
          specs.get(0).id(),
          "",
          (int) r.sections().stream().filter(s -> s.name() != SectionKind.CONTACT).count(),
          r.level().professionalMonths(),
          hand,
          secondary,
          specs.size() > 1 ? specs.get(1).id() : "",
          top.toString(),
          targetOverall,
          targetBand,
          rankOverall,
          r.level().signals(),
          r.specializationAs(FitKind.PRIMARY),
          r.specializationAs(FitKind.SECONDARY));
    } catch (DocumentException | IOException e) {
      return new Evaluation.Row(
          file,
          ml,
          level,
          spec,
          -1,
          "",
          "",
          String.valueOf(e.getMessage()),
          0,
          -1,
          hand,
          secondary,
          "",
          "",
          -1,
          "",
          -1,
          List.of(),
          "",
          "");
    }
  }

  /** The specialization a labelled resume is scored at: its own, or applied for non-ML ones. */
  static String ownSpecialization(String labelled) {
    return labelled.isBlank() ? "applied" : labelled;
  }

  static Evaluation summarize(List<Evaluation.Row> rows) {
    return summarize(rows, "");
  }

  static Evaluation summarize(List<Evaluation.Row> rows, String rankLevel) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    int failed = 0;
    int mlRows = 0;
    int specOk = 0;
    int top2Ok = 0;
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
        if (r.bestSpecialization().equals(r.specialization())
            || r.secondBest().equals(r.specialization())) {
          top2Ok++;
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
        mlRows == 0 ? 0 : top2Ok / (double) mlRows,
        specConf,
        levelConf,
        classes(specConf),
        classes(levelConf),
        rankLevel,
        levelRankingAuc(rows, rankLevel),
        calibration(rows),
        oneSection,
        agreement(monthErrors, close),
        rows);
  }

  /** Precision and recall per class from a confusion matrix (label to predicted to count). */
  static List<Evaluation.ClassScore> classes(Map<String, Map<String, Integer>> confusion) {
    Map<String, Integer> predicted = new TreeMap<>();
    confusion.values().forEach(m -> m.forEach((k, v) -> predicted.merge(k, v, Integer::sum)));
    java.util.Set<String> labels = new java.util.TreeSet<>(confusion.keySet());
    labels.addAll(predicted.keySet());
    List<Evaluation.ClassScore> out = new ArrayList<>();
    for (String label : labels) {
      Map<String, Integer> row = confusion.getOrDefault(label, Map.of());
      int support = row.values().stream().mapToInt(Integer::intValue).sum();
      int hits = row.getOrDefault(label, 0);
      int pred = predicted.getOrDefault(label, 0);
      out.add(
          new Evaluation.ClassScore(
              label,
              support,
              pred,
              pred == 0 ? 0 : hits / (double) pred,
              support == 0 ? 0 : hits / (double) support));
    }
    return out;
  }

  /** Resumes labelled at the ranking level against those at the farthest level from it. */
  private static double levelRankingAuc(List<Evaluation.Row> rows, String rankLevel) {
    if (rankLevel.isEmpty()) {
      return 0;
    }
    String other = rankLevel.equals("entry") ? "senior" : "entry";
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (Evaluation.Row r : rows) {
      if (r.error().isEmpty() && r.mlRelated() && r.rankOverall() >= 0) {
        if (r.level().equals(rankLevel)) {
          pos.add(r.rankOverall());
        } else if (r.level().equals(other)) {
          neg.add(r.rankOverall());
        }
      }
    }
    return auc(pos, neg);
  }

  /** Scores at the labelled target per class: ML per level, all ML, non-ML. */
  private static List<Evaluation.Calibration> calibration(List<Evaluation.Row> rows) {
    Map<String, List<Evaluation.Row>> groups = new java.util.LinkedHashMap<>();
    for (String level : List.of("entry", "mid", "senior")) {
      groups.put("ML " + level, new ArrayList<>());
    }
    groups.put("ML all", new ArrayList<>());
    groups.put("non-ML", new ArrayList<>());
    for (Evaluation.Row r : rows) {
      if (!r.error().isEmpty() || r.targetOverall() < 0) {
        continue;
      }
      if (r.mlRelated()) {
        groups.computeIfAbsent("ML " + r.level(), k -> new ArrayList<>()).add(r);
        groups.get("ML all").add(r);
      } else {
        groups.get("non-ML").add(r);
      }
    }
    List<Evaluation.Calibration> out = new ArrayList<>();
    groups.forEach(
        (group, members) -> {
          if (members.isEmpty()) {
            return;
          }
          double[] v =
              members.stream().mapToDouble(Evaluation.Row::targetOverall).sorted().toArray();
          Map<String, Integer> bands = new TreeMap<>();
          members.forEach(m -> bands.merge(m.targetBand(), 1, Integer::sum));
          out.add(
              new Evaluation.Calibration(
                  group,
                  v.length,
                  v[0],
                  quantile(v, 0.25),
                  quantile(v, 0.5),
                  quantile(v, 0.75),
                  v[v.length - 1],
                  bands));
        });
    return out;
  }

  /** Linear interpolation between order statistics; {@code sorted} is ascending. */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    double v = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    return Math.round(v * 10) / 10.0;
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
