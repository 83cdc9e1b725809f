package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.internal.CareerMonths;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Professional months over generated careers: never negative, never more than 50 years, never more
 * than the months the entries span, and the same whatever order the entries come in.
 */
class CareerMonthsPropertyTest {
  private static final EntryKind[] KINDS = EntryKind.values();

  private static Gen<ExperienceEntry> entries() {
    return integers()
        .between(0, 149 * 12)
        .zip(
            integers().between(0, 80 * 12),
            integers().between(0, KINDS.length - 1),
            integers().between(0, 1),
            (start, length, kind, doctoral) -> {
              YearMonth from = YearMonth.of(1950, 1).plusMonths(start);
              YearMonth to = from.plusMonths(length);
              if (to.getYear() > 2099) {
                to = YearMonth.of(2099, 12);
              }
              return new ExperienceEntry(
                  KINDS[kind],
                  "Role",
                  "Org",
                  "Role, Org",
                  0,
                  0,
                  1,
                  1,
                  new DateRange(from, to, false),
                  SectionKind.EXPERIENCE,
                  doctoral == 1);
            });
  }

  @Test
  void monthsAreBoundedAndOrderFree() {
    qt().withExamples(500)
        .withFixedSeed(20261201L)
        .forAll(lists().of(entries()).ofSizeBetween(0, 12))
        .checkAssert(
            list -> {
              int months = CareerMonths.professional(list);
              assertTrue(months >= 0 && months <= CareerMonths.MAX_MONTHS, () -> "" + months);
              int span = list.stream().mapToInt(e -> e.weight() > 0 ? e.dates().months() : 0).sum();
              assertTrue(months <= span, () -> months + " > " + span);
              List<ExperienceEntry> reversed = new ArrayList<>(list);
              java.util.Collections.reverse(reversed);
              assertTrue(months == CareerMonths.professional(reversed));
            });
  }
}
