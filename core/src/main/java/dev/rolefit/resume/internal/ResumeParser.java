package dev.rolefit.resume.internal;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.Line;
import dev.rolefit.extract.MediaType;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Turns extracted text into a {@link Resume}: sections from headings (layout and aliases), dated
 * career entries with their kind, the person's name when the contact block makes it plain, the
 * document's date that ends open ranges, professional months, and segments (bullets first, then
 * OpenNLP sentences). Thread-safe.
 */
public final class ResumeParser {
  private static final String BULLET = "\u2022";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s*$");
  private static final int SHORT_LINE_WORDS = 8;
  private static final double WRAPPED_LINE_SHARE = 0.75;

  private final SectionSplitter splitter;
  private final NlpModels nlp;
  private final Clock clock;

  /**
   * Creates a parser.
   *
   * @param clock the clock that dates "Present" (fix it in tests)
   */
  public ResumeParser(Clock clock) {
    this.splitter = new SectionSplitter(HeadingClassifier.bundled());
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
    SectionSplitter.Layout layout =
        splitter.split(doc.lines(), text.length(), doc.mediaType() != MediaType.PDF);
    EntryScanner.Scan scan = EntryScanner.scan(layout);
    YearMonth now = YearMonth.now(clock);
    DateAnchor anchor =
        DocumentDates.anchor(
            layout.lines(), doc.runningLines(), doc.metadataDate(), now, scan.latestStart(now));
    List<ExperienceEntry> entries = scan.entries(anchor.month());
    List<Segment> segments = segments(text, layout.lines(), layout.kind(), layout.heading());
    int months = CareerMonths.professional(entries);
    return new Resume(
        doc,
        layout.sections(),
        segments,
        entries,
        months,
        anchor,
        DocumentDates.statedYears(text),
        ContactName.find(layout.lines(), layout.kind(), layout.heading()));
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
        for (Span s : detector.sentPosDetect(withoutLongWordDots(para))) {
          int a = start + s.getStart();
          int b = start + s.getEnd();
          out.add(new Segment(text.substring(a, b), a, b, k, Segment.Type.SENTENCE));
        }
      }
      i = j;
    }
    return out;
  }

  // The sentence detector tries every dot as an end, and its cost grows with the square of a
  // word's length: a dot inside a word this long (a URL, junk) is never a sentence end anyway.
  private static final int LONG_WORD = 100;

  /** The paragraph with the dots of very long words made neutral; offsets stay the same. */
  static String withoutLongWordDots(String para) {
    StringBuilder b = null;
    int n = para.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(para.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(para.charAt(j))) {
        j++;
      }
      if (j - i > LONG_WORD) {
        if (b == null) {
          b = new StringBuilder(para);
        }
        for (int k = i; k < j - 1; k++) {
          char c = para.charAt(k);
          if (c == '.' || c == '!' || c == '?') {
            b.setCharAt(k, '_');
          }
        }
      }
      i = j;
    }
    return b == null ? para : b.toString();
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
        || (wrapped && !SENTENCE_END.matcher(prev.text()).find() && !DateRangeParser.hasRange(t));
  }

  private static boolean continuesParagraph(Line prev, Line next, int maxLen) {
    if (next.start() > prev.end() + 1) {
      return false;
    }
    boolean wrapped = prev.text().length() >= maxLen * WRAPPED_LINE_SHARE;
    return wrapped || Character.isLowerCase(next.text().charAt(0));
  }
}
