package dev.rolefit.resume.internal;

import dev.rolefit.resume.DateRange;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A small grammar for the dates people write on resumes. A line is cut into tokens (month and
 * season names, years, numbers, dashes, "to", "present", "since") and the tokens are read as ranges
 * ("Jan 2020 – Present", "2019-2021", "03/2016 - 08/2018", "June – August 2021", "Fall '98 - Spring
 * 2000", "Aug 13 - Jun 16", "2021 –", "since 2022") or single dates ("Summer 2021", "June 2019",
 * "2018"). Linear in the line's length; lines are read up to {@value #MAX_CHARS} characters.
 */
public final class DateRangeParser {
  static final int MAX_CHARS = 400;
  private static final int MIN_YEAR = 1950;
  private static final int MAX_YEAR = 2099;

  private DateRangeParser() {}

  /** How exact a date is. */
  public enum Precision {
    /** A month (or a day, kept to its month). */
    MONTH,
    /** A season: three months. */
    SEASON,
    /** A bare year. */
    YEAR
  }

  /** Why a range has no written end. */
  public enum Open {
    /** The range has a written end. */
    NO,
    /** "Present", "now", "current", "ongoing". */
    PRESENT,
    /** A dash with nothing after it ("2021 –"), or "since 2021". */
    DANGLING
  }

  /**
   * A date or range found in a line, before the document's date resolves an open end.
   *
   * @param start offset of its first character in the line
   * @param end offset just past its last character
   * @param from the first month
   * @param to the last month as written (ignored when {@code open} is not {@link Open#NO})
   * @param open whether and why the end is open
   * @param single whether it is one date, not a range
   * @param precision the precision of the start
   */
  public record Found(
      int start,
      int end,
      YearMonth from,
      YearMonth to,
      Open open,
      boolean single,
      Precision precision) {

    /**
     * The range with an open end set to the document's date; ends after that date are cut to it.
     *
     * @param anchor the document's date
     * @return the range, or null when it starts after the anchor
     */
    public @Nullable DateRange resolve(YearMonth anchor) {
      if (from.isAfter(anchor)) {
        return null;
      }
      YearMonth last = open == Open.NO ? to : anchor;
      if (last.isAfter(anchor)) {
        last = anchor;
      }
      return new DateRange(from, last, open != Open.NO);
    }

    /**
     * Whether the range ends with a dash and nothing else, so the next line may hold its end.
     *
     * @return true for "2024 –" at the end of a line
     */
    public boolean dangling() {
      return open == Open.DANGLING;
    }
  }

