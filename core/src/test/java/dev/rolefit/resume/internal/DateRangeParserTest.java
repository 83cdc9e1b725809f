package dev.rolefit.resume.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.resume.DateRange;
import dev.rolefit.resume.internal.DateRangeParser.Found;
import dev.rolefit.resume.internal.DateRangeParser.Open;
import dev.rolefit.resume.internal.DateRangeParser.Precision;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Date ranges in the forms resumes write them: form by form, then by property over generated ranges
 * written in many surface forms. Every line here is made up in the format, not taken from a resume;
 * every name in them is fictional.
 */
class DateRangeParserTest {
  private static final YearMonth NOW = YearMonth.of(2024, 6);
  // A full-width dash (U+FF0D) whose UTF-8 bytes were read as Windows-1252, as stored in the PDF.
  private static final String MANGLED_RAW = "\u00EF\u00BC\u200B";
  // The same after text normalisation (NFKC turns "¼" into "1⁄4"): what the parser sees.
  private static final String MANGLED = TextAssembler.normalize("a " + MANGLED_RAW + " b");
  private static final String SEP = MANGLED.substring(2, MANGLED.length() - 2);

  /** Every dash kind the parser reads between two dates. */
  private static final List<String> DASHES =
      List.of(
          "-",
          "\u2013",
          "\u2014",
          "\u2212",
          "\u2010",
          "\u2011",
          "--",
          "~",
          "\uFF0D",
          "\uFF5E",
          "\u00AD",
          "\uFFFD",
          SEP,
          MANGLED_RAW);

  private static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  // ------------------------------------------------------------------ assertions

  /**
   * Asserts that {@code line} holds exactly one range, written as {@code written}, that runs from
   * {@code from} to {@code to} once resolved at {@link #NOW}; a null {@code to} means open (it ends
   * at {@link #NOW}).
   */
  private static void range(String line, String written, YearMonth from, YearMonth to) {
    List<Found> found = DateRangeParser.find(line);
    List<Found> ranges = found.stream().filter(f -> !f.single()).toList();
    assertEquals(1, ranges.size(), () -> line + " -> " + found);
    Found f = ranges.get(0);
    assertEquals(written, line.substring(f.start(), f.end()), line);
    assertEquals(to == null, f.open() != Open.NO, line);
    DateRange r = f.resolve(NOW);
    assertNotNull(r, line);
    assertEquals(from, r.from(), line);
    assertEquals(to == null ? NOW : to, r.to(), line);
    assertEquals(to == null, r.present(), line);
    assertTrue(DateRangeParser.hasRange(line), line);
    assertEquals(List.of(r), DateRangeParser.ranges(line, NOW), line);
  }

  /** Asserts that {@code line} holds one single date, written as {@code written}. */
  private static Found single(String line, String written, YearMonth from, YearMonth to) {
    List<Found> found = DateRangeParser.find(line);
    assertEquals(1, found.size(), () -> line + " -> " + found);
    Found f = found.get(0);
    assertTrue(f.single(), line);
    assertEquals(written, line.substring(f.start(), f.end()), line);
    assertEquals(from, f.from(), line);
    assertEquals(to, f.to(), line);
    assertFalse(DateRangeParser.hasRange(line), line);
    assertTrue(DateRangeParser.ranges(line, NOW).isEmpty(), line);
    return f;
  }

  /** Asserts that {@code line} holds no date at all. */
  private static void nothing(String line) {
    assertEquals(List.of(), DateRangeParser.find(line), line);
    assertFalse(DateRangeParser.hasRange(line), line);
    assertNull(DateRangeParser.single(line, NOW), line);
  }

  // ------------------------------------------------------------------ form by form

  @Test
  void monthNamesAndPresent() {
    assertAll(
        "month names",
        () ->
            range(
                "Research Engineer, Acme Labs  Jan 2020 \u2013 Present",
                "Jan 2020 \u2013 Present",
                ym(2020, 1),
                null),
        () ->
            range(
                "Data Analyst, Northwind Traders  January 2020 - March 2021",
                "January 2020 - March 2021",
                ym(2020, 1),
                ym(2021, 3)),
        () ->
            range(
                "Summer Intern, Contoso Ltd  Jan. 2001-June 2002",
                "Jan. 2001-June 2002",
                ym(2001, 1),
                ym(2002, 6)),
        () ->
            range(
                "PhD Student, Example University  Sept 2019 \u2013 May 2021",
                "Sept 2019 \u2013 May 2021",
                ym(2019, 9),
                ym(2021, 5)),
        () ->
            range(
                "Barista, Blue Fern Bistro  Nov 2020 - Feb 2021",
                "Nov 2020 - Feb 2021",
                ym(2020, 11),
                ym(2021, 2)),
        () ->
            range(
                "SENIOR ANALYST, NORTHWIND  SEPTEMBER 2019 \u2013 PRESENT",
                "SEPTEMBER 2019 \u2013 PRESENT",
                ym(2019, 9),
                null));
  }

