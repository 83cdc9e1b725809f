package dev.rolefit.resume.internal;

import dev.rolefit.resume.DateRange;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date ranges in the forms people write on resumes: "Jan 2020 – Present", "2019-2021",
 * "03/2018 to 06/2020", "Summer 2021", "2018 – now", "September 2015 - May 2019", "10/2013 ï¼
 * Current" (a full-width dash mangled by a resume builder).
 */
public final class DateRangeParser {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String SEASON = "(spring|summer|fall|autumn|winter)";
  private static final String YEAR = "((?:19[5-9]\\d|20[0-9]\\d))";
  private static final String DATE =
      "(?:"
          + MONTH
          + "\\s*[,']?\\s*"
          + YEAR
          + "|"
          + SEASON
          + "\\s+"
          + YEAR
          + "|(\\d{1,2})\\s*/\\s*"
          + YEAR
          + "|"
          + YEAR
          + "\\s*[-/.]\\s*(\\d{1,2})(?!\\d)"
          + "|"
          + YEAR
          + ")";
  private static final String END_WORD =
      "(present|current|currently|now|today|ongoing|date|till date|to date)";

  /**
   * Between two dates: dashes, words, full-width forms, and the mojibake some resume builders write
   * for a full-width dash: its UTF-8 bytes read as Windows-1252 ("ï¼" and an invisible third
   * character), which text normalisation (NFKC) turns into "ï1⁄4".
   */
  private static final String SEPARATOR =
      "\\s*(?:-|\\u2013|\\u2014|\\u2012|~|\\uFF0D|\\uFF5E|to|until|through|thru|till"
          + "|\\u00EF(?:\\u00BC|1\\u20444)[\\u0080-\\u009F\\u200B\\u2039]?)\\s*";

  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\d/])" + DATE + SEPARATOR + "(?:" + DATE + "|" + END_WORD + ")(?![\\d/])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\d/])" + DATE + "(?![\\d/])", Pattern.CASE_INSENSITIVE);
  private static final int GROUPS_PER_DATE = 9;

  private DateRangeParser() {}

  /**
   * Finds the date ranges in a line, in order.
   *
   * @param line the text
   * @param now the current month ("Present")
   * @return the ranges found
   */
  public static List<DateRange> ranges(String line, YearMonth now) {
    List<DateRange> out = new ArrayList<>();
    if (!hasYear(line)) {
      return out;
    }
    Matcher m = RANGE.matcher(line);
    while (m.find()) {
      YearMonth from = date(m, 1, false);
      YearMonth to;
      boolean present = m.group(2 * GROUPS_PER_DATE + 1) != null;
      if (present) {
        to = now;
      } else {
        to = date(m, GROUPS_PER_DATE + 1, true);
      }
      if (from == null || to == null) {
        continue;
      }
      if (to.isAfter(now)) {
        to = now;
      }
      if (from.isAfter(now)) {
        continue;
      }
      out.add(new DateRange(from, to, present));
    }
    return out;
  }

  /**
   * Finds a single season or month-year date ("Summer 2021", "June 2019") when a line holds no
   * range: such entries last a season or a month.
   *
   * @param line the text
   * @param now the current month
   * @return the range it stands for, or null
   */
  public static DateRange single(String line, YearMonth now) {
    if (!hasYear(line)) {
      return null;
    }
    Matcher m = SINGLE.matcher(line);
    if (!m.find()) {
      return null;
    }
    if (m.group(3) != null) {
      YearMonth start = seasonStart(m.group(3), Integer.parseInt(m.group(4)));
      return start.isAfter(now) ? null : new DateRange(start, min(start.plusMonths(2), now), false);
    }
    if (m.group(1) != null) {
      YearMonth ym = date(m, 1, false);
      return ym == null || ym.isAfter(now) ? null : new DateRange(ym, ym, false);
    }
    return null;
  }

  /** Every date form holds a four-digit year: lines without four digits in a row skip the regex. */
  private static boolean hasYear(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * Reads one DATE alternative starting at group {@code g}; a bare year is Jan (or Dec at the end).
   */
  private static YearMonth date(Matcher m, int g, boolean end) {
    if (m.group(g) != null) {
      return YearMonth.of(Integer.parseInt(m.group(g + 1)), month(m.group(g)));
    }
    if (m.group(g + 2) != null) {
      YearMonth s = seasonStart(m.group(g + 2), Integer.parseInt(m.group(g + 3)));
      return end ? s.plusMonths(2) : s;
    }
    if (m.group(g + 4) != null) {
      int mo = Integer.parseInt(m.group(g + 4));
      return mo < 1 || mo > 12 ? null : YearMonth.of(Integer.parseInt(m.group(g + 5)), mo);
    }
    if (m.group(g + 6) != null) {
      int mo = Integer.parseInt(m.group(g + 7));
      return mo < 1 || mo > 12 ? null : YearMonth.of(Integer.parseInt(m.group(g + 6)), mo);
    }
    if (m.group(g + 8) == null) {
      return null;
    }
    return YearMonth.of(Integer.parseInt(m.group(g + 8)), end ? 12 : 1);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < names.length; i++) {
      if (n.startsWith(names[i])) {
        return i + 1;
      }
    }
    return 1;
  }

  private static YearMonth seasonStart(String season, int year) {
    switch (season.toLowerCase(Locale.ROOT)) {
      case "spring":
        return YearMonth.of(year, 3);
      case "summer":
        return YearMonth.of(year, 6);
      case "fall":
      case "autumn":
        return YearMonth.of(year, 9);
      default:
        return YearMonth.of(year, 12);
    }
  }
}