  /**
   * Finds the date ranges in a line, in order (single dates are left out).
   *
   * @param line the text
   * @param now the month that ends open ranges
   * @return the ranges found
   */
  public static List<DateRange> ranges(String line, YearMonth now) {
    List<DateRange> out = new ArrayList<>();
    for (Found f : find(line)) {
      if (!f.single()) {
        DateRange r = f.resolve(now);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * Finds a single season, month or year date ("Summer 2021", "June 2019") in a line that holds no
   * range.
   *
   * @param line the text
   * @param now the current month
   * @return the months it stands for, or null
   */
  public static @Nullable DateRange single(String line, YearMonth now) {
    for (Found f : find(line)) {
      if (!f.single()) {
        return null;
      }
    }
    for (Found f : find(line)) {
      if (f.precision() != Precision.YEAR) {
        return f.resolve(now);
      }
    }
    return null;
  }

  /**
   * Whether a line holds a date range (not just a single date).
   *
   * @param line the text
   * @return true if a range is written in it
   */
  public static boolean hasRange(String line) {
    if (!hasDigit(line)) {
      return false;
    }
    for (Found f : find(line)) {
      if (!f.single()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Finds every date and range in a line, in order.
   *
   * @param line the text
   * @return what was found, with offsets into the line
   */
  public static List<Found> find(String line) {
    if (!hasDigit(line)) {
      return List.of();
    }
    List<Token> toks = tokens(line);
    List<Found> out = new ArrayList<>(2);
    int group = -1; // the last token found to be part of a longer number
    int i = 0;
    while (i < toks.size()) {
      if (inNumber(toks, i, group)) {
        group = i;
        i++;
        continue;
      }
      Match m = range(toks, i, false);
      if (m == null) {
        m = sinceOrSingle(toks, i);
      }
      if (m == null) {
        i++;
        continue;
      }
      if (m.found != null) {
        out.add(m.found);
      }
      i = m.next;
    }
    return out;
  }

  /**
   * Whether the number at {@code i} is one group of a longer number ("555-123-2019", "45501-2019",
   * "ABC2019-2021", "2019-555-1234"): phone numbers, postcodes and identifiers, not dates.
   */
  private static boolean inNumber(List<Token> t, int i, int group) {
    T type = t.get(i).type();
    if (type != T.YEAR && type != T.NUM) {
      return false;
    }
    boolean before =
        i >= 2 && tightJoint(t, i - 1) && (i - 2 == group || isNumberGroup(t.get(i - 2)));
    boolean after = type == T.YEAR && tightJoint(t, i + 1) && isNumberGroup(t.get(i + 2));
    return before || after;
  }

  /** A dash, dot or slash at {@code j} with no space on either side, between two tokens. */
  private static boolean tightJoint(List<Token> t, int j) {
    if (j < 1 || j + 1 >= t.size()) {
      return false;
    }
    T type = t.get(j).type();
    return (type == T.DASH || type == T.DOT || type == T.SLASH)
        && !t.get(j).space()
        && !t.get(j + 1).space();
  }

  private static boolean isNumberGroup(Token k) {
    return (k.type() == T.OTHER && k.digits() > 0)
        || (k.type() == T.YEAR
            && k.digits() == 4
            && (k.value() < MIN_YEAR || k.value() > MAX_YEAR));
  }

  private static boolean hasDigit(String line) {
    int n = limit(line);
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- tokens

  private enum T {
    MONTH,
    SEASON,
    YEAR,
    NUM,
    DASH,
    TO,
    PRESENT,
    SINCE,
    SLASH,
    DOT,
    COMMA,
    WORD,
    OTHER
  }

  /**
   * One token.
   *
   * @param type its type
   * @param value month 1-12, season 0-3 (spring..winter), year, number, or for "since" 0 and for
   *     "from" 1
   * @param digits for numbers and years, how many digits were written
   * @param start offset in the line
   * @param end offset past it
   * @param space whether white space comes right before it
   */
  private record Token(T type, int value, int digits, int start, int end, boolean space) {}

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] MONTH_FULL = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  /**
   * Where reading stops: at {@link #MAX_CHARS}, moved back so that no word or number is cut ("2021"
   * cut to "20" would read as another year).
   */
  private static int limit(String line) {
    if (line.length() <= MAX_CHARS) {
      return line.length();
    }
    int k = MAX_CHARS;
    while (k > 0
        && Character.isLetterOrDigit(line.charAt(k))
        && Character.isLetterOrDigit(line.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static List<Token> tokens(String line) {
    int n = limit(line);
    List<Token> out = new ArrayList<>();
    boolean space = true;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      int start = i;
      if (mangledDash(line, i, n) > i) {
        // A full-width dash whose UTF-8 bytes were read as Windows-1252 ("ï¼" or, after NFKC,
        // "ï1⁄4"), as some resume builders store it.
        i = mangledDash(line, i, n);
        out.add(new Token(T.DASH, 0, 0, start, i, space));
      } else if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(line.charAt(i))) {
          i++;
        }
        out.add(word(line.substring(start, i), start, i, space));
      } else if (c >= '0' && c <= '9') {
        while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
          i++;
        }
        int digits = i - start;
        // Digits glued to letters ("H2020", "COVID19") are a name, unless the letters are a month
        // or season that lost its space ("Jan2020").
        boolean glued =
            start > 0
                && Character.isLetter(line.charAt(start - 1))
                && !afterMonthOrSeason(out, start);
        int ordinalEnd = ordinalEnd(line, i, n);
        boolean suffixed = ordinalEnd == i && suffixed(line, i, n);
        if (glued || suffixed || digits > 4 || digits == 3) {
          out.add(new Token(T.OTHER, 0, digits, start, i, space));
        } else if (ordinalEnd > i) {
          out.add(new Token(T.NUM, parse(line, start, i), digits, start, ordinalEnd, space));
          i = ordinalEnd;
        } else if (digits == 4) {
          int y = parse(line, start, i);
          // Every four-digit number from 1000 is read as a year, so that a range with an end out
          // of bounds ("1949 - 1955") is read whole and then left out, not cut to "1955".
          out.add(new Token(y >= 1000 ? T.YEAR : T.OTHER, y, 4, start, i, space));
        } else {
          out.add(new Token(T.NUM, parse(line, start, i), digits, start, i, space));
        }
      } else if (isApostrophe(c)
          && twoDigits(line, i + 1, n)
          && (i + 3 >= n
              || !Character.isLetterOrDigit(line.charAt(i + 3))
              || mangledDash(line, i + 3, n) > i + 3)) {
        out.add(new Token(T.YEAR, twoDigitYear(parse(line, i + 1, i + 3)), 2, i, i + 3, space));
        i += 3;
      } else if (isDash(c)) {
        i++;
        while (i < n && isDash(line.charAt(i))) {
          i++; // "--", "–-"
        }
        out.add(new Token(T.DASH, 0, 0, start, i, space));
      } else if (c == '/') {
        i++;
        out.add(new Token(T.SLASH, 0, 0, start, i, space));
      } else if (c == '.') {
        i++;
        out.add(new Token(T.DOT, 0, 0, start, i, space));
      } else if (c == ',') {
        i++;
        out.add(new Token(T.COMMA, 0, 0, start, i, space));
      } else {
        i++;
        out.add(new Token(T.OTHER, 0, 0, start, i, space));
      }
      space = false;
    }
    return out;
  }

  private static boolean afterMonthOrSeason(List<Token> out, int start) {
    if (out.isEmpty()) {
      return false;
    }
    Token last = out.get(out.size() - 1);
    return last.end() == start && (last.type() == T.MONTH || last.type() == T.SEASON);
  }

  private static Token word(String w, int start, int end, boolean space) {
    String l = w.toLowerCase(Locale.ROOT);
    int month = month(l);
    if (month > 0) {
      return new Token(T.MONTH, month, 0, start, end, space);
    }
    switch (l) {
      case "spring":
        return new Token(T.SEASON, 0, 0, start, end, space);
      case "summer":
        return new Token(T.SEASON, 1, 0, start, end, space);
      case "fall":
      case "autumn":
        return new Token(T.SEASON, 2, 0, start, end, space);
      case "winter":
        return new Token(T.SEASON, 3, 0, start, end, space);
      case "present":
      case "current":
      case "currently":
      case "now":
      case "today":
      case "ongoing":
      case "heute":
      case "date":
        return new Token(T.PRESENT, 0, 0, start, end, space);
      case "to":
      case "until":
      case "till":
      case "til":
      case "through":
      case "thru":
      case "bis":
        return new Token(T.TO, 0, 0, start, end, space);
      case "since":
        return new Token(T.SINCE, 0, 0, start, end, space);
      case "from":
        return new Token(T.SINCE, 1, 0, start, end, space);
      default:
        return new Token(T.WORD, 0, 0, start, end, space);
    }
  }

  private static int month(String l) {
    if (l.length() < 3) {
      return 0;
    }
    for (int m = 0; m < 12; m++) {
      if (l.equals(MONTHS[m]) || l.equals(MONTH_FULL[m])) {
        return m + 1;
      }
    }
    return l.equals("sept") ? 9 : 0;
  }

  /**
   * Whether one or two lower-case letters end the number at {@code i}, making a decade or a label
   * ("1990s", "2019a"), not a date; "2019to" is a lost space, "2019ï1⁄4" a mangled dash.
   */
  private static boolean suffixed(String line, int i, int n) {
    int k = i;
    while (k < n && k - i < 3 && Character.isLetter(line.charAt(k))) {
      k++;
    }
    int len = k - i;
    return len >= 1
        && len <= 2
        && (k == n || !Character.isLetter(line.charAt(k)))
        && Character.isLowerCase(line.charAt(i))
        && !line.regionMatches(true, i, "to", 0, 2)
        && mangledDash(line, i, n) == i;
  }

  private static int ordinalEnd(String line, int i, int n) {
    if (i + 2 <= n) {
      String s = line.substring(i, i + 2).toLowerCase(Locale.ROOT);
      boolean word = i + 2 >= n || !Character.isLetter(line.charAt(i + 2));
      if (word && (s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th"))) {
        return i + 2;
      }
    }
    return i;
  }

  private static boolean twoDigits(String line, int i, int n) {
    return i + 2 <= n
        && isAsciiDigit(line.charAt(i))
        && isAsciiDigit(line.charAt(i + 1))
        && (i + 2 == n || !isAsciiDigit(line.charAt(i + 2)));
  }

  /** "'98" is 1998, "'13" is 2013. */
  private static int twoDigitYear(int yy) {
    return yy > 40 ? 1900 + yy : 2000 + yy;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int parse(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '`'
        || c == '\u00B4'
        || c == '\u2032';
  }

  /** Dashes, tildes, a soft hyphen used as a dash, and the replacement character between dates. */
  private static boolean isDash(char c) {
    return c == '-'
        || (c >= '\u2010' && c <= '\u2015')
        || c == '\u2212'
        || c == '\u00AD'
        || c == '~'
        || c == '\uFF0D'
        || c == '\uFF5E'
        || c == '\u301C'
        || c == '\uFE58'
        || c == '\uFE63'
        || c == '\uFFFD';
  }

  private static int mangledDash(String line, int i, int n) {
    if (line.charAt(i) != '\u00EF') {
      return i;
    }
    int j = i + 1;
    if (j < n && line.charAt(j) == '\u00BC') {
      j++;
    } else if (j + 2 < n
        && line.charAt(j) == '1'
        && line.charAt(j + 1) == '\u2044'
        && line.charAt(j + 2) == '4') {
      j += 3;
    } else {
      return i;
    }
    if (j < n) {
      char c = line.charAt(j);
      if ((c >= '\u0080' && c <= '\u009F') || c == '\u200B' || c == '\u2039') {
        j++;
      }
    }
    return j;
  }

  // ---------------------------------------------------------------- grammar

  /**
   * One date read from tokens.
   *
   * @param year its year, 0 for a month or season written without one
   * @param month its (first) month
   * @param precision how exact it is
   * @param weak whether it rests on a two-digit year after a month ("Aug 13"), which counts only
   *     inside a range
   * @param start its first token
   * @param next the token after it
   */
  private record DateTok(
      int year, int month, Precision precision, boolean weak, int start, int next) {
    boolean hasYear() {
      return year > 0;
    }

    YearMonth first() {
      // Winter YYYY runs from December of the year before.
      return precision == Precision.SEASON && month == 12
          ? YearMonth.of(year - 1, 12)
          : YearMonth.of(year, month);
    }

    YearMonth last() {
      switch (precision) {
        case YEAR:
          return YearMonth.of(year, 12);
        case SEASON:
          return YearMonth.of(year, seasonEnd(month));
        default:
          return YearMonth.of(year, month);
      }
    }

    DateTok withYear(int y) {
      return new DateTok(y, month, precision, weak, start, next);
    }
  }

  /**
   * A reading of tokens.
   *
   * @param found what was found, or null when the tokens were read as no date ("1949 - 1955")
   * @param next the token after them
   */
  private record Match(Found found, int next) {}

  private static boolean is(List<Token> t, int i, T type) {
    return i >= 0 && i < t.size() && t.get(i).type() == type;
  }

  /** Reads a date at token {@code i}, or null; an ambiguous "2011-12" reads as a year range. */
  private static DateTok date(List<Token> t, int i) {
    return date(t, i, false);
  }

  /**
   * Reads a date at token {@code i}, or null.
   *
   * @param iso whether an ambiguous "2011-12" reads as a month (December 2011), not a year range
   */
  private static DateTok date(List<Token> t, int i, boolean iso) {
    if (i >= t.size()) {
      return null;
    }
    Token a = t.get(i);
    switch (a.type()) {
      case MONTH:
        return monthDate(t, i);
      case SEASON:
        {
          int j = i + 1;
          if (is(t, j, T.COMMA)) {
            j++;
          }
          if (is(t, j, T.YEAR)) {
            return new DateTok(
                t.get(j).value(), seasonMonth(a.value()), Precision.SEASON, false, i, j + 1);
          }
          return new DateTok(0, seasonMonth(a.value()), Precision.SEASON, false, i, i + 1);
        }
      case NUM:
        return numericDate(t, i);
      case YEAR:
        return yearDate(t, i, iso);
      default:
        return null;
    }
  }

  private static DateTok monthDate(List<Token> t, int i) {
    int m = t.get(i).value();
    int j = i + 1;
    if (is(t, j, T.DOT)) {
      j++;
    }
    if (is(t, j, T.COMMA)) {
      j++;
    }
    if (is(t, j, T.YEAR)) {
      return new DateTok(t.get(j).value(), m, Precision.MONTH, false, i, j + 1);
    }
    if (is(t, j, T.NUM)) {
      int k = j + 1;
      if (is(t, k, T.COMMA)) {
        k++;
      }
      if (t.get(j).value() >= 1 && t.get(j).value() <= 31 && is(t, k, T.YEAR)) {
        // "May 13, 2019": a day, then the year.
        return new DateTok(t.get(k).value(), m, Precision.MONTH, false, i, k + 1);
      }
      if (t.get(j).digits() == 2 && !is(t, j + 1, T.SLASH) && !is(t, j + 1, T.DOT)) {
        // "Aug 13", "Aug 98": a two-digit year (any, not only one that could be a day), trusted
        // only inside a range.
        return new DateTok(twoDigitYear(t.get(j).value()), m, Precision.MONTH, true, i, j + 1);
      }
    }
    return new DateTok(0, m, Precision.MONTH, false, i, i + 1);
  }

  private static DateTok numericDate(List<Token> t, int i) {
    Token a = t.get(i);
    int j = i + 1;
    // "13 May 2019", "22nd May 2025"
    if (a.value() >= 1 && a.value() <= 31 && is(t, j, T.MONTH)) {
      int k = j + 1;
      if (is(t, k, T.DOT)) {
        k++;
      }
      if (is(t, k, T.COMMA)) {
        k++;
      }
      if (is(t, k, T.YEAR)) {
        return new DateTok(t.get(k).value(), t.get(j).value(), Precision.MONTH, false, i, k + 1);
      }
      return null;
    }
    if (a.digits() > 2 || !(is(t, j, T.SLASH) || is(t, j, T.DOT) || is(t, j, T.DASH))) {
      return null;
    }
    boolean tight = !t.get(j).space() && j + 1 < t.size() && !t.get(j + 1).space();
    if (!tight) {
      return null;
    }
    T sep = t.get(j).type();
    if (is(t, j + 1, T.YEAR) && t.get(j + 1).digits() == 4) {
      // "03/2016", "03.2016", "03-2016"
      if (a.value() < 1 || a.value() > 12) {
        return null;
      }
      return new DateTok(t.get(j + 1).value(), a.value(), Precision.MONTH, false, i, j + 2);
    }
    if (is(t, j + 1, T.NUM) && sep != T.DASH) {
      Token b = t.get(j + 1);
      int k = j + 2;
      // "12/05/2019" (US month first unless the first cannot be a month), "13.05.2019"
      if (is(t, k, sep) && !t.get(k).space() && is(t, k + 1, T.YEAR)) {
        int month;
        if (sep == T.DOT) {
          month = b.value();
        } else {
          month = a.value() <= 12 ? a.value() : b.value();
        }
        if (month < 1 || month > 12) {
          return null;
        }
        return new DateTok(t.get(k + 1).value(), month, Precision.MONTH, false, i, k + 2);
      }
      if (b.digits() == 2 && sep == T.SLASH && a.value() >= 1 && a.value() <= 12) {
        // "03/16": month and two-digit year, trusted only inside a range.
        return new DateTok(twoDigitYear(b.value()), a.value(), Precision.MONTH, true, i, j + 2);
      }
    }
    return null;
  }

  private static DateTok yearDate(List<Token> t, int i, boolean iso) {
    Token y = t.get(i);
    if (y.digits() == 2) {
      return new DateTok(y.value(), 1, Precision.YEAR, false, i, i + 1);
    }
    int j = i + 1;
    if ((is(t, j, T.SLASH) || is(t, j, T.DOT) || is(t, j, T.DASH))
        && !t.get(j).space()
        && is(t, j + 1, T.NUM)
        && !t.get(j + 1).space()
        && t.get(j + 1).digits() == 2) {
      int mm = t.get(j + 1).value();
      boolean academicYear = mm == (y.value() + 1) % 100;
      boolean isoMonth = mm >= 1 && mm <= 12 && (iso || !academicYear);
      if (isoMonth) {
        int k = j + 2;
        // "2019-05-13": drop the day
        if (is(t, k, t.get(j).type())
            && !t.get(k).space()
            && is(t, k + 1, T.NUM)
            && t.get(k + 1).digits() == 2) {
          k += 2;
        }
        return new DateTok(y.value(), mm, Precision.MONTH, false, i, k);
      }
    }
    return new DateTok(y.value(), 1, Precision.YEAR, false, i, i + 1);
  }

  /**
   * The first month of a season, read as an academic term: spring January to May, summer June to
   * August, fall September to December, winter December (of the year before) to February.
   */
  private static int seasonMonth(int season) {
    switch (season) {
      case 0:
        return 1;
      case 1:
        return 6;
      case 2:
        return 9;
      default:
        return 12;
    }
  }

  /** The last month, in the season's own year, of the season that starts in {@code first}. */
  private static int seasonEnd(int first) {
    switch (first) {
      case 1:
        return 5;
      case 6:
        return 8;
      case 9:
        return 12;
      default:
        return 2;
    }
  }

  /** Whether a "YYYY-MM" at {@code i} could also be an academic year ("2011-12", "2005/06"). */
  private static boolean ambiguous(List<Token> t, int i) {
    DateTok d = yearDate(t, i, false);
    return d.precision() == Precision.YEAR && yearDate(t, i, true).precision() == Precision.MONTH;
  }

  /** Whether a written year is one the parser reads. */
  private static boolean inBounds(DateTok d) {
    return d.year() >= MIN_YEAR && d.year() <= MAX_YEAR;
  }

  /**
   * The end year of a short academic range ("2019/20", "2019-21", "2019 – 21") at {@code i}, or -1.
   */
  private static int shortEnd(List<Token> t, int i) {
    if (!is(t, i, T.YEAR)
        || t.get(i).digits() != 4
        || !(is(t, i + 1, T.SLASH) || is(t, i + 1, T.DASH))
        || !is(t, i + 2, T.NUM)
        || t.get(i + 2).digits() != 2) {
      return -1;
    }
    int start = t.get(i).value();
    int end = start / 100 * 100 + t.get(i + 2).value();
    if (end < start) {
      end += 100;
    }
    return end > start && end - start <= 20 && end <= MAX_YEAR ? end : -1;
  }

  /** Skips a separator at {@code i}: a dash, "to", "–to", "- -"; returns the token after it. */
  private static int separator(List<Token> t, int i) {
    int j = i;
    boolean any = false;
    while (j < t.size() && (t.get(j).type() == T.DASH || t.get(j).type() == T.TO)) {
      j++;
      any = true;
    }
    return any ? j : -1;
  }

  /**
   * Reads a range starting at token {@code i}, or null.
   *
   * @param afterSince whether "since" or "from" comes before it
   */
  private static Match range(List<Token> t, int i, boolean afterSince) {
    DateTok a = date(t, i);
    if (a == null) {
      return null;
    }
    if (is(t, i, T.YEAR) && ambiguous(t, i)) {
      // "2011-12" is December 2011 or the academic year 2011/12. It is a month when a month or
      // "present" ends the range it starts, and, written with a dash, whenever a range goes on
      // from it ("2011-12 –", "since 2011-12") unless an academic year ends it ("– 2013-14").
      DateTok month = yearDate(t, i, true);
      int s = separator(t, month.next());
      DateTok e = s < 0 ? null : date(t, s, true);
      boolean endAmbiguous = is(t, s, T.YEAR) && ambiguous(t, s);
      boolean monthEnd =
          e != null && e.hasYear() && e.precision() == Precision.MONTH && !endAmbiguous;
      boolean academicEnd =
          e != null && e.precision() == Precision.YEAR && !endAmbiguous && shortEnd(t, s) > 0;
      boolean dash = is(t, i + 1, T.DASH);
      if ((s >= 0 && is(t, s, T.PRESENT))
          || monthEnd
          || (dash && (afterSince || s >= 0) && !academicEnd)) {
        a = month;
      }
    }
    if (a.hasYear() && !inBounds(a)) {
      // "1949 - 1955": a year out of bounds is no date, and neither is the range it starts.
      int s = separator(t, a.next());
      DateTok b = s < 0 ? null : date(t, s);
      return new Match(null, b != null ? b.next() : a.next());
    }
    int end = a.precision() == Precision.YEAR ? shortEnd(t, i) : -1;
    if (end > 0) {
      // A short end year: "2019/20", "2019-21", "2019 – 21"; it may itself start a range
      // ("2019/20 – 2021/22", "2019/20 – Present").
      Match more = afterShort(t, a, i + 3);
      return more != null
          ? more
          : closed(t, a, new DateTok(end, 1, Precision.YEAR, false, i + 2, i + 3));
    }
    int s = separator(t, a.next());
    if (s < 0) {
      return null;
    }
    if (is(t, s, T.PRESENT)) {
      if (!a.hasYear()) {
        return null;
      }
      Token p = t.get(s);
      return new Match(
          new Found(
              t.get(a.start()).start(),
              p.end(),
              a.first(),
              null,
              Open.PRESENT,
              false,
              a.precision()),
          s + 1);
    }
    DateTok b = date(t, s, a.precision() == Precision.MONTH);
    if (b != null && b.hasYear() && !inBounds(b)) {
      b = null; // "2019 – 2105": the end is no date
    }
    if (b != null && b.hasYear()) {
      DateTok from = a;
      if (!from.hasYear()) {
        // "June – August 2021", "Nov - Feb 2021", "Fall – Winter 2021": the start takes the
        // end's year, or the one before when it would begin after the end begins.
        DateTok same = from.withYear(b.year());
        from = same.first().isAfter(b.first()) ? from.withYear(b.year() - 1) : same;
      }
      if (from.weak() && !b.weak() && b.precision() != Precision.MONTH) {
        return null;
      }
      return closed(t, from, b);
    }
    if (!a.hasYear() || a.weak()) {
      return null;
    }
    // "2021 –" at the end of a line, or "2021 – Title": open, ends at the document's date.
    boolean atLineStart = a.start() == 0 || onlyPunctuationBefore(t, a.start());
    boolean atLineEnd = onlyPunctuationFrom(t, s);
    if (b == null && (atLineStart || atLineEnd) && t.get(s - 1).type() == T.DASH) {
      return open(t, a, s - 1, Open.DANGLING, s);
    }
    return null;
  }

  /** The range that an academic year {@code a} ("2019/20") starts, read from token {@code i}. */
  private static Match afterShort(List<Token> t, DateTok a, int i) {
    int s = separator(t, i);
    if (s < 0) {
      return null;
    }
    if (is(t, s, T.PRESENT)) {
      return open(t, a, s, Open.PRESENT, s + 1);
    }
    int end = shortEnd(t, s);
    DateTok b = end > 0 ? new DateTok(end, 1, Precision.YEAR, false, s, s + 3) : date(t, s);
    if (b == null
        && t.get(s - 1).type() == T.DASH
        && (onlyPunctuationBefore(t, a.start()) || onlyPunctuationFrom(t, s))) {
      // "2019/20 –" at the end of a line, or "2019/20 – Title": open.
      return open(t, a, s - 1, Open.DANGLING, s);
    }
    if (b == null || !b.hasYear() || b.weak() || !inBounds(b) || b.last().isBefore(a.first())) {
      return null;
    }
    return closed(t, a, b);
  }

  /**
   * An open range from date {@code a} up to token {@code last}; reading goes on at {@code next}.
   */
  private static Match open(List<Token> t, DateTok a, int last, Open open, int next) {
    return new Match(
        new Found(
            t.get(a.start()).start(),
            t.get(last).end(),
            a.first(),
            null,
            open,
            false,
            a.precision()),
        next);
  }

  private static boolean onlyPunctuationFrom(List<Token> t, int i) {
    for (int k = i; k < t.size(); k++) {
      T type = t.get(k).type();
      if (!(type == T.OTHER && t.get(k).digits() == 0) && type != T.DOT && type != T.COMMA) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyPunctuationBefore(List<Token> t, int i) {
    for (int k = 0; k < i; k++) {
      T type = t.get(k).type();
      if (type != T.OTHER || t.get(k).digits() > 0) {
        return false;
      }
    }
    return true;
  }

  private static Match closed(List<Token> t, DateTok a, DateTok b) {
    YearMonth from = a.first();
    YearMonth to = b.last();
    if (to.isBefore(from)) {
      // "2021 - 2019": a range never runs backwards.
      from = b.first();
      to = a.last();
    }
    return new Match(
        new Found(
            t.get(a.start()).start(),
            t.get(b.next() - 1).end(),
            from,
            to,
            Open.NO,
            false,
            a.precision()),
        b.next());
  }

  private static Match sinceOrSingle(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.type() == T.SINCE) {
      Match r = range(t, i + 1, true);
      if (r != null && r.found() != null) {
        // "from 2019 to 2021": the range starts at "from", as "since 2022" does; "since 2019/20"
        // is open (but "from 2019-21" is not).
        Found f = r.found();
        boolean academicYear =
            tok.value() == 0
                && r.next() == i + 4
                && shortEnd(t, i + 1) > 0
                && !t.get(i + 2).space()
                && !t.get(i + 3).space();
        return new Match(
            new Found(
                tok.start(),
                f.end(),
                f.from(),
                academicYear ? null : f.to(),
                academicYear ? Open.DANGLING : f.open(),
                f.single(),
                f.precision()),
            r.next());
      }
      if (r != null) {
        return r;
      }
      // "since 2011-12" is December 2011, as in a range.
      boolean iso = is(t, i + 1, T.YEAR) && ambiguous(t, i + 1) && is(t, i + 2, T.DASH);
      DateTok d = date(t, i + 1, iso);
      if (d != null && d.hasYear() && !d.weak() && !inBounds(d)) {
        return new Match(null, d.next());
      }
      if (d != null && d.hasYear() && !d.weak()) {
        return new Match(
            new Found(
                tok.start(),
                t.get(d.next() - 1).end(),
                d.first(),
                null,
                Open.DANGLING,
                false,
                d.precision()),
            d.next());
      }
      return null;
    }
    DateTok d = date(t, i);
    if (d == null || !d.hasYear() || d.weak()) {
      return null;
    }
    if (!inBounds(d)) {
      return new Match(null, d.next());
    }
    return new Match(
        new Found(
            t.get(d.start()).start(),
            t.get(d.next() - 1).end(),
            d.first(),
            d.last(),
            Open.NO,
            true,
            d.precision()),
        d.next());
  }
}
