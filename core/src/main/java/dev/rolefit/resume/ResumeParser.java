package dev.rolefit.resume;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.Line;
import dev.rolefit.resume.internal.DateRangeParser;
import dev.rolefit.resume.internal.HeadingClassifier;
import dev.rolefit.resume.internal.NlpModels;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Turns extracted text into a {@link Resume}: sections from headings (layout and aliases), dated
 * entries, and segments (bullets first, then OpenNLP sentences). Thread-safe.
 */
public final class ResumeParser {
  private static final String BULLET = "\u2022";
  private static final Pattern INTERN =
      Pattern.compile(
          "\\b(intern|internship|co-op|student|trainee|apprentice|summer)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
  private static final int SHORT_LINE_WORDS = 8;
  private static final double WRAPPED_LINE_SHARE = 0.75;

  private final HeadingClassifier headings;
  private final NlpModels nlp;
  private final Clock clock;

  /**
   * Creates a parser.
   *
   * @param clock the clock that dates "Present" (fix it in tests)
   */
  public ResumeParser(Clock clock) {
    this.headings = HeadingClassifier.bundled();
    this.nlp = NlpModels.get();
    this.clock = clock;
  }

  /**
   * Parses a document.
   *
   * @param doc the extracted document
   * @return the resume
   */
  public Resume parse(ExtractedDocument doc) {
    String text = doc.text();
    List<Line> lines = doc.lines();
    float body = bodyFontSize(lines);
    boolean stylesMarkHeadings = lines.stream().anyMatch(Line::headingStyle);
    SectionKind[] kindOf = new SectionKind[lines.size()];
    boolean[] isHeading = new boolean[lines.size()];
    List<Section> sections = new ArrayList<>();
    SectionKind current = SectionKind.CONTACT;
    String heading = "";
    int sectionStart = 0;
    for (int i = 0; i < lines.size(); i++) {
      Optional<SectionKind> h = headings.classify(lines.get(i), body, stylesMarkHeadings);
      if (h.isPresent()) {
        if (lines.get(i).start() > sectionStart || !heading.isEmpty()) {
          sections.add(new Section(current, heading, sectionStart, lines.get(i).start()));
        }
        current = h.get();
        heading = lines.get(i).text();
        sectionStart = lines.get(i).start();
        isHeading[i] = true;
      }
      kindOf[i] = current;
    }
    sections.add(new Section(current, heading, sectionStart, text.length()));
    boolean hasExperienceSection =
        sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);

    YearMonth now = YearMonth.now(clock);
    List<ExperienceEntry> entries = entries(lines, kindOf, isHeading, now, hasExperienceSection);
    List<Segment> segments = segments(text, lines, kindOf, isHeading);
    int months = professionalMonths(entries);
    return new Resume(doc, sections, segments, entries, months);
  }

  private static float bodyFontSize(List<Line> lines) {
    float[] sizes = new float[lines.size()];
    int n = 0;
    for (Line l : lines) {
      if (l.fontSize() > 0) {
        sizes[n++] = l.fontSize();
      }
    }
    if (n == 0) {
      return 0f;
    }
    float[] s = Arrays.copyOf(sizes, n);
    Arrays.sort(s);
    return s[n / 2];
  }

  private static List<ExperienceEntry> entries(
      List<Line> lines,
      SectionKind[] kindOf,
      boolean[] isHeading,
      YearMonth now,
      boolean hasExperienceSection) {
    List<ExperienceEntry> out = new ArrayList<>();
    int open = -1;
    DateRange openRange = null;
    String openTitle = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      SectionKind k = kindOf[i];
      boolean dated = false;
      if (!isHeading[i] && !l.text().startsWith(BULLET) && eligible(k, hasExperienceSection)) {
        List<DateRange> ranges = DateRangeParser.ranges(l.text(), now);
        DateRange r = ranges.isEmpty() ? DateRangeParser.single(l.text(), now) : ranges.get(0);
        if (r != null && l.text().length() < 160) {
          dated = true;
          if (open >= 0) {
            out.add(entry(lines, open, i, openRange, openTitle, kindOf[open]));
          }
          open = i;
          openRange = r;
          openTitle = title(lines, isHeading, i);
        }
      }
      boolean sectionEnds = i + 1 < lines.size() && isHeading[i + 1];
      if (open >= 0 && !dated && (isHeading[i] || sectionEnds)) {
        int end = isHeading[i] ? i : i + 1;
        out.add(entry(lines, open, end, openRange, openTitle, kindOf[open]));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(entry(lines, open, lines.size(), openRange, openTitle, kindOf[open]));
    }
    return out;
  }

  private static boolean eligible(SectionKind k, boolean hasExperienceSection) {
    if (hasExperienceSection) {
      return k == SectionKind.EXPERIENCE || k == SectionKind.EDUCATION || k == SectionKind.PROJECTS;
    }
    // Without an experience heading, dated lines anywhere (even before any heading) are entries.
    return true;
  }

  private static String title(List<Line> lines, boolean[] isHeading, int i) {
    String t = lines.get(i).text();
    String letters = t.replaceAll("[^\\p{L}]", "");
    if (letters.length() >= 12) {
      return t;
    }
    // A line holding only dates takes its title from the line above, unless that line belongs
    // to something else (a heading, the previous entry's bullet or sentence): then the dates
    // come first, as in layout tables with the dates in the left cell, and the title follows.
    if (i > 0 && titleLike(lines.get(i - 1), isHeading[i - 1]) && !sentence(lines.get(i - 1))) {
      return lines.get(i - 1).text() + " | " + t;
    }
    if (i + 1 < lines.size() && titleLike(lines.get(i + 1), isHeading[i + 1])) {
      return t + " | " + lines.get(i + 1).text();
    }
    return t;
  }