  @Test
  void numericMonths() {
    assertAll(
        "numeric months",
        () ->
            range(
                "Line Cook, Blue Fern Bistro  03/2016 - 08/2018",
                "03/2016 - 08/2018",
                ym(2016, 3),
                ym(2018, 8)),
        () ->
            range(
                "Line Cook, Blue Fern Bistro  3/2016\u20138/2018",
                "3/2016\u20138/2018",
                ym(2016, 3),
                ym(2018, 8)),
        () ->
            range(
                "Line Cook, Blue Fern Bistro  2016-03 \u2013 2018-08",
                "2016-03 \u2013 2018-08",
                ym(2016, 3),
                ym(2018, 8)),
        () ->
            range(
                "Line Cook, Blue Fern Bistro  03.2016 - 08.2018",
                "03.2016 - 08.2018",
                ym(2016, 3),
                ym(2018, 8)));
  }

  @Test
  void yearsAndShortEndYears() {
    assertAll(
        "years",
        () -> range("Analyst, Acme Corp  2019-2021", "2019-2021", ym(2019, 1), ym(2021, 12)),
        () ->
            range(
                "Analyst, Acme Corp  2019 \u2013 21", "2019 \u2013 21", ym(2019, 1), ym(2021, 12)),
        () ->
            range(
                "Teaching Assistant, Example University  2019/20",
                "2019/20",
                ym(2019, 1),
                ym(2020, 12)),
        () -> range("Lecturer, Example University  1999-00", "1999-00", ym(1999, 1), ym(2000, 12)));
  }

  @Test
  void openRanges() {
    assertAll(
        "open ranges",
        () -> {
          String line = "Research Scientist, Acme Labs  2021 \u2013";
          range(line, "2021 \u2013", ym(2021, 1), null);
          assertTrue(DateRangeParser.find(line).get(0).dangling(), "dash at line end");
        },
        () -> {
          String line = "2021 \u2013 Research Scientist, Acme";
          range(line, "2021 \u2013", ym(2021, 1), null);
          assertTrue(DateRangeParser.find(line).get(0).dangling(), "dates first");
        },
        () -> range("Consultant since 2022", "since 2022", ym(2022, 1), null),
        () -> range("Consultant, Northwind  since Jan. 2020", "since Jan. 2020", ym(2020, 1), null),
        () -> range("Consultant, Northwind  2019 to date", "2019 to date", ym(2019, 1), null),
        () -> range("Consultant, Northwind  2019 \u2013 now", "2019 \u2013 now", ym(2019, 1), null),
        () ->
            range(
                "Consultant, Northwind  2020 \u2013 ongoing",
                "2020 \u2013 ongoing",
                ym(2020, 1),
                null),
        () -> {
          String line = "Consultant, Northwind  Jan 2020 \u2013 Present";
          assertEquals(Open.PRESENT, DateRangeParser.find(line).get(0).open());
        });
  }

  @Test
  void fromTo() {
    assertAll(
        "from .. to",
        () ->
            range(
                "Consultant, Northwind  from 2019 to 2021",
                "from 2019 to 2021",
                ym(2019, 1),
                ym(2021, 12)),
        () ->
            range(
                "Consultant, Northwind  Jan 2020 until Mar 2021",
                "Jan 2020 until Mar 2021",
                ym(2020, 1),
                ym(2021, 3)),
        () ->
            range(
                "from Jan 2020 to Mar 2021 Consultant, Northwind",
                "from Jan 2020 to Mar 2021",
                ym(2020, 1),
                ym(2021, 3)));
  }

  @Test
  void startWithoutYearTakesTheEndsYear() {
    assertAll(
        "start without a year",
        () ->
            range(
                "Summer Intern, Acme Labs  June \u2013 August 2021",
                "June \u2013 August 2021",
                ym(2021, 6),
                ym(2021, 8)),
        () ->
            range(
                "Summer Intern, Acme Labs  June - Dec. 2020",
                "June - Dec. 2020",
                ym(2020, 6),
                ym(2020, 12)),
        () ->
            range(
                "Winter Intern, Acme Labs  Nov \u2013 Feb 2021",
                "Nov \u2013 Feb 2021",
                ym(2020, 11),
                ym(2021, 2)));
  }

  @Test
  void seasonsAreAcademicTerms() {
    assertAll(
        "seasons",
        () -> {
          String line = "Research Intern, Acme Labs  Summer 2021";
          Found f = single(line, "Summer 2021", ym(2021, 6), ym(2021, 8));
          assertEquals(Precision.SEASON, f.precision());
          assertEquals(
              new DateRange(ym(2021, 6), ym(2021, 8), false), DateRangeParser.single(line, NOW));
        },
        () ->
            range(
                "Student, Example College  Fall 2017 - Spring 2019",
                "Fall 2017 - Spring 2019",
                ym(2017, 9),
                ym(2019, 5)),
        () ->
            range(
                "Student, Example College  Fall '98 - Spring 2000",
                "Fall '98 - Spring 2000",
                ym(1998, 9),
                ym(2000, 5)),
        () -> single("Intern, Acme Labs  Winter 2020", "Winter 2020", ym(2019, 12), ym(2020, 2)),
        () -> single("Intern, Acme Labs  Autumn 2018", "Autumn 2018", ym(2018, 9), ym(2018, 12)),
        () ->
            range(
                "Student, Example College  Winter \u2013 Spring 2020",
                "Winter \u2013 Spring 2020",
                ym(2019, 12),
                ym(2020, 5)),
        () ->
            range(
                "Student, Example College  Fall \u2013 Winter 2020",
                "Fall \u2013 Winter 2020",
                ym(2019, 9),
                ym(2020, 2)),
        () ->
            range(
                "Student, Example College  Fall \u2013 Spring 2020",
                "Fall \u2013 Spring 2020",
                ym(2019, 9),
                ym(2020, 5)));
  }

