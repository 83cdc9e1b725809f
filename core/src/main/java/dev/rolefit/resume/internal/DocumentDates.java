package dev.rolefit.resume.internal;

import dev.rolefit.extract.Line;
import dev.rolefit.model.DateAnchor;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates a resume states about itself: when it was last updated (the month that ends its open
 * ranges) and how many years of experience it claims.
 */
public final class DocumentDates {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern UPDATED =
      Pattern.compile(
          "\\b(?:last\\s+)?(?:updated?|revised|modified)\\b(?:\\s+(?:on|in|at))?\\s*[:\\-\u2013\u2014]?\\s*"
              + "|\\bas\\s+of\\b\\s*:?\\s*",
          CI);
  private static final Pattern SELF_NAME =
      Pattern.compile("\\b(curriculum\\s+vitae|r[ée]sum[ée]|\\bcv)\\b", CI);
  // After "years": "of", then up to three words, then the word for experience.
  private static final Pattern EXPERIENCE_AFTER =
      Pattern.compile(
          "(?:years?|yrs?)\\b\\.?(?:\\s+(?:of|in))?(?:\\s+[\\p{L}/-]+){0,3}?\\s+(?:experience|expertise)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_STATED_YEARS = 50;

  private DocumentDates() {}

  /**
   * The month that ends open ranges: a date the resume states for itself ("Last updated: May 2023",
   * "as of 03/2024", a dated "Curriculum Vitae" line), else the metadata date, else the clock.
   * Never after the clock, and never before the latest month a range starts in.
   *
   * @param lines the document's lines
   * @param metadata the document's metadata date, if any
   * @param clock the current month
   * @param latestStart the latest month any dated entry starts in, or null
   * @return the anchor
   */
  public static DateAnchor anchor(
      List<Line> lines,
      List<String> running,
      Optional<LocalDate> metadata,
      YearMonth clock,
      YearMonth latestStart) {
    YearMonth stated = stated(lines);
    YearMonth inMargins = statedIn(running);
    if (inMargins != null && (stated == null || inMargins.isAfter(stated))) {
      stated = inMargins;
    }
    DateAnchor a;
    if (stated != null) {
      a = new DateAnchor(stated, DateAnchor.Source.STATED);
    } else if (metadata.isPresent()) {
      a = new DateAnchor(YearMonth.from(metadata.get()), DateAnchor.Source.METADATA);
    } else {
      a = new DateAnchor(clock, DateAnchor.Source.CLOCK);
    }
    YearMonth m = a.month();
    if (m.isAfter(clock)) {
      m = clock;
    }
    if (latestStart != null && latestStart.isAfter(m) && !latestStart.isAfter(clock)) {
      m = latestStart;
    }
    return m.equals(a.month()) ? a : new DateAnchor(m, a.source());
  }

  /** The latest date stated as the resume's own ("Updated April 25, 2024"), or null. */
  static YearMonth stated(List<Line> lines) {
    List<String> texts = new java.util.ArrayList<>(lines.size());
    for (Line l : lines) {
      texts.add(l.text());
    }
    return statedIn(texts);
  }

  private static YearMonth statedIn(List<String> texts) {
    YearMonth best = null;
    for (String t : texts) {
      if (t.length() > 160 || !hasDigit(t) || !mentionsItself(t)) {
        continue;
      }
      Matcher m = UPDATED.matcher(t);
      YearMonth found = null;
      while (m.find() && found == null) {
        found = firstDate(t.substring(m.end()), true);
      }
      if (found == null && SELF_NAME.matcher(t).find() && t.length() < 100) {
        found = firstDate(t, false);
      }
      if (found != null && (best == null || found.isAfter(best))) {
        best = found;
      }
    }
    return best;
  }

  /** The first single date of a text, month-exact (or any precision right after "updated"). */
  private static @Nullable YearMonth firstDate(String text, boolean anyPrecision) {
    List<DateRangeParser.Found> found = DateRangeParser.find(text);
    if (found.size() != 1 || !found.get(0).single()) {
      return null;
    }
    DateRangeParser.Found f = found.get(0);
    if (!anyPrecision && f.precision() != DateRangeParser.Precision.MONTH) {
      return null;
    }
    if (anyPrecision && f.start() > 12) {
      return null; // the date must follow the word
    }
    return f.precision() == DateRangeParser.Precision.YEAR ? f.to() : f.from();
  }

  /**
   * The years of experience the resume claims ("10+ years of experience", "over 7 years of industry
   * experience"): the largest such number, at most 50.
   *
   * @param text the document's text
   * @return the years, or empty
   */
  public static OptionalInt statedYears(String text) {
    int best = -1;
    for (int at = nextYearWord(text, 0); at >= 0; at = nextYearWord(text, at + 2)) {
      int y = yearsBefore(text, at);
      if (y > 0 && y <= MAX_STATED_YEARS && y > best && experienceAfter(text, at)) {
        best = y;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The number written just before "years" ("10+ years", "7 yrs"), or -1. */
  private static int yearsBefore(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '+')) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9' && end - i <= 2) {
      i--;
    }
    int start = i + 1;
    if (start == end || (i >= 0 && Character.isLetterOrDigit(text.charAt(i)))) {
      return -1;
    }
    return Integer.parseInt(text.substring(start, end));
  }

  /** Whether "experience" or "expertise" follows within a few words of "years". */
  private static boolean experienceAfter(String text, int at) {
    int to = Math.min(text.length(), at + 60);
    Matcher m = EXPERIENCE_AFTER.matcher(text).region(at, to);
    return m.lookingAt();
  }

  /** The next "yr" or "year", any case, starting a word, from an offset; -1 if none. */
  private static int nextYearWord(String text, int from) {
    int lower = text.indexOf('y', from);
    int upper = text.indexOf('Y', from);
    while (lower >= 0 || upper >= 0) {
      int i = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      if (i + 1 < text.length()
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (text.charAt(i + 1) == 'r'
              || text.charAt(i + 1) == 'R'
              || text.regionMatches(true, i + 1, "ear", 0, 3))) {
        return i;
      }
      if (i == lower) {
        lower = text.indexOf('y', i + 1);
      } else {
        upper = text.indexOf('Y', i + 1);
      }
    }
    return -1;
  }

  /** A cheap test before the patterns: the words a self-dating line holds. */
  private static boolean mentionsItself(String t) {
    for (int i = 0; i + 1 < t.length(); i++) {
      switch (Character.toLowerCase(t.charAt(i))) {
        case 'u':
          if (t.regionMatches(true, i, "updat", 0, 5)) {
            return true;
          }
          break;
        case 'r':
          if (t.regionMatches(true, i, "revis", 0, 5)) {
            return true;
          }
          break;
        case 'm':
          if (t.regionMatches(true, i, "modif", 0, 5)) {
            return true;
          }
          break;
        case 'a':
          if (t.regionMatches(true, i, "as of", 0, 5)) {
            return true;
          }
          break;
        case 'v':
          if (t.regionMatches(true, i, "vitae", 0, 5)) {
            return true;
          }
          break;
        case 's':
          if (t.regionMatches(true, i, "sum", 0, 3)) {
            return true;
          }
          break;
        case 'c':
          if (t.regionMatches(true, i, "cv", 0, 2)) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}