  private static boolean titleLike(Line l, boolean heading) {
    String t = l.text();
    return !heading
        && !t.startsWith(BULLET)
        && DateRangeParser.ranges(t, YearMonth.of(2100, 1)).isEmpty();
  }

  /**
   * Whether a line reads as the end of a description rather than a title: it ends like a sentence,
   * and is long or ends in a lower-case word (titles end in names and abbreviations, "Orbital
   * Retail", "Acme Inc.").
   */
  private static boolean sentence(Line l) {
    String t = l.text();
    if (!SENTENCE_END.matcher(t).find()) {
      return false;
    }
    String[] words = t.split("\\s+");
    String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
    return words.length > SHORT_LINE_WORDS
        || (last.length() > 3 && last.equals(last.toLowerCase(Locale.ROOT)));
  }

  private static ExperienceEntry entry(
      List<Line> lines, int from, int to, DateRange range, String title, SectionKind kind) {
    int start = lines.get(from).start();
    int end = lines.get(Math.max(from, to - 1)).end();
    boolean intern = INTERN.matcher(title).find();
    return new ExperienceEntry(title, start, end, range, kind, intern);
  }

  private List<Segment> segments(
      String text, List<Line> lines, SectionKind[] kindOf, boolean[] isHeading) {
    int maxLen = 0;
    for (Line l : lines) {
      maxLen = Math.max(maxLen, l.text().length());
    }
    SentenceDetectorME detector = new SentenceDetectorME(nlp.sentences());
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line l = lines.get(i);
      SectionKind k = kindOf[i];
      if (isHeading[i]) {
        out.add(new Segment(l.text(), l.start(), l.end(), k, Segment.Type.LINE));
        i++;
        continue;
      }
      if (l.text().startsWith(BULLET)) {
        int j = i + 1;
        while (j < lines.size()
            && !isHeading[j]
            && kindOf[j] == k
            && continuesBullet(lines.get(j - 1), lines.get(j), maxLen)) {
          j++;
        }
        int start = l.start() + BULLET.length() + 1;
        int end = lines.get(j - 1).end();
        if (start < end) {
          out.add(new Segment(text.substring(start, end), start, end, k, Segment.Type.BULLET));
        }
        i = j;
        continue;
      }
      // A paragraph: consecutive plain lines of one section, sentence-split by OpenNLP.
      int j = i + 1;
      while (j < lines.size()
          && !isHeading[j]
          && kindOf[j] == k
          && !lines.get(j).text().startsWith(BULLET)
          && continuesParagraph(lines.get(j - 1), lines.get(j), maxLen)) {
        j++;
      }
      int start = l.start();
      int end = lines.get(j - 1).end();
      String para = text.substring(start, end);
      if (j - i == 1 && para.split("\\s+").length <= SHORT_LINE_WORDS) {
        out.add(new Segment(para, start, end, k, Segment.Type.LINE));
      } else {
        for (Span s : detector.sentPosDetect(para)) {
          int a = start + s.getStart();
          int b = start + s.getEnd();
          out.add(new Segment(text.substring(a, b), a, b, k, Segment.Type.SENTENCE));
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean continuesBullet(Line prev, Line next, int maxLen) {
    String t = next.text();
    if (t.startsWith(BULLET) || t.isEmpty()) {
      return false;
    }
    if (next.start() > prev.end() + 1) {
      return false; // a blank line ends the bullet
    }
    char c = t.charAt(0);
    boolean wrapped = prev.text().length() >= maxLen * WRAPPED_LINE_SHARE;
    return Character.isLowerCase(c)
        || (wrapped
            && !SENTENCE_END.matcher(prev.text()).find()
            && DateRangeParser.ranges(t, YearMonth.of(2100, 1)).isEmpty());
  }

  private static boolean continuesParagraph(Line prev, Line next, int maxLen) {
    if (next.start() > prev.end() + 1) {
      return false;
    }
    boolean wrapped = prev.text().length() >= maxLen * WRAPPED_LINE_SHARE;
    return wrapped || Character.isLowerCase(next.text().charAt(0));
  }

  /**
   * Professional months: the union of non-internship entries outside education, overlaps merged.
   */
  private static int professionalMonths(List<ExperienceEntry> entries) {
    List<DateRange> ranges = new ArrayList<>();
    for (ExperienceEntry e : entries) {
      if (e.section() != SectionKind.EDUCATION && !e.internship() && !looksAcademic(e.title())) {
        ranges.add(e.dates());
      }
    }
    return MonthUnion.months(ranges);
  }

  private static boolean looksAcademic(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    return t.contains("b.s.")
        || t.contains("bachelor")
        || t.contains("master of")
        || t.contains("b.sc")
        || t.contains("m.sc")
        || t.contains("diploma");
  }

  /** Merges month ranges and counts the months they cover. */
  public static final class MonthUnion {
    private MonthUnion() {}

    /**
     * Counts the months covered by the union of ranges.
     *
     * @param ranges the ranges, in any order
     * @return the number of distinct months
     */
    public static int months(List<DateRange> ranges) {
      List<DateRange> sorted = new ArrayList<>(ranges);
      sorted.sort((a, b) -> a.from().compareTo(b.from()));
      int total = 0;
      YearMonth curFrom = null;
      YearMonth curTo = null;
      for (DateRange r : sorted) {
        if (curTo != null && !r.from().isAfter(curTo.plusMonths(1))) {
          if (r.to().isAfter(curTo)) {
            curTo = r.to();
          }
        } else {
          if (curFrom != null) {
            total += new DateRange(curFrom, curTo, false).months();
          }
          curFrom = r.from();
          curTo = r.to();
        }
      }
      if (curFrom != null) {
        total += new DateRange(curFrom, curTo, false).months();
      }
      return total;
    }
  }
}