  @Test
  void twoDigitYearsAreTrustedOnlyInRanges() {
    assertAll(
        "two-digit years",
        () -> range("Engineer, Acme Labs  Aug 13 - Present", "Aug 13 - Present", ym(2013, 8), null),
        () ->
            range(
                "Engineer, Acme Labs  Aug 13 - Jun 16",
                "Aug 13 - Jun 16",
                ym(2013, 8),
                ym(2016, 6)),
        () ->
            range(
                "Engineer, Acme Labs  Aug 98 \u2013 May 02",
                "Aug 98 \u2013 May 02",
                ym(1998, 8),
                ym(2002, 5)),
        () ->
            range("Engineer, Acme Labs  03/16 - 08/18", "03/16 - 08/18", ym(2016, 3), ym(2018, 8)),
        () -> nothing("Engineer, Acme Labs  Aug 13"),
        () -> nothing("Engineer, Acme Labs  03/16"));
  }

  @Test
  void daysAreKeptToTheirMonth() {
    assertAll(
        "days",
        () ->
            range(
                "Engineer, Acme Labs  May 13, 2019 - June 1, 2020",
                "May 13, 2019 - June 1, 2020",
                ym(2019, 5),
                ym(2020, 6)),
        () ->
            range(
                "Engineer, Acme Labs  13 May 2019 \u2013 1 June 2020",
                "13 May 2019 \u2013 1 June 2020",
                ym(2019, 5),
                ym(2020, 6)),
        () -> {
          String line = "Best Paper Award, Example Conference  22nd May 2025";
          Found f = single(line, "22nd May 2025", ym(2025, 5), ym(2025, 5));
          assertEquals(Precision.MONTH, f.precision());
          assertNull(f.resolve(NOW), "after the anchor");
          assertEquals(
              new DateRange(ym(2025, 5), ym(2025, 5), false),
              DateRangeParser.single(line, ym(2025, 6)));
        },
        () ->
            range(
                "Engineer, Acme Labs  2019-05-13 \u2013 2020-06-01",
                "2019-05-13 \u2013 2020-06-01",
                ym(2019, 5),
                ym(2020, 6)));
  }

  @Test
  void everyDashKind() {
    Stream<Executable> years =
        DASHES.stream()
            .map(
                d ->
                    () ->
                        range(
                            "Analyst, Acme Corp  2019" + d + "2021",
                            "2019" + d + "2021",
                            ym(2019, 1),
                            ym(2021, 12)));
    Stream<Executable> months =
        DASHES.stream()
            .map(
                d ->
                    () ->
                        range(
                            "Analyst, Acme Corp  Jan 2019 " + d + " Mar 2021",
                            "Jan 2019 " + d + " Mar 2021",
                            ym(2019, 1),
                            ym(2021, 3)));
    assertAll("dashes", Stream.concat(years, months));
  }

  @Test
  void theNormalisedSeparatorIsWhatTheFixturesAssume() {
    assertEquals("a \u00EF1\u20444 b", MANGLED);
  }

  @Test
  void mangledDashBetweenNumericMonthsAndCurrent() {
    range(
        "Store Associate , 10/2013 " + SEP + " Current Harbor Goods " + SEP + " Springfield , OH",
        "10/2013 " + SEP + " Current",
        ym(2013, 10),
        null);
    range(
        "Line Cook 01/1999 " + SEP + " 04/2007 Blue Fern Bistro Springfield , OH",
        "01/1999 " + SEP + " 04/2007",
        ym(1999, 1),
        ym(2007, 4));
  }

  @Test
  void mangledDashBeforeNormalisationAndFullWidthDashes() {
    range(
        "Teller , 02/2012 " + MANGLED_RAW + " 05/2012 Riverbank Credit Union",
        "02/2012 " + MANGLED_RAW + " 05/2012",
        ym(2012, 2),
        ym(2012, 5));
    range("Analyst 2015\uFF0D2017", "2015\uFF0D2017", ym(2015, 1), ym(2017, 12));
    range("Analyst Mar 2018 \uFF5E Present", "Mar 2018 \uFF5E Present", ym(2018, 3), null);
  }

