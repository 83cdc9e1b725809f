package dev.rolefit.resume.internal;

import dev.rolefit.extract.Line;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.DateRange;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Section;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dated career entries of a resume: lines whose dates sit where an entry's dates sit (at
 * the start or end of a short line, not inside a sentence), the heading lines around them (title,
 * organisation), and the description that follows up to the next entry. Two steps, because the
 * document's date, which ends open ranges, may depend on the dates found: {@link #scan} finds the
 * dated lines, {@link Scan#entries} resolves them into entries.
 */
public final class EntryScanner {
  private static final String BULLET = "\u2022 ";
  private static final int MAX_DATED_LINE = 160;
  private static final int SHORT_LINE = 90;
  private static final int MAX_DATED_BULLET = 100;
  private static final int MAX_TITLE_WORDS = 14;
  private static final int MAX_TITLE_CHARS = 110;
  private static final int MIN_OWN_TITLE_LETTERS = 10;
  private static final int MAX_HEAD_ABOVE = 3;
  private static final int MAX_TITLE_PREFIX_WORDS = 8;
  private static final java.util.Set<String> PREPOSITIONS =
      java.util.Set.of(
          "from",
          "between",
          "in",
          "during",
          "over",
          "of",
          "for",
          "to",
          "on",
          "at",
          "by",
          "with",
          "through",
          "covering",
          "spanning",
          "across",
          "since",
          "until",
          "and",
          "the",
          "a");

  /**
   * Lines whose dates are no career period: a birth date, the date the resume was updated, a
   * running header or footer naming the document ("Jane Doe · Curriculum Vitae · May 2024").
   */
  private static final Lexicon NOT_CAREER =
      Lexicon.of(
          "born",
          "birth",
          "birthdate",
          "birthday",
          "date of birth",
          "d o b",
          "dob",
          "geboren",
          "geburtsdatum",
          "nee le",
          "n\u00e9e le",
          "n\u00e9 le",
          "updated",
          "update",
          "last updated",
          "revised",
          "modified",
          "as of",
          "curriculum vitae",
          "resume",
          "r\u00e9sum\u00e9");

  private static final Pattern PRESENT_START =
      Pattern.compile(
          "^\\s*(present|current|currently|now|today|ongoing|date)\\b", Pattern.CASE_INSENSITIVE);
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "inc", "ltd", "co", "corp", "llc", "st", "dr", "jr", "sr", "univ", "dept", "u.s", "s.a",
          "e.v", "gmbh");

  private EntryScanner() {}

  /**
   * Dates that make a line (or two) an entry, before the document's date is known.
   *
   * @param line the index of the (first) line holding the dates
   * @param span 1, or 2 when the dates go on to the next line ("2024 –" / "present") or are stacked
   *     over two lines (the end above the start, in a left column)
   * @param cuts where the dates are, per line of the span: start and end offsets in the line's text
   *     ({-1, -1} where a line holds none)
   * @param from the first month
   * @param to the last month as written (for an open range, the start)
   * @param open whether the range runs to the document's date
   * @param single whether it is one date, not a range
   * @param precision the precision of the start
   */
  private record Dated(
      int line,
      int span,
      int[] cuts,
      YearMonth from,
      YearMonth to,
      boolean open,
      boolean single,
      DateRangeParser.Precision precision) {

    int last() {
      return line + span - 1;
    }
  }

  /** The dated lines of a document. */
  public static final class Scan {
    private final SectionSplitter.Layout layout;
    private final List<Dated> dated;

    private Scan(SectionSplitter.Layout layout, List<Dated> dated) {
      this.layout = layout;
      this.dated = dated;
    }

    /**
     * The latest month a dated range starts in (a document is never older than that).
     *
     * @param clock the current month; later starts are ignored
     * @return the month, or null if no range was found
     */
    public YearMonth latestStart(YearMonth clock) {
      YearMonth best = null;
      for (Dated d : dated) {
        YearMonth f = d.from();
        if (!d.single() && !f.isAfter(clock) && (best == null || f.isAfter(best))) {
          best = f;
        }
      }
      return best;
    }

    /**
     * The entries, with open ranges ended at the document's date.
     *
     * @param anchor the document's date
     * @return the entries in the order written
     */
    public List<ExperienceEntry> entries(YearMonth anchor) {
      return build(layout, dated, anchor);
    }
  }

  /**
   * Finds the dated lines.
   *
   * @param layout the document's lines and sections
   * @return the scan
   */
  public static Scan scan(SectionSplitter.Layout layout) {
    List<Line> lines = layout.lines();
    boolean hasCareerSections = false;
    for (Section s : layout.sections()) {
      hasCareerSections |= s.kind().isWork() || s.kind() == SectionKind.EDUCATION;
    }
    List<Dated> out = new ArrayList<>();
    Finder finder = new Finder(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (layout.heading()[i] || !eligible(layout.kind()[i], hasCareerSections)) {
        continue;
      }
      boolean nextOk =
          i + 1 < lines.size()
              && !layout.heading()[i + 1]
              && layout.kind()[i + 1] == layout.kind()[i];
      Dated d = stacked(lines, finder, i, nextOk);
      if (d == null) {
        d = dated(lines, finder, i, layout.kind()[i], nextOk);
      }
      if (d != null) {
        out.add(d);
        i = d.last();
      }
    }
    return new Scan(layout, out);
  }

  private static boolean eligible(SectionKind k, boolean hasCareerSections) {
    switch (k) {
      case EXPERIENCE:
      case APPOINTMENTS:
      case RESEARCH_EXPERIENCE:
      case EDUCATION:
      case PROJECTS:
      case TEACHING:
      case OTHER:
        return true;
      case CONTACT:
      case SUMMARY:
        // Without headings for work or education, dated lines anywhere may be entries.
        return !hasCareerSections;
      default:
        return false;
    }
  }

  /** The dates of each line, read once: neighbouring lines are asked for them more than once. */
  private static final class Finder {
    private final List<Line> lines;
    private final List<?>[] found;

    Finder(List<Line> lines) {
      this.lines = lines;
      this.found = new List<?>[lines.size()];
    }

    @SuppressWarnings("unchecked")
    List<DateRangeParser.Found> at(int i) {
      if (found[i] == null) {
        found[i] = DateRangeParser.find(lines.get(i).text());
      }
      return (List<DateRangeParser.Found>) found[i];
    }
  }

  private static @Nullable Dated dated(
      List<Line> lines, Finder finder, int i, SectionKind section, boolean nextOk) {
    String t = lines.get(i).text();
    if (t.length() > MAX_DATED_LINE) {
      return null;
    }
    boolean bullet = t.startsWith(BULLET);
    int prefix = bullet ? BULLET.length() : 0;
    String body = t.substring(prefix);
    if (bullet && body.length() > MAX_DATED_BULLET) {
      return null; // a period inside a description ("data from 2008-2020")
    }
    List<DateRangeParser.Found> found = bullet ? DateRangeParser.find(body) : finder.at(i);
    if (found.isEmpty() || NOT_CAREER.in(Lexicon.Words.of(t))) {
      return null;
    }
    DateRangeParser.Found f = null;
    for (DateRangeParser.Found x : found) {
      if (!x.single()) {
        f = x;
        break;
      }
    }
    if (f == null) {
      f = found.get(0);
    }
    boolean atStart = onlyPunctuation(body, 0, f.start());
    boolean atEnd = onlyPunctuation(body, f.end(), body.length());
    if (!atStart && !atEnd && body.length() > SHORT_LINE && !afterTitle(body, f)) {
      return null;
    }
    if (bullet && !atStart && !atEnd) {
      return null;
    }
    if (f.single() && f.precision() == DateRangeParser.Precision.YEAR) {
      // A bare year makes an entry only where an entry's dates sit, on a short line, and not
      // where it ends a sentence ("Published at NeurIPS 2019.").
      boolean endsSentence = body.strip().endsWith(body.substring(f.start(), f.end()) + ".");
      if (!(atStart || atEnd)
          || body.length() > SHORT_LINE
          || section == SectionKind.OTHER
          || endsSentence) {
        return null;
      }
    }
    int[] cut = {prefix + f.start(), prefix + f.end()};
    if (f.dangling() && nextOk) {
      // A range broken over two lines: "2024-" / "present", "Mar 2022 – Engineer" / "Present".
      String next = lines.get(i + 1).text();
      java.util.regex.Matcher pm = PRESENT_START.matcher(next);
      if (pm.find()) {
        return new Dated(
            i,
            2,
            new int[] {cut[0], cut[1], pm.start(1), pm.end(1)},
            f.from(),
            f.from(),
            true,
            false,
            f.precision());
      }
      List<DateRangeParser.Found> n = finder.at(i + 1);
      if (!n.isEmpty() && n.get(0).single() && n.get(0).start() <= 1) {
        DateRangeParser.Found e = n.get(0);
        if (!e.to().isBefore(f.from())) {
          return new Dated(
              i,
              2,
              new int[] {cut[0], cut[1], e.start(), e.end()},
              f.from(),
              e.to(),
              false,
              false,
              f.precision());
        }
      }
    }
    return new Dated(
        i,
        1,
        new int[] {cut[0], cut[1], -1, -1},
        f.from(),
        f.single() || f.open() == DateRangeParser.Open.NO ? f.to() : f.from(),
        f.open() != DateRangeParser.Open.NO,
        f.single(),
        f.precision());
  }

  /**
   * Dates stacked in a left column, the end above the start ("Dec. 2021 Harbor Institute" over
   * "Sep. 2018 POSTDOCTORAL RESEARCHER", or "Current" over "Jun. 2023"): one entry over two lines
   * whose upper line names the organisation and the lower the role.
   */
  private static @Nullable Dated stacked(List<Line> lines, Finder finder, int i, boolean nextOk) {
    if (!nextOk) {
      return null;
    }
    String a = lines.get(i).text();
    String b = lines.get(i + 1).text();
    if (!startsWithDigitOrLetter(b)) {
      return null;
    }
    DateRangeParser.Found lower = leadingMonth(b, finder.at(i + 1));
    if (lower == null) {
      return null;
    }
    java.util.regex.Matcher pm = PRESENT_START.matcher(a);
    boolean openEnd = pm.find() && finder.at(i).isEmpty();
    DateRangeParser.Found upper = openEnd ? null : leadingMonth(a, finder.at(i));
    if (!openEnd && (upper == null || upper.from().isBefore(lower.from()))) {
      return null;
    }
    String restA = openEnd ? a.substring(pm.end()) : a.substring(upper.end());
    String restB = b.substring(lower.end());
    // The organisation above, the role below: one entry, not two single-dated items.
    if (!EntryClassifier.namesRole(restB) || EntryClassifier.namesRole(restA)) {
      return null;
    }
    int[] cuts = {
      openEnd ? pm.start(1) : upper.start(),
      openEnd ? pm.end(1) : upper.end(),
      lower.start(),
      lower.end()
    };
    return new Dated(
        i,
        2,
        cuts,
        lower.from(),
        openEnd ? lower.from() : upper.to(),
        openEnd,
        false,
        lower.precision());
  }

  private static boolean startsWithDigitOrLetter(String t) {
    return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(0));
  }

  /** A single month date at the start of a line, or null. */
  private static DateRangeParser.@Nullable Found leadingMonth(
      String t, List<DateRangeParser.Found> f) {
    if (f.size() != 1
        || !f.get(0).single()
        || f.get(0).precision() != DateRangeParser.Precision.MONTH
        || !onlyPunctuation(t, 0, f.get(0).start())) {
      return null;
    }
    return f.get(0);
  }

  /**
   * Whether a range follows a short title at the start of a long line, as some resume builders
   * write a whole entry on one line ("Electrician 01/1999 to 01/2004 Company Name City ..."), and
   * not a period inside prose ("Analysed sales from 2008-2020 ...").
   */
  private static boolean afterTitle(String body, DateRangeParser.Found f) {
    if (f.single()) {
      return false;
    }
    String before = body.substring(0, f.start()).strip();
    String[] words = before.split("\\s+");
    if (before.isEmpty() || words.length > MAX_TITLE_PREFIX_WORDS || sentence(before)) {
      return false;
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return !PREPOSITIONS.contains(last) && Character.isUpperCase(before.charAt(0));
  }

  private static boolean onlyPunctuation(String s, int from, int to) {
    for (int k = from; k < to && k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static List<ExperienceEntry> build(
      SectionSplitter.Layout layout, List<Dated> dated, YearMonth anchor) {
    Page page = new Page(layout, layout.lines(), layout.heading(), datedLines(layout, dated));
    List<Head> heads = heads(page, dated);
    List<ExperienceEntry> out = new ArrayList<>();
    for (int k = 0; k < dated.size(); k++) {
      ExperienceEntry e = entry(page, dated.get(k), heads, k, anchor);
      if (e != null) {
        out.add(e);
      }
    }
    return EntryContext.reclassify(out);
  }

  /**
   * The document's lines with what {@link #build} asks of them: which are section headings and
   * which hold an entry's dates.
   */
  private record Page(
      SectionSplitter.Layout layout, List<Line> lines, boolean[] heading, boolean[] dated) {

    String text(int i) {
      return lines.get(i).text();
    }

    SectionKind kind(int i) {
      return layout.kind()[i];
    }

    boolean headingLine(int i, SectionKind kind) {
      return EntryScanner.headingLine(lines, heading, dated, i, kind, layout);
    }

    boolean describes(int i, SectionKind kind) {
      return EntryScanner.describes(lines, heading, dated, i, kind, layout);
    }

    boolean startsBlock(int i) {
      return EntryScanner.startsBlock(lines, heading, dated, i, layout);
    }

    boolean endsBlock(int i) {
      return EntryScanner.endsBlock(lines, heading, dated, i);
    }

    boolean gap(int a, int b) {
      return gapBetween(lines, a, b);
    }

    /** At most eight words: short enough for an organisation or place line. */
    boolean shortLine(int i) {
      return words(lines, i) <= 8;
    }
  }

  /** An entry's heading: its first and last line (dates included). */
  private record Head(int from, int to) {}

  /** Which lines hold an entry's dates. */
  private static boolean[] datedLines(SectionSplitter.Layout layout, List<Dated> dated) {
    boolean[] isDated = new boolean[layout.lines().size()];
    for (Dated d : dated) {
      for (int j = d.line(); j <= d.last(); j++) {
        isDated[j] = true;
      }
    }
    return isDated;
  }

  /** Each entry's heading lines, in order; a line joins one heading at most. */
  private static List<Head> heads(Page page, List<Dated> dated) {
    List<Head> heads = new ArrayList<>(dated.size());
    int claimed = -1;
    for (Dated d : dated) {
      Head h = head(page, d, claimed);
      heads.add(h);
      claimed = h.to();
    }
    return heads;
  }

  /** The heading of one entry, given the last line an earlier heading took. */
  private static Head head(Page page, Dated d, int claimed) {
    int i = d.line();
    int last = d.last();
    SectionKind kind = page.kind(i);
    int next = last + 1;
    boolean belowOk =
        next < page.lines().size() && page.headingLine(next, kind) && !page.gap(last, next);
    boolean aboveOk = i - 1 > claimed && page.headingLine(i - 1, kind) && !page.gap(i - 1, i);
    return ownLetters(page, d) >= MIN_OWN_TITLE_LETTERS
        ? titledHead(page, d, aboveOk, belowOk)
        : datesOnlyHead(page, d, claimed, aboveOk, belowOk);
  }

  /** Letters left on the dated lines once the dates are cut out: a title sharing the line. */
  private static int ownLetters(Page page, Dated d) {
    int own = 0;
    for (int j = d.line(); j <= d.last(); j++) {
      own += EntryClassifier.nameLetters(rest(page.text(j), d, j));
    }
    return own;
  }

  /**
   * The dates share a line with the title: a line above joins only if it starts a block (an
   * organisation line over the title), a line below only if it names the role or closes the heading
   * (an organisation or place line before the description).
   */
  private static Head titledHead(Page page, Dated d, boolean aboveOk, boolean belowOk) {
    int i = d.line();
    int last = d.last();
    int next = last + 1;
    int from = aboveOk && page.startsBlock(i - 1) ? i - 1 : i;
    int to = last;
    if (belowOk) {
      boolean roleBelow =
          EntryClassifier.namesRole(page.text(next))
              && !EntryClassifier.namesRole(headText(page.lines(), d, from, last));
      if (roleBelow || (page.endsBlock(next) && page.shortLine(next))) {
        to = next;
      }
    }
    return new Head(from, to);
  }

  /**
   * A line of dates: its title is above (up to two lines, the topmost starting a block) or, when
   * the line above belongs to what went before, below (up to two lines).
   */
  private static Head datesOnlyHead(
      Page page, Dated d, int claimed, boolean aboveOk, boolean belowOk) {
    int i = d.line();
    int last = d.last();
    int next = last + 1;
    int above = blockAbove(page, d, claimed);
    if (above < 0 && aboveOk) {
      // Both neighbours could name it: the one with a role or degree in it does.
      boolean roleAbove = EntryClassifier.namesRole(page.text(i - 1));
      boolean roleBelow = belowOk && EntryClassifier.namesRole(page.text(next));
      if (!belowOk || (roleAbove && !roleBelow)) {
        above = i - 1;
      }
    }
    if (above < 0
        && !aboveOk
        && !belowOk
        && page.describes(next, page.kind(i))
        && !page.gap(last, next)) {
      // Nothing reads as a title: the text right below the dates is all there is to name them.
      return new Head(i, next);
    }
    if (above >= 0) {
      return new Head(above, placeBelow(page, next, belowOk) ? next : last);
    }
    if (belowOk) {
      return new Head(i, titleBelowEnd(page, next, page.kind(i)));
    }
    return new Head(i, last);
  }

  /**
   * The topmost of up to {@link #MAX_HEAD_ABOVE} heading lines above that starts a block, or -1.
   */
  private static int blockAbove(Page page, Dated d, int claimed) {
    int i = d.line();
    SectionKind kind = page.kind(i);
    for (int j = i - 1; j > claimed && i - j <= MAX_HEAD_ABOVE; j--) {
      if (!page.headingLine(j, kind) || page.gap(j, j + 1)) {
        return -1;
      }
      if (page.startsBlock(j)) {
        return j;
      }
    }
    return -1;
  }

  /** An organisation or place line under the dates, before the description. */
  private static boolean placeBelow(Page page, int next, boolean belowOk) {
    String below = next < page.lines().size() ? page.text(next) : "";
    return belowOk
        && page.shortLine(next)
        && !EntryClassifier.namesRole(below)
        && (page.endsBlock(next) || EntryClassifier.namesOrganisationOrPlace(below));
  }

  /** The last line of a title written below the dates: the line, or a short line closing it. */
  private static int titleBelowEnd(Page page, int next, SectionKind kind) {
    if (next + 1 < page.lines().size()
        && page.headingLine(next + 1, kind)
        && page.endsBlock(next + 1)
        && page.shortLine(next + 1)
        && !page.gap(next, next + 1)) {
      return next + 1;
    }
    return next;
  }

  /** Reads one entry from its heading; its text runs to the next entry. Null if none. */
  private static ExperienceEntry entry(
      Page page, Dated d, List<Head> heads, int k, YearMonth anchor) {
    Head h = heads.get(k);
    List<Line> lines = page.lines();
    SectionKind section = page.kind(d.line());
    EntryClassifier.Reading reading =
        EntryClassifier.read(
            headParts(page, d, h),
            section,
            sectionHeading(page.layout(), lines.get(d.line()).start()));
    if (reading == null) {
      return null;
    }
    DateRange range = range(d, anchor, reading.kind());
    if (range == null) {
      return null;
    }
    int endLine = endLine(page, heads, k, section);
    return new ExperienceEntry(
        reading.kind(),
        reading.title(),
        reading.organisation(),
        headingText(page, h),
        lines.get(h.from()).start(),
        titleStart(lines, h.from(), h.to(), reading.title()),
        lines.get(h.to()).end(),
        lines.get(endLine).end(),
        range,
        section,
        reading.doctoral());
  }

  /** The heading's lines joined with " | ", as written. */
  private static String headingText(Page page, Head h) {
    StringBuilder headingText = new StringBuilder();
    for (int j = h.from(); j <= h.to(); j++) {
      if (headingText.length() > 0) {
        headingText.append(" | ");
      }
      headingText.append(page.text(j));
    }
    return headingText.toString();
  }

  /** The heading's lines without dates or bullets, blank ones left out: what names the entry. */
  private static List<String> headParts(Page page, Dated d, Head h) {
    List<String> parts = new ArrayList<>(3);
    for (int j = h.from(); j <= h.to(); j++) {
      String part = rest(page.text(j), d, j);
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * The entry's last line: before the next entry's heading, a section heading or another section,
   * and never above its own heading.
   */
  private static int endLine(Page page, List<Head> heads, int k, SectionKind section) {
    Head h = heads.get(k);
    int endLine = page.lines().size() - 1;
    if (k + 1 < heads.size()) {
      endLine = Math.min(endLine, heads.get(k + 1).from() - 1);
    }
    for (int j = h.to() + 1; j <= endLine; j++) {
      if (page.heading()[j] || page.kind(j) != section) {
        endLine = j - 1;
        break;
      }
    }
    return Math.max(endLine, h.to());
  }

  /**
   * Where the title is written among the heading's lines: its text, else its first word (brackets
   * and dates are cut out of the title as read), else the heading's first line.
   */
  static int titleStart(List<Line> lines, int from, int to, String title) {
    String t = title.strip();
    if (!t.isEmpty()) {
      int space = t.indexOf(' ');
      for (String probe : new String[] {t, space < 0 ? t : t.substring(0, space)}) {
        for (int j = from; j <= to; j++) {
          int at = lines.get(j).text().indexOf(probe);
          if (at >= 0) {
            return lines.get(j).start() + at;
          }
        }
      }
    }
    return lines.get(from).start();
  }

  private static String headText(List<Line> lines, Dated d, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = from; j <= to; j++) {
      sb.append(rest(lines.get(j).text(), d, j)).append(' ');
    }
    return sb.toString();
  }

  private static DateRange range(Dated d, YearMonth anchor, EntryKind kind) {
    YearMonth from = d.from();
    YearMonth to = d.to();
    if (d.single() && d.precision() == DateRangeParser.Precision.YEAR) {
      // A degree's year is when it was awarded; a post's bare year stands for half of it.
      from = kind == EntryKind.EDUCATION ? from.withMonth(6) : from;
      to = from.withMonth(6);
    }
    if (from.isAfter(anchor)) {
      return null;
    }
    if (d.open() || to.isAfter(anchor)) {
      to = anchor;
    }
    return new DateRange(from, to, d.open());
  }

  /** A line of an entry's heading without its dates and bullet: what is left to name the entry. */
  private static String rest(String line, Dated d, int index) {
    String s = line;
    int k = index - d.line();
    if (k >= 0 && k < d.span() && d.cuts()[2 * k] >= 0) {
      int a = Math.min(d.cuts()[2 * k], s.length());
      int b = Math.min(d.cuts()[2 * k + 1], s.length());
      s = s.substring(0, a) + " " + s.substring(b);
    }
    s = stripBullet(s.strip());
    if (s.indexOf('(') >= 0 || s.indexOf(')') >= 0 || s.indexOf('[') >= 0 || s.indexOf(']') >= 0) {
      s = s.replace('(', ' ').replace(')', ' ').replace('[', ' ').replace(']', ' ');
    }
    return s.strip();
  }

  private static String stripBullet(String t) {
    return t.startsWith(BULLET) ? t.substring(BULLET.length()) : t;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int words(List<Line> lines, int i) {
    return wordCount(lines.get(i).text());
  }

  /**
   * Words of a line: runs between spaces that hold a letter or digit, so a separator ("|", "—",
   * "·") is no word and "Title | Org" counts as "Title, Org" does; a leading bullet mark counts.
   */
  private static int wordCount(String t) {
    String lead = t.stripLeading();
    int firstSpace = lead.indexOf(' ');
    String first = firstSpace < 0 ? lead : lead.substring(0, firstSpace);
    // A bullet mark opening the line ("+ Thesis: ...") still weighs as a word, as it always did:
    // only separators between words stop counting.
    int n = !first.isEmpty() && first.chars().noneMatch(Character::isLetterOrDigit) ? 1 : 0;
    boolean counted = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == ' ') {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  /** A line that can belong to an entry's heading: short, undated, no bullet, not a sentence. */
  private static boolean headingLine(
      List<Line> lines,
      boolean[] heading,
      boolean[] dated,
      int i,
      SectionKind kind,
      SectionSplitter.Layout layout) {
    if (i < 0 || i >= lines.size() || heading[i] || dated[i] || layout.kind()[i] != kind) {
      return false;
    }
    String t = lines.get(i).text();
    if (t.length() > MAX_TITLE_CHARS) {
      return false;
    }
    if (t.startsWith(BULLET)) {
      // Some resumes bullet each degree or job: "• Ph.D. in Computer Science, Northbridge".
      boolean inList = i > 0 && lines.get(i - 1).text().startsWith(BULLET);
      return !dated[i]
          && !inList
          && EntryClassifier.namesRole(t)
          && wordCount(t) <= MAX_TITLE_WORDS
          && !sentence(t)
          && i + 1 < lines.size()
          && dated[i + 1]
          && !lines.get(i + 1).text().startsWith(BULLET);
    }
    if (wordCount(t) > MAX_TITLE_WORDS || sentence(t)) {
      return false;
    }
    return letters(t) >= 2;
  }

  /** A plain line of the same section right below: undated, no heading, no bullet. */
  private static boolean describes(
      List<Line> lines,
      boolean[] heading,
      boolean[] dated,
      int i,
      SectionKind kind,
      SectionSplitter.Layout layout) {
    return i < lines.size()
        && !heading[i]
        && !dated[i]
        && layout.kind()[i] == kind
        && !lines.get(i).text().startsWith(BULLET);
  }

  /** Whether a line starts a block: it follows a heading, a bullet, a dated line or a gap. */
  private static boolean startsBlock(
      List<Line> lines, boolean[] heading, boolean[] dated, int i, SectionSplitter.Layout layout) {
    if (i == 0 || heading[i - 1] || gapBetween(lines, i - 1, i)) {
      return true;
    }
    if (layout.kind()[i - 1] != layout.kind()[i]) {
      return true;
    }
    String prev = lines.get(i - 1).text();
    return prev.startsWith(BULLET) || sentence(prev) || dated[i - 1] && !dated[i];
  }

  /** Whether a line ends a heading block: what follows is a bullet, a gap, a heading or the end. */
  private static boolean endsBlock(List<Line> lines, boolean[] heading, boolean[] dated, int i) {
    if (i + 1 >= lines.size() || heading[i + 1] || dated[i + 1] || gapBetween(lines, i, i + 1)) {
      return true;
    }
    String next = lines.get(i + 1).text();
    return next.startsWith(BULLET) || sentence(next) || next.length() > SHORT_LINE;
  }

  private static boolean gapBetween(List<Line> lines, int a, int b) {
    return lines.get(b).start() > lines.get(a).end() + 1;
  }

  /**
   * Whether a line reads as part of a description rather than a title: it ends like a sentence, and
   * is long or ends in a lower-case word (titles end in names and abbreviations).
   */
  static boolean sentence(String t) {
    int end = t.length();
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || ".!?:;".indexOf(t.charAt(end - 1)) < 0 || abbreviationEnd(t, end)) {
      return false;
    }
    int words = 0;
    int lower = 0;
    int lastStart = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      boolean space = t.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
        lastStart = i;
        lower += Character.isLowerCase(t.charAt(i)) ? 1 : 0;
      }
      inWord = !space;
    }
    // Titles are mostly capitalised ("Assistant Professor, School of Informatics."); prose is not.
    if (words > 3) {
      return lower * 2 > words;
    }
    int letters = 0;
    boolean allLower = true;
    for (int i = lastStart; i < end; i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        allLower &= Character.isLowerCase(c);
      }
    }
    return letters > 3 && allLower;
  }

  /** "Inc.", "Ltd.", "Co.": a title may end with an abbreviation's period. */
  private static boolean abbreviationEnd(String t, int end) {
    if (t.charAt(end - 1) != '.') {
      return false;
    }
    int start = t.lastIndexOf(' ', end - 1) + 1;
    String w = t.substring(start, end - 1).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(w);
  }

  private static String sectionHeading(SectionSplitter.Layout layout, int offset) {
    for (Section s : layout.sections()) {
      if (offset >= s.start() && offset < s.end()) {
        return s.heading();
      }
    }
    return "";
  }
}
