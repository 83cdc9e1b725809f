package dev.rolefit.resume.internal;

import dev.rolefit.resume.ExperienceEntry;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Professional months: each calendar month counts with the weight of the entry that counts most in
 * it (a job during a doctorate counts fully, an internship during it half), so overlaps are merged
 * and nothing counts twice. At most 50 years.
 */
public final class CareerMonths {
  /** The most months a career can hold: 50 years. */
  public static final int MAX_MONTHS = 50 * 12;

  private CareerMonths() {}

  /**
   * Weighted professional months of some entries.
   *
   * @param entries the entries
   * @return the months, rounded half up, between 0 and {@link #MAX_MONTHS}
   */
  public static int professional(List<ExperienceEntry> entries) {
    return professional(entries, ExperienceEntry::weight);
  }

  /**
   * Weighted months of some entries, each entry weighing what {@code weight} says (0 leaves it
   * out).
   *
   * @param entries the entries
   * @param weight the share of an entry's months that counts
   * @return the months, rounded half up, between 0 and {@link #MAX_MONTHS}
   */
  public static int professional(
      List<ExperienceEntry> entries, ToDoubleFunction<ExperienceEntry> weight) {
    YearMonth first = null;
    YearMonth last = null;
    for (ExperienceEntry e : entries) {
      if (weight.applyAsDouble(e) <= 0) {
        continue;
      }
      if (first == null || e.dates().from().isBefore(first)) {
        first = e.dates().from();
      }
      if (last == null || e.dates().to().isAfter(last)) {
        last = e.dates().to();
      }
    }
    if (first == null) {
      return 0;
    }
    int span = (int) ChronoUnit.MONTHS.between(first, last) + 1;
    double[] monthWeight = new double[span];
    for (ExperienceEntry e : entries) {
      double w = weight.applyAsDouble(e);
      if (w <= 0) {
        continue;
      }
      int a = (int) ChronoUnit.MONTHS.between(first, e.dates().from());
      int b = (int) ChronoUnit.MONTHS.between(first, e.dates().to());
      for (int m = a; m <= b; m++) {
        monthWeight[m] = Math.max(monthWeight[m], w);
      }
    }
    double sum = 0;
    for (double w : monthWeight) {
      sum += w;
    }
    return (int) Math.min(MAX_MONTHS, Math.floor(sum + 0.5));
  }
}