  @Test
  void mangledDashAsAFieldSeparatorMakesNoRange() {
    String school = "June 2011 Lakeview High School " + SEP + " Springfield , OH GED";
    assertTrue(DateRangeParser.ranges(school, NOW).isEmpty());
    assertEquals(ym(2011, 6), DateRangeParser.single(school, NOW).from());
    assertNull(DateRangeParser.single("Harbor Goods " + SEP + " Springfield , OH", NOW));
  }

  @Test
  void ambiguousYearMonthReadsAsAMonthInAMonthRange() {
    assertAll(
        "YYYY-MM that could be an academic year",
        () ->
            range(
                "Analyst, Acme Corp  2011-12 \u2013 2013-05",
                "2011-12 \u2013 2013-05",
                ym(2011, 12),
                ym(2013, 5)),
        () ->
            range(
                "Analyst, Acme Corp  2005-06 \u2013 2006-07",
                "2005-06 \u2013 2006-07",
                ym(2005, 6),
                ym(2006, 7)),
        () ->
            range(
                "Analyst, Acme Corp  2004-09 \u2013 2005-06",
                "2004-09 \u2013 2005-06",
                ym(2004, 9),
                ym(2005, 6)),
        () ->
            range(
                "Analyst, Acme Corp  2011-12 \u2013 Present",
                "2011-12 \u2013 Present",
                ym(2011, 12),
                null),
        () -> range("Tutor, Example College  2011-12", "2011-12", ym(2011, 1), ym(2012, 12)),
        () ->
            range(
                "Tutor, Example College  2005/06 \u2013 2007/08",
                "2005/06 \u2013 2007/08",
                ym(2005, 1),
                ym(2008, 12)),
        () ->
            range(
                "Tutor, Example College  2019-20 \u2013 2021-22",
                "2019-20 \u2013 2021-22",
                ym(2019, 1),
                ym(2022, 12)),
        () ->
            range(
                "Tutor, Example College  2019/20 \u2013 Present",
                "2019/20 \u2013 Present",
                ym(2019, 1),
                null),
        () -> range("Tutor, Example College  since 2019/20", "since 2019/20", ym(2019, 1), null),
        () ->
            range(
                "Tutor, Example College  from 2019-21", "from 2019-21", ym(2019, 1), ym(2021, 12)),
        () -> range("Tutor, Example College  2019/20 \u2013", "2019/20 \u2013", ym(2019, 1), null),
        () -> range("Analyst, Acme Corp  since 2011-12", "since 2011-12", ym(2011, 12), null),
        () -> range("Analyst, Acme Corp  2011-12 \u2013", "2011-12 \u2013", ym(2011, 12), null));
  }

  @Test
  void monthGluedToItsYear() {
    range(
        "Engineer, Acme Labs  Jan2020 \u2013 Mar2021",
        "Jan2020 \u2013 Mar2021",
        ym(2020, 1),
        ym(2021, 3));
    range("Engineer, Acme Labs  2019 - 2021Software", "2019 - 2021", ym(2019, 1), ym(2021, 12));
    range(
        "Engineer, Acme Labs  Jan 2020to Mar 2021",
        "Jan 2020to Mar 2021",
        ym(2020, 1),
        ym(2021, 3));
  }

  // ------------------------------------------------------------------ negative cases

  @Test
  void phoneNumbersAndPostcodesAreNoDates() {
    assertAll(
        "phones and postcodes",
        () -> nothing("Jane Roe \u00B7 (555) 123-4567 \u00B7 jane@example.com"),
        () -> nothing("Phone: 555-123-4567"),
        () -> nothing("Phone: (555) 123-1987"),
        () -> nothing("Phone: 555-123-2019"),
        () -> nothing("Phone: 555.123.2019"),
        () -> nothing("Mobile: 2019-555-1234"),
        () -> nothing("Fax: 2019-5678"),
        () -> nothing("Springfield, OH 45501"),
        () -> nothing("Springfield, OH 45501-2019"),
        () -> nothing("Austin, TX 78701-1234"));
  }

  @Test
  void numbersThatAreNotDates() {
    assertAll(
        "numbers",
        () -> nothing("Skills: Python 3.10, Java 17, SQL"),
        () -> nothing("Led a team of 10/20 people"),
        () -> nothing("Funded by H2020 and ERC grants"),
        () -> nothing("Pandemic response team COVID19 tracker"),
        () -> nothing("Grant ABC2019-2021 renewal"),
        () -> nothing("Music of the 1990s and 2020s"),
        () -> nothing("Cited as Roe 2019a"),
        () -> nothing("Skills: 4G, 5G, B2B sales"));
  }

  @Test
  void aLoneYearIsASingleDate() {
    Found f = single("Paper accepted at ICLR 2019", "2019", ym(2019, 1), ym(2019, 12));
    assertEquals(Precision.YEAR, f.precision());
    // single() looks for a month or season: a bare year is left to the caller.
    assertNull(DateRangeParser.single("Paper accepted at ICLR 2019", NOW));
  }

  @Test
  void aDashInsideASentenceOpensNoRange() {
    single(
        "Won the 2021 - Best paper award at the Example Workshop",
        "2021",
        ym(2021, 1),
        ym(2021, 12));
  }

