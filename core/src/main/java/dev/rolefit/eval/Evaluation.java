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
 * @param oneSection files whose text all fell into one section (no heading recognised)
 * @param months how the parsed professional months compare with hand counts, where given
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
    int oneSection,
    MonthsAgreement months,
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
   * @param sections the number of sections other than the contact block
   * @param months the parsed professional months, or -1 when analysis failed
   * @param handMonths the hand-counted professional months, or -1 when not given
   */
  public record Row(
      String file,
      boolean mlRelated,
      String level,
      String specialization,
      double overall,
      String estimatedLevel,
      String bestSpecialization,
      String error,
      int sections,
      int months,
      int handMonths) {

    /**
     * Whether the parsed months are close to the hand count: within 12 months or 20% of it.
     *
     * @return true when close, false when far or when there is no hand count
     */
    public boolean monthsClose() {
      if (handMonths < 0 || months < 0) {
        return false;
      }
      int d = Math.abs(months - handMonths);
      return d <= MonthsAgreement.SLACK_MONTHS || d <= MonthsAgreement.SLACK_SHARE * handMonths;
    }
  }

  /**
   * Agreement of parsed professional months with hand counts.
   *
   * @param counted files with a hand count that were analysed
   * @param close of those, files within 12 months or 20% of the hand count
   * @param medianError the median absolute difference in months
   * @param meanError the mean absolute difference in months
   */
  public record MonthsAgreement(int counted, int close, double medianError, double meanError) {
    /** Months of slack before a count is off. */
    public static final int SLACK_MONTHS = 12;

    /** Share of the hand count allowed as slack when that is more than 12 months. */
    public static final double SLACK_SHARE = 0.2;
  }
}
