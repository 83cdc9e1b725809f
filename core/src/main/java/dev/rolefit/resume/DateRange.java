package dev.rolefit.resume;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A span of months, both ends inclusive.
 *
 * @param from the first month
 * @param to the last month (the clock's month when {@code present})
 * @param present whether the range was written as ongoing ("Present", "now")
 */
public record DateRange(YearMonth from, YearMonth to, boolean present) {

  /** Orders the ends. */
  public DateRange {
    if (to.isBefore(from)) {
      YearMonth t = from;
      from = to;
      to = t;
    }
  }

  /**
   * Length in months, counting both ends.
   *
   * @return at least 1
   */
  public int months() {
    return (int) ChronoUnit.MONTHS.between(from, to) + 1;
  }
}