  @Test
  void aRangeInProseIsStillFound() {
    // Whether it dates an entry is the caller's decision.
    range(
        "The survey data from 2008-2020 was cleaned and analysed",
        "from 2008-2020",
        ym(2008, 1),
        ym(2020, 12));
  }

  @Test
  void yearsOutOfBoundsAreNoDates() {
    assertAll(
        "years out of bounds",
        () -> nothing("Ancestry notes 1949 - 1955"),
        () -> nothing("Archive Aug 1949 \u2013 Jun 1955"),
        () -> nothing("Plan for 2100 - 2105"),
        () -> nothing("Founded 1850"),
        () -> nothing("Top 1000 companies"),
        () -> nothing("Student Fall '45 - Spring '47"),
        () -> nothing("Clerk Aug 45 - Jun 49"),
        () -> single("Analyst, Acme Corp  2019 \u2013 2105", "2019", ym(2019, 1), ym(2019, 12)),
        () -> range("Analyst 1950 \u2013 1951", "1950 \u2013 1951", ym(1950, 1), ym(1951, 12)),
        () -> {
          // A bound year is read, and an end after the anchor is cut to it.
          String line = "Analyst 2019 \u2013 2099";
          DateRange r = DateRangeParser.ranges(line, NOW).get(0);
          assertEquals(new DateRange(ym(2019, 1), NOW, false), r);
        });
  }

  @Test
  void aRangeNeverRunsBackwards() {
    range("Analyst, Acme Corp  2021 - 2019", "2021 - 2019", ym(2019, 1), ym(2021, 12));
    range(
        "Analyst, Acme Corp  Mar 2021 \u2013 Jan 2019",
        "Mar 2021 \u2013 Jan 2019",
        ym(2019, 1),
        ym(2021, 3));
  }

  @Test
  void resolveCutsToTheAnchor() {
    Found closed = DateRangeParser.find("Analyst Jan 2020 \u2013 Dec 2026").get(0);
    assertEquals(new DateRange(ym(2020, 1), NOW, false), closed.resolve(NOW));
    Found open = DateRangeParser.find("Analyst Jan 2020 \u2013 Present").get(0);
    assertEquals(new DateRange(ym(2020, 1), ym(2021, 5), true), open.resolve(ym(2021, 5)));
    assertNull(open.resolve(ym(2019, 12)), "starts after the anchor");
    assertEquals(1, open.resolve(ym(2020, 1)).months());
  }

  @Test
  void aLongLineIsReadUpToTheLimit() {
    String pad = "Acme ".repeat(DateRangeParser.MAX_CHARS / 5);
    assertTrue(DateRangeParser.find(pad + "Jan 2020 \u2013 Mar 2021").isEmpty());
    range(
        "Jan 2020 \u2013 Mar 2021 " + pad + pad,
        "Jan 2020 \u2013 Mar 2021",
        ym(2020, 1),
        ym(2021, 3));
    // "Mar 2021" cut to "Mar 20" would read as March 2020.
    String cut = "x".repeat(DateRangeParser.MAX_CHARS - "Jan 2020 \u2013 Mar 20".length() - 1);
    for (Found f : DateRangeParser.find(cut + " Jan 2020 \u2013 Mar 2021")) {
      assertEquals(ym(2020, 1), f.from());
      assertTrue(f.single() || f.open() != Open.NO || ym(2021, 3).equals(f.to()), f::toString);
    }
  }

  // ------------------------------------------------------------------ properties

  private static final String[] FULL = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final List<String> TITLES =
      List.of(
          "Research Scientist",
          "Data Analyst",
          "Software Engineer",
          "Teaching Assistant",
          "Line Cook",
          "Senior Consultant");
  private static final List<String> ORGS =
      List.of("Acme Labs", "Northwind Traders", "Contoso Ltd", "Example University", "Blue Fern");

  /** How a month is written. */
  private enum MonthForm {
    FULL,
    SHORT,
    SHORT_DOT,
    UPPER,
    MM_YYYY,
    M_YYYY,
    YYYY_MM,
    MM_DOT_YYYY,
    MON_YY,
    MM_YY,
    MONTH_DAY_YEAR,
    DAY_MONTH_YEAR,
    GLUED;

    boolean twoDigitYear() {
      return this == MON_YY || this == MM_YY;
    }

    String write(YearMonth m, int day) {
      String full = DateRangeParserTest.FULL[m.getMonthValue() - 1];
      String sep = m.getMonthValue() == 9 ? "Sept" : full.substring(0, 3);
      int y = m.getYear();
      int mm = m.getMonthValue();
      switch (this) {
        case FULL:
          return full + " " + y;
        case SHORT:
          return full.substring(0, 3) + " " + y;
        case SHORT_DOT:
          return sep + ". " + y;
        case UPPER:
          return full.toUpperCase(Locale.ROOT) + " " + y;
        case MM_YYYY:
          return String.format(Locale.ROOT, "%02d/%d", mm, y);
        case M_YYYY:
          return mm + "/" + y;
        case YYYY_MM:
          return String.format(Locale.ROOT, "%d-%02d", y, mm);
        case MM_DOT_YYYY:
          return String.format(Locale.ROOT, "%02d.%d", mm, y);
        case MON_YY:
          return String.format(Locale.ROOT, "%s %02d", full.substring(0, 3), y % 100);
        case MM_YY:
          return String.format(Locale.ROOT, "%02d/%02d", mm, y % 100);
        case MONTH_DAY_YEAR:
          return full + " " + day + ", " + y;
        case DAY_MONTH_YEAR:
          return day + " " + full + " " + y;
        default:
          return sep + y;
      }
    }
  }

