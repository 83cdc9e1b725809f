package dev.rolefit.resume.internal;

import dev.rolefit.extract.Line;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Splits a document's lines into sections. Three passes: headings that share a line with content
 * ("EDUCATION Northbridge University", a capitalised label in front of the first entry) are cut off
 * their line; lines whose text names a section (aliases, run-together words) and are set like a
 * heading become headings; then short lines set exactly like the document's recognised headings
 * become headings of kind {@link SectionKind#OTHER}, so an unknown section never merges into the
 * one above. Thread-safe.
 */
public final class SectionSplitter {
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_UNKNOWN_WORDS = 5;
  private static final int NAME_LINES = 3;

  private final HeadingClassifier classifier;

  /**
   * Creates a splitter.
   *
   * @param classifier the heading aliases
   */
  public SectionSplitter(HeadingClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * The lines with their sections.
   *
   * @param lines the lines, some cut in two where a heading shares a line with content
   * @param heading whether each line is a heading
   * @param kind the section kind of each line
   * @param sections the sections in order, covering the text without overlap
   */
  public record Layout(
      List<Line> lines, boolean[] heading, SectionKind[] kind, List<Section> sections) {}

  /**
   * Splits a document.
   *
   * @param source the document's lines in reading order
   * @param textLength the length of the document's text
   * @param styledSource whether the document's heading marks are styles its author chose (Word,
   *     Markdown): then a heading without one is a table label; a PDF marks headings by layout
   * @return the layout
   */
  public Layout split(List<Line> source, int textLength, boolean styledSource) {
    float body = bodyFontSize(source);
    boolean stylesMarkHeadings = false;
    for (Line l : source) {
      stylesMarkHeadings |= styledSource && l.headingStyle();
    }
    List<Line> lines = new ArrayList<>(source.size() + 8);
    List<SectionKind> labelKinds = new ArrayList<>(source.size() + 8);
    for (Line l : source) {
      int cut = labelEnd(l);
      if (cut > 0) {
        String t = l.text();
        int rest = cut;
        while (rest < t.length() && t.charAt(rest) == ' ') {
          rest++;
        }
        Line label =
            new Line(
                t.substring(0, cut),
                l.page(),
                l.start(),
                l.start() + cut,
                l.fontSize(),
                l.bold(),
                l.headingStyle());
        Line content =
            new Line(
                t.substring(rest),
                l.page(),
                l.start() + rest,
                l.end(),
                l.fontSize(),
                l.bold(),
                false);
        lines.add(label);
        labelKinds.add(classifier.kind(label.text(), true, true));
        lines.add(content);
        labelKinds.add(null);
      } else {
        lines.add(l);
        labelKinds.add(null);
      }
    }
    int n = lines.size();
    SectionKind[] headingKind = new SectionKind[n];
    Map<Style, Integer> headingStyles = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (labelKinds.get(i) != null) {
        headingKind[i] = labelKinds.get(i);
        continue;
      }
      headingKind[i] = aliasHeading(l, body, stylesMarkHeadings);
    }
    dropRepeatedLabels(lines, headingKind, body);
    for (int i = 0; i < n; i++) {
      if (headingKind[i] != null && labelKinds.get(i) == null) {
        headingStyles.merge(Style.of(lines.get(i), body), 1, Integer::sum);
      }
    }
    unknownHeadings(lines, headingKind, headingStyles, body);
    return layout(lines, headingKind, textLength);
  }

  /**
   * A heading text that recurs under dated entries is a label inside them ("Key Achievements" under
   * every job), not a section. A recurring heading with no entry above it since the last heading
   * stays one (some resumes repeat their whole history, heading included).
   */
  private static void dropRepeatedLabels(List<Line> lines, SectionKind[] headingKind, float body) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (headingKind[i] != null) {
        counts.merge(HeadingClassifier.key(lines.get(i).text()), 1, Integer::sum);
      }
    }
    int lastHeading = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (headingKind[i] == null) {
        continue;
      }
      Line l = lines.get(i);
      int c = counts.get(HeadingClassifier.key(l.text()));
      boolean strong =
          l.headingStyle()
              || HeadingClassifier.isCaps(l.text())
              || (body > 0 && l.fontSize() > body + 1.5f);
      if ((c >= 3 || (c == 2 && !strong)) && datedBetween(lines, lastHeading, i)) {
        headingKind[i] = null;
      } else {
        lastHeading = i;
      }
    }
  }

  private static boolean datedBetween(List<Line> lines, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (DateRangeParser.hasRange(lines.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** A line's text names a section and the line is set like a heading. */
  private @Nullable SectionKind aliasHeading(Line l, float body, boolean stylesMarkHeadings) {
    String text = l.text().strip();
    String key = HeadingClassifier.shapedKey(text);
    if (key == null) {
      return null;
    }
    boolean larger = body > 0 && l.fontSize() > body + 1.5f;
    boolean caps = HeadingClassifier.isCaps(text);
    boolean strong = l.headingStyle() || caps || larger;
    boolean styled = strong || l.bold();
    if (stylesMarkHeadings && !styled) {
      // Documents with heading styles use them; a plain alias line is a label in a table.
      return null;
    }
    if (text.endsWith(":") && !strong) {
      // "Accomplishments:" inside a job is a label, not a section.
      return null;
    }
    return classifier.kind(text, key, styled, strong);
  }

  /**
   * Where a capitalised heading that shares its line with content ends ("EDUCATION Graduate
   * studies", "RESEARCH Publications"), or -1.
   */
  private int labelEnd(Line l) {
    String t = l.text();
    if (t.length() < 6 || t.startsWith("\u2022") || !Character.isUpperCase(t.charAt(0))) {
      return -1;
    }
    // The capitalised words at the start (and "&"), up to MAX_LABEL_WORDS.
    List<Integer> ends = new ArrayList<>(MAX_LABEL_WORDS);
    int i = 0;
    int len = t.length();
    while (i < len && ends.size() < MAX_LABEL_WORDS) {
      int j = i;
      while (j < len && t.charAt(j) != ' ') {
        j++;
      }
      String w = t.substring(i, j);
      if (!w.equals("&") && !capsWord(w)) {
        break;
      }
      ends.add(j);
      i = j + 1;
    }
    if (ends.isEmpty() || ends.get(ends.size() - 1) >= len) {
      return -1;
    }
    for (int k = ends.size() - 1; k >= 0; k--) {
      int end = ends.get(k);
      String label = t.substring(0, end);
      if (label.endsWith("&")) {
        continue;
      }
      SectionKind kind = classifier.kind(label, true, false);
      if (kind == null) {
        continue;
      }
      // "RESEARCH ASSISTANT, ...": when capitals go on, only an alias that is no ordinary word
      // cuts.
      int next = end + 1;
      boolean capsGoOn = next < len && capsWord(t.substring(next, nextSpace(t, next)));
      if (capsGoOn
          && (classifier.isOrdinaryWord(label) || classifier.kind(label, false, false) == null)) {
        continue;
      }
      return end;
    }
    return -1;
  }

  private static int nextSpace(String t, int i) {
    int j = t.indexOf(' ', i);
    return j < 0 ? t.length() : j;
  }

  private static boolean capsWord(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != ',' && c != ':' && c != '-' && c != '/') {
        return false;
      }
    }
    return letters >= 2;
  }

  /**
   * How a line is set; headings of one document share it.
   *
   * @param size font size in half points (0 when unknown)
   * @param bold bold face
   * @param caps capitals
   * @param headingStyle a heading style of the source
   */
  private record Style(int size, boolean bold, boolean caps, boolean headingStyle) {
    static Style of(Line l, float body) {
      return new Style(
          Math.round(l.fontSize() * 2),
          l.bold(),
          HeadingClassifier.isCaps(l.text()),
          l.headingStyle());
    }

    /** Set apart from body text at all. */
    boolean distinct(float body) {
      return bold || caps || headingStyle || (body > 0 && size > Math.round(body * 2) + 2);
    }
  }

  /**
   * Short lines set in the style of the recognised headings, where that style is used by few other
   * lines, become headings of kind OTHER (or of the kind an alias at their start or end names).
   */
  private void unknownHeadings(
      List<Line> lines, SectionKind[] headingKind, Map<Style, Integer> headingStyles, float body) {
    if (headingStyles.values().stream().noneMatch(v -> v >= 2)) {
      return; // no style is shared by two known headings: nothing to compare with
    }
    int firstHeading = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (headingKind[i] != null) {
        firstHeading = i;
        break;
      }
    }
    Map<Style, Integer> others = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (headingKind[i] == null) {
        Style s = Style.of(lines.get(i), body);
        if (headingStyles.containsKey(s)) {
          others.merge(s, 1, Integer::sum);
        }
      }
    }
    List<Integer> candidates = new ArrayList<>();
    Map<String, Integer> texts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (headingKind[i] != null || (i < NAME_LINES && (firstHeading < 0 || i < firstHeading))) {
        continue;
      }
      Line l = lines.get(i);
      Style s = Style.of(l, body);
      Integer known = headingStyles.get(s);
      if (known == null || known < 2 || !s.distinct(body)) {
        continue;
      }
      if (others.getOrDefault(s, 0) > known || !unknownShaped(l.text())) {
        continue;
      }
      candidates.add(i);
      texts.merge(HeadingClassifier.key(l.text()), 1, Integer::sum);
    }
    for (int i : candidates) {
      Line l = lines.get(i);
      if (texts.get(HeadingClassifier.key(l.text())) > 1) {
        continue; // a label repeated under every entry
      }
      SectionKind k = classifier.kind(l.text(), true, true);
      if (k == null) {
        k = classifier.kindByKeyword(l.text());
      }
      headingKind[i] = k == null ? SectionKind.OTHER : k;
    }
  }

  /** A short capitalised phrase without digits, sentence punctuation, links or role words. */
  private static boolean unknownShaped(String text) {
    String t = text.strip();
    if (!HeadingClassifier.shaped(t) || t.length() < 4 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    int words = 1;
    int letters = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c) || c == '@' || c == '|' || c == '/' || c == ',' || c == '(') {
        return false;
      }
      if (c == ' ') {
        words++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    char last = t.charAt(t.length() - 1);
    return words <= MAX_UNKNOWN_WORDS && letters >= 4 && last != '.' && last != ';';
  }

  private static Layout layout(List<Line> lines, SectionKind[] headingKind, int textLength) {
    int n = lines.size();
    boolean[] heading = new boolean[n];
    SectionKind[] kind = new SectionKind[n];
    List<Section> sections = new ArrayList<>();
    SectionKind current = SectionKind.CONTACT;
    String title = "";
    int start = 0;
    boolean hasContent = false;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      if (headingKind[i] != null) {
        heading[i] = true;
        if (!hasContent && !title.isEmpty()) {
          // Two heading lines in a row are one heading set over two lines ("AWARDS &" / "HONORS"),
          // or a heading and its sub-heading: the nearer one names the content.
          title = title + " " + l.text();
        } else {
          if (l.start() > start || !title.isEmpty()) {
            sections.add(new Section(current, title, start, l.start()));
          }
          title = l.text();
          start = l.start();
        }
        current = headingKind[i];
        hasContent = false;
        // Earlier lines of a heading set over two lines take the nearer line's kind.
        for (int k = i - 1; k >= 0 && heading[k]; k--) {
          kind[k] = current;
        }
      } else {
        hasContent = true;
      }
      kind[i] = current;
    }
    sections.add(new Section(current, title, start, textLength));
    return new Layout(lines, heading, kind, sections);
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
}
