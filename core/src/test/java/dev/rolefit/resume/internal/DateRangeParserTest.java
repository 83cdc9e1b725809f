package dev.rolefit.resume.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.resume.DateRange;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Date ranges in the forms resumes write them, including the mangled full-width dash of some resume
 * builders. Every line here is made up in the format, not taken from a resume.
 */
class DateRangeParserTest {
  private static final YearMonth NOW = YearMonth.of(2024, 6);
  // A full-width dash (U+FF0D) whose UTF-8 bytes were read as Windows-1252, as stored in the PDF.
  private static final String MANGLED_RAW = "\u00EF\u00BC\u200B";
  // The same after text normalisation (NFKC turns "¼" into "1⁄4"): what the parser sees.
  private static final String MANGLED = TextAssembler.normalize("a " + MANGLED_RAW + " b");

  private static DateRange only(String line) {
    List<DateRange> r = DateRangeParser.ranges(line, NOW);
    assertEquals(1, r.size(), line + " -> " + r);
    return r.get(0);
  }

  @Test
  void theNormalisedSeparatorIsWhatTheFixturesAssume() {
    assertEquals("a \u00EF1\u20444 b", MANGLED);
  }

  @Test
  void mangledDashBetweenNumericMonthsAndCurrent() {
    String sep = MANGLED.substring(2, MANGLED.length() - 2);
    DateRange open =
        only(
            "Store Associate , 10/2013 "
                + sep
                + " Current Harbor Goods "
                + sep
                + " Springfield , OH");
    assertEquals(YearMonth.of(2013, 10), open.from());
    assertEquals(NOW, open.to());
    assertTrue(open.present());

    DateRange closed =
        only("Line Cook 01/1999 " + sep + " 04/2007 Blue Fern Bistro Springfield , OH");
    assertEquals(YearMonth.of(1999, 1), closed.from());
    assertEquals(YearMonth.of(2007, 4), closed.to());
    assertEquals(false, closed.present());
  }

  @Test
  void mangledDashBeforeNormalisationAndFullWidthDashes() {
    DateRange raw = only("Teller , 02/2012 " + MANGLED_RAW + " 05/2012 Riverbank Credit Union");
    assertEquals(YearMonth.of(2012, 2), raw.from());
    assertEquals(YearMonth.of(2012, 5), raw.to());
    DateRange fullWidth = only("Analyst 2015\uFF0D2017");
    assertEquals(YearMonth.of(2015, 1), fullWidth.from());
    assertEquals(YearMonth.of(2017, 12), fullWidth.to());
    DateRange wave = only("Analyst Mar 2018 \uFF5E Present");
    assertEquals(YearMonth.of(2018, 3), wave.from());
    assertTrue(wave.present());
  }

  @Test
  void mangledDashAsAFieldSeparatorMakesNoRange() {
    String sep = MANGLED.substring(2, MANGLED.length() - 2);
    String school = "June 2011 Lakeview High School " + sep + " Springfield , OH GED";
    assertTrue(DateRangeParser.ranges(school, NOW).isEmpty());
    DateRange single = DateRangeParser.single(school, NOW);
    assertEquals(YearMonth.of(2011, 6), single.from());
    assertNull(DateRangeParser.single("Harbor Goods " + sep + " Springfield , OH", NOW));
  }

  @Test
  void mangledDashReadsLikeAnEnDash() {
    String sep = MANGLED.substring(2, MANGLED.length() - 2);
    qt().withExamples(300)
        .withFixedSeed(20260101L)
        .forAll(
            integers().between(1, 12),
            integers().between(1960, 2023),
            integers().between(1, 12),
            integers().between(0, 10))
        .checkAssert(
            (m1, y1, m2, span) -> {
              String from = String.format(Locale.ROOT, "%02d/%d", m1, y1);
              String to = String.format(Locale.ROOT, "%02d/%d", m2, y1 + span);
              assertEquals(
                  DateRangeParser.ranges("Clerk " + from + " \u2013 " + to + " Acme", NOW),
                  DateRangeParser.ranges("Clerk " + from + " " + sep + " " + to + " Acme", NOW));
            });
  }
}