  /** Dashes and words between the ends of a range. */
  private static final List<String> JOINTS =
      Stream.concat(
              DASHES.stream(),
              Stream.of(" to ", " until ", " till ", " through ", " thru ", "FROM_TO"))
          .toList();

  /** A line with a date written in it, and where. */
  private record Line(String text, String written) {}

  /** How a year range is written. */
  private enum YearForm {
    /** "2019 – 2021" */
    FULL,
    /** "2019 – 21", "2019/20" */
    SHORT,
    /** "'19 – '21" */
    APOSTROPHE
  }

  /**
   * How a range is written: the form of its dates, the joint between them, spacing around a dash,
   * and the line around it.
   */
  private record Style<F>(F form, int joint, boolean spaced, int template) {
    String join(String a, String b) {
      String j = JOINTS.get(joint);
      if (j.equals("FROM_TO")) {
        return "from " + a + " to " + b;
      }
      if (j.startsWith(" ")) {
        return a + j + b;
      }
      return spaced ? a + " " + j + " " + b : a + j + b;
    }
  }

  private static Line embed(String written, int template) {
    String title = TITLES.get(template % TITLES.size());
    String org = ORGS.get(template % ORGS.size());
    switch (template % 6) {
      case 0:
        return new Line(title + ", " + org + "  " + written, written);
      case 1:
        return new Line(written + "  " + title + ", " + org, written);
      case 2:
        return new Line(title + " | " + org + " | " + written, written);
      case 3:
        return new Line(title + " (" + written + "), " + org, written);
      case 4:
        return new Line(org + " \u2014 " + title + ", " + written, written);
      default:
        return new Line(title + ", " + org + ", Springfield, OH \u00B7 " + written, written);
    }
  }

  private static Gen<YearMonth> months(int fromYear, int toYear) {
    return integers()
        .between(0, (toYear - fromYear + 1) * 12 - 1)
        .map(k -> YearMonth.of(fromYear + k / 12, k % 12 + 1));
  }

  private static <F> Gen<Style<F>> styles(List<F> forms) {
    return Generate.pick(forms)
        .zip(
            integers().between(0, JOINTS.size() - 1),
            Generate.booleans(),
            integers().between(0, 59),
            Style::new);
  }

  private static int span(YearMonth from, YearMonth to) {
    return (int) ChronoUnit.MONTHS.between(from, to) + 1;
  }

  /**
   * Asserts that {@code line} holds the range written in it, from..to as written, and that resolved
   * at {@code anchor} it is cut to the anchor (or gone when it starts after it).
   */
  private static void holds(Line line, YearMonth from, YearMonth to, YearMonth anchor) {
    String text = line.text();
    List<Found> found = DateRangeParser.find(text);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    Found f = found.get(0);
    assertFalse(f.single(), text);
    assertEquals(line.written(), text.substring(f.start(), f.end()), text);
    assertEquals(from, f.from(), text);
    assertEquals(to, f.open() == Open.NO ? f.to() : null, text);
    YearMonth end = to == null ? anchor : to;
    List<DateRange> ranges = DateRangeParser.ranges(text, anchor);
    if (from.isAfter(anchor)) {
      assertEquals(List.of(), ranges, text);
      return;
    }
    YearMonth cut = end.isAfter(anchor) ? anchor : end;
    assertEquals(List.of(new DateRange(from, cut, to == null)), ranges, text);
    int months = ranges.get(0).months();
    assertTrue(months >= 1 && months <= span(from, end), text);
  }

  @Test
  void aMonthRangeReadsTheSameInEverySurfaceForm() {
    qt().withExamples(4000)
        .withFixedSeed(20260201L)
        .forAll(
            months(1960, 2035),
            integers().between(0, 240),
            months(1960, 2040),
            styles(List.of(MonthForm.values())))
        .checkAssert(
            (from, span, anchor, style) -> {
              YearMonth to = from.plusMonths(span);
              if (to.getYear() > 2035) {
                to = YearMonth.of(2035, 12);
              }
              int day = 1 + (span * 7 + from.getMonthValue()) % 28;
              String written =
                  style.join(style.form().write(from, day), style.form().write(to, 29 - day));
              holds(embed(written, style.template()), from, to, anchor);
            });
  }

