package dev.rolefit.eval;

import java.util.List;
import java.util.Map;

/**
 * How well rolefit agrees with a labelled set of resumes.
 *
 * @param files number of labelled files
 * @param failed files that could not be analysed
 * @param rocAuc ROC AUC of the overall score separating ML from non-ML resumes
 * @param specializationAccuracy share of ML resumes whose best specialization is the label
 * @param levelAccuracy share of ML resumes whose estimated level is the label
 * @param specializationConfusion label to predicted to count
 * @param levelConfusion label to predicted to count
 * @param rows one row per file, in the CSV's order
 */
public record Evaluation(
    int files,
    int failed,
    double rocAuc,
    double specializationAccuracy,
    double levelAccuracy,
    Map<String, Map<String, Integer>> specializationConfusion,
    Map<String, Map<String, Integer>> levelConfusion,
    List<Row> rows) {

  /** Copies the rows. */
  public Evaluation {
    rows = List.copyOf(rows);
  }

  /**
   * One labelled file and what rolefit made of it.
   *
   * @param file the path as written in the CSV
   * @param mlRelated the label
   * @param level the labelled level, or ""
   * @param specialization the labelled specialization, or ""
   * @param overall the overall score (auto target), or -1 when analysis failed
   * @param estimatedLevel the estimated level, or ""
   * @param bestSpecialization the best specialization, or ""
   * @param error the failure message, or ""
   */
  public record Row(
      String file,
      boolean mlRelated,
      String level,
      String specialization,
      double overall,
      String estimatedLevel,
      String bestSpecialization,
      String error) {}
}
