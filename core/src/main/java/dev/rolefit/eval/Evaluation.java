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
 * @param top2SpecializationAccuracy share of ML resumes whose labelled specialization is among the
 *     best two
 * @param specializationConfusion label to predicted to count
 * @param levelConfusion label to predicted to count
 * @param specializationClasses per labelled specialization, precision and recall of the best one
 * @param levelClasses per level, precision and recall of the estimate
 * @param rankLevel the target level of the level-ranking AUC, or "" when not asked for
 * @param levelRankingAuc with that level and each ML resume's own specialization as the target, the
 *     probability that a resume labelled at that level outscores one labelled at the farthest other
 *     level (senior over entry, entry over senior), or 0 when not asked for
 * @param calibration the overall score at each resume's labelled target, per class
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
    double top2SpecializationAccuracy,
    Map<String, Map<String, Integer>> specializationConfusion,
    Map<String, Map<String, Integer>> levelConfusion,
    List<ClassScore> specializationClasses,
    List<ClassScore> levelClasses,
    String rankLevel,
    double levelRankingAuc,
    List<Calibration> calibration,
    int oneSection,
    MonthsAgreement months,
    List<Row> rows) {

  /** Copies the lists. */
  public Evaluation {
    specializationClasses = List.copyOf(specializationClasses);
    levelClasses = List.copyOf(levelClasses);
    calibration = List.copyOf(calibration);
    rows = List.copyOf(rows);
  }

  /**
   * Precision and recall of one class.
   *
   * @param label the class
   * @param support resumes labelled with it
   * @param predicted resumes predicted as it
   * @param precision share of the predicted that carry the label (0 when none predicted)
   * @param recall share of the labelled that were predicted (0 when none labelled)
   */
  public record ClassScore(
      String label, int support, int predicted, double precision, double recall) {}

  /**
   * The distribution of overall scores of one class at its labelled target: what the bands mean on
   * real resumes.
   *
   * @param group the class ("ML entry", "ML all", "non-ML", ...)
   * @param count resumes
   * @param min lowest score
   * @param q1 first quartile
   * @param median median
   * @param q3 third quartile
   * @param max highest score
   * @param bands resumes per band
   */
  public record Calibration(
      String group,
      int count,
      double min,
      double q1,
      double median,
      double q3,
      double max,
      Map<String, Integer> bands) {}

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
   * @param secondarySpecialization the labelled secondary specialization, or ""
   * @param secondBest the second-best specialization, or ""
   * @param topSpecializations the best three with their scores, for reading misses
   * @param targetOverall the overall score at the labelled level and specialization (applied for
   *     non-ML resumes), or -1
   * @param targetBand the band of that score, or ""
   * @param rankOverall the overall score at the ranking level and own specialization, or -1
   * @param levelSignals what decided the estimated level
   * @param primary the primary specialization (its score reaches the profile's fit minimum), or ""
   * @param secondary the secondary specialization (close to the primary), or ""
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
      int handMonths,
      String secondarySpecialization,
      String secondBest,
      String topSpecializations,
      double targetOverall,
      String targetBand,
      double rankOverall,
      List<String> levelSignals,
      String primary,
      String secondary) {

    /** Copies the list. */
    public Row {
      levelSignals = List.copyOf(levelSignals);
    }

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