  @Test
  void aYearRangeRunsFromJanuaryToDecember() {
    qt().withExamples(3000)
        .withFixedSeed(20260202L)
        .forAll(
            integers().between(1960, 2035),
            integers().between(0, 20),
            months(1960, 2040),
            styles(List.of(YearForm.values())))
        .checkAssert(
            (y1, span, anchor, style) -> {
              int y2 = Math.min(y1 + span, 2035);
              String written;
              if (style.form() == YearForm.SHORT && y2 > y1) {
                // "2019 – 21"; unspaced only for one academic year ("2019/20", "2019-20"), as
                // "2004-08" is August 2004.
                String yy = String.format(Locale.ROOT, "%02d", y2 % 100);
                String joint = style.joint() % 2 == 0 ? "-" : "/";
                written = style.spaced() || y2 > y1 + 1 ? y1 + " \u2013 " + yy : y1 + joint + yy;
              } else if (style.form() == YearForm.APOSTROPHE) {
                written =
                    style.join(
                        String.format(Locale.ROOT, "'%02d", y1 % 100),
                        String.format(Locale.ROOT, "'%02d", y2 % 100));
              } else {
                written = style.join(String.valueOf(y1), String.valueOf(y2));
              }
              holds(embed(written, style.template()), ym(y1, 1), ym(y2, 12), anchor);
              assertEquals(
                  Precision.YEAR,
                  DateRangeParser.find(embed(written, 0).text()).get(0).precision());
            });
  }

  private static final List<String> PRESENT =
      List.of(
          " \u2013 Present",
          " - present",
          " \u2014 PRESENT",
          " \u2013 Current",
          " - now",
          " to date",
          " \u2013 ongoing",
          " until today",
          "\u2013Present");

  @Test
  void anOpenRangeEndsAtTheAnchor() {
    qt().withExamples(3000)
        .withFixedSeed(20260203L)
        .forAll(
            months(1960, 2035),
            months(1960, 2040),
            styles(List.of(MonthForm.values())),
            integers().between(0, PRESENT.size() + 3))
        .checkAssert(
            (start, anchor, style, kind) -> {
              MonthForm form = style.form();
              boolean year = style.joint() % 4 == 0; // a bare year now and then
              String date = year ? String.valueOf(start.getYear()) : form.write(start, 13);
              YearMonth from = year ? ym(start.getYear(), 1) : start;
              String title = TITLES.get(style.template() % TITLES.size());
              String org = ORGS.get(style.template() % ORGS.size());
              Line line;
              if (kind < PRESENT.size() || (form.twoDigitYear() && !year)) {
                // Two-digit years are trusted only before "Present".
                String written = date + PRESENT.get(kind % PRESENT.size());
                line = embed(written, style.template());
              } else if (kind == PRESENT.size()) {
                String written = "since " + date;
                line = embed(written, style.template());
              } else if (kind == PRESENT.size() + 1) {
                String written = "from " + date;
                line = embed(written, style.template());
              } else if (kind == PRESENT.size() + 2) {
                String written = date + " \u2013";
                line = new Line(title + ", " + org + "  " + written, written);
              } else {
                String written = date + (style.spaced() ? " -" : "-");
                line = new Line(written + " " + title + ", " + org, written);
              }
              holds(line, from, null, anchor);
            });
  }

  @Test
  void aStartWithoutYearTakesTheEndsYear() {
    qt().withExamples(1000)
        .withFixedSeed(20260204L)
        .forAll(
            integers().between(1, 12),
            integers().between(1, 12),
            integers().between(1961, 2035),
            integers().between(0, 59))
        .checkAssert(
            (m1, m2, y, template) -> {
              String written = FULL[m1 - 1].substring(0, 3) + " \u2013 " + FULL[m2 - 1] + " " + y;
              YearMonth from = m1 <= m2 ? ym(y, m1) : ym(y - 1, m1);
              holds(embed(written, template), from, ym(y, m2), NOW.plusYears(20));
            });
  }

  private static final List<String> SEASONS = List.of("Spring", "Summer", "Fall", "Winter");

  private static YearMonth seasonStart(int season, int year) {
    return season == 3 ? ym(year - 1, 12) : ym(year, new int[] {1, 6, 9}[season]);
  }

  private static YearMonth seasonEnd(int season, int year) {
    return ym(year, new int[] {5, 8, 12, 2}[season]);
  }

  @Test
  void aSeasonRangeRunsOverAcademicTerms() {
    qt().withExamples(1000)
        .withFixedSeed(20260205L)
        .forAll(
            integers().between(0, 3),
            integers().between(1961, 2030),
            integers().between(0, 3),
            integers().between(0, 5))
        .checkAssert(
            (s1, y1, s2, gap) -> {
              // The end starts no earlier than the start: a range of terms in order.
              int y2 = y1 + gap;
              if (seasonStart(s2, y2).isBefore(seasonStart(s1, y1))) {
                y2++;
              }
              String written = SEASONS.get(s1) + " " + y1 + " \u2013 " + SEASONS.get(s2) + " " + y2;
              YearMonth anchor = NOW.plusYears(20);
              holds(embed(written, gap), seasonStart(s1, y1), seasonEnd(s2, y2), anchor);
              if (gap == 0) {
                // Without the start's year, the start is the latest term that starts no later
                // than the end starts: here the written one.
                String bare = SEASONS.get(s1) + " \u2013 " + SEASONS.get(s2) + " " + y2;
                holds(embed(bare, 0), seasonStart(s1, y1), seasonEnd(s2, y2), anchor);
              }
            });
  }

  /** Pieces that the tokenizer and grammar treat specially, to build hostile lines from. */
  private static final List<String> PIECES =
      List.of(
          "Jan",
          "May",
          "Sept.",
          "december",
          "Present",
          "now",
          "since",
          "from",
          "to",
          "until",
          "Fall",
          "Winter",
          "'",
          "\u2019",
          "98",
          "'20",
          "2019",
          "2011",
          "1949",
          "2100",
          "12",
          "20",
          "13",
          "03",
          "7",
          "0",
          "99999",
          "1st",
          "22nd",
          "th",
          "s",
          "a",
          "/",
          ".",
          ",",
          "-",
          "--",
          "\u2013",
          "\u2014",
          "~",
          "\u00AD",
          "\uFFFD",
          "\uFF0D",
          "\u00EF",
          "\u00BC",
          "1\u20444",
          SEP,
          MANGLED_RAW,
          "\u200B",
          "\u0085",
          " ",
          "  ",
          "\t",
          "(",
          ")",
          "|",
          "\u00B7",
          "\u00E9",
          "\u4E2D",
          "\uD83D\uDE00",
          "\uD83D",
          "\uDE00",
          "Acme",
          "H2020",
          "\u0661\u0662");

  private static void wellFormed(String line, YearMonth anchor) {
    List<Found> found = DateRangeParser.find(line);
    int last = 0;
    for (Found f : found) {
      assertTrue(f.start() >= last && f.start() < f.end(), () -> line + " -> " + found);
      assertTrue(f.end() <= Math.min(line.length(), DateRangeParser.MAX_CHARS), line);
      last = f.end();
      assertTrue(line.substring(f.start(), f.end()).matches("(?s).*[0-9].*"), line);
      assertNotNull(f.from(), line);
      assertTrue(f.from().getYear() >= 1949 && f.from().getYear() <= 2099, () -> f.toString());
      if (f.open() == Open.NO) {
        assertFalse(f.to().isBefore(f.from()), f::toString);
        assertTrue(f.to().getYear() <= 2099, f::toString);
      } else {
        assertFalse(f.single(), f::toString);
      }
      DateRange r = f.resolve(anchor);
      if (f.from().isAfter(anchor)) {
        assertNull(r, f::toString);
      } else {
        assertFalse(r.to().isAfter(anchor), f::toString);
        assertTrue(r.months() >= 1, f::toString);
        if (f.open() == Open.NO) {
          assertTrue(r.months() <= span(f.from(), f.to()), f::toString);
        }
      }
    }
    assertEquals(found.stream().anyMatch(f -> !f.single()), DateRangeParser.hasRange(line), line);
    for (DateRange r : DateRangeParser.ranges(line, anchor)) {
      assertTrue(r.months() >= 1 && !r.to().isAfter(anchor), line);
    }
    DateRangeParser.single(line, anchor);
  }

  @Test
  void findNeverThrowsOnLinesBuiltFromHostilePieces() {
    qt().withExamples(3000)
        .withFixedSeed(20260206L)
        .forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 250), months(1960, 2040))
        .checkAssert((pieces, anchor) -> wellFormed(String.join("", pieces), anchor));
  }

  @Test
  void findNeverThrowsOnArbitraryText() {
    qt().withExamples(1000)
        .withFixedSeed(20260207L)
        .forAll(strings().allPossible().ofLengthBetween(0, 900), months(1960, 2040))
        .checkAssert(DateRangeParserTest::wellFormed);
    qt().withExamples(1000)
        .withFixedSeed(20260208L)
        .forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 900), months(1960, 2040))
        .checkAssert(DateRangeParserTest::wellFormed);
  }

  @Test
  void aRangeAcrossTheLimitIsReadWholeOrNotMisread() {
    String written = "Jan 2020 \u2013 Mar 2021";
    qt().withExamples(600)
        .withFixedSeed(20260209L)
        .forAll(integers().between(0, DateRangeParser.MAX_CHARS + 20), integers().between(0, 2))
        .checkAssert(
            (pad, filler) -> {
              String before = (new String[] {"x", " ", "ab "}[filler]).repeat(pad);
              before = before.substring(0, pad) + " ";
              String line = before + written + " Senior Consultant, Acme Labs";
              wellFormed(line, NOW);
              List<Found> found = DateRangeParser.find(line);
              if (before.length() + written.length() <= DateRangeParser.MAX_CHARS) {
                holds(new Line(line, written), ym(2020, 1), ym(2021, 3), NOW);
              } else if (before.length() >= DateRangeParser.MAX_CHARS) {
                assertEquals(List.of(), found, line);
              } else {
                // Cut by the limit: a start alone, or an open range, but never another date.
                for (Found f : found) {
                  assertEquals(ym(2020, 1), f.from(), line);
                  assertTrue(f.single() || f.open() != Open.NO, line);
                }
              }
            });
  }
}
