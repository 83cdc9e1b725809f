package dev.rolefit.extract.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Puts the glyphs of a PDF page into reading order, whatever order the file stores them in: rows
 * from baselines, columns from vertical gutters that most rows leave empty, then each column top to
 * bottom. Lines that cross a gutter (a name, a full-width heading) stay where they are.
 */
public final class PdfLayout {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  // "2 of 3" is tried only where a run of digits starts, possessively: tried at every digit of a
  // long run, it read the rest of the run each time (quadratic); found or not, the answer is the
  // same.
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "\\bpage\\b|\\bp\\.\\s*\\d|^[\\s\\d/|-]+$|(?<!\\d)\\d++\\s*+(?:of|/)\\s*+\\d");
  private static final Pattern EDGE_NUMBER = Pattern.compile("^\\d{1,3}(?=\\s)|(?<=\\s)\\d{1,3}$");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");
  private static final float MIN_GUTTER = 9f;
  private static final double MAX_CROSSING_SHARE = 0.12;
  private static final double MIN_SIDE_SHARE = 0.12;
  private static final double MIN_SIDEBAR_SHARE = 0.05;
  private static final int MIN_SIDE_ROWS = 4;
  private static final int EDGE_LINES = 2;
  private static final float OVERHANG = 0.12f;
  private static final int MAX_RUNNING_KEPT = 16;

  private PdfLayout() {}

  /**
   * One glyph as PDFBox placed it (coordinates top-down, in points).
   *
   * @param text the Unicode text of the glyph
   * @param x left edge
   * @param y baseline
   * @param width advance width
   * @param size font size in points
   * @param bold whether the font is bold
   */
  public record Glyph(String text, float x, float y, float width, float size, boolean bold) {
    float end() {
      return x + width;
    }
  }

  /**
   * One line in reading order.
   *
   * @param text the line's text (not yet normalised)
   * @param y the baseline
   * @param x the left edge
   * @param size the dominant font size
   * @param bold whether most glyphs are bold
   * @param gapBefore whether a paragraph gap (more than one line of space) precedes it
   * @param label whether it is a label set in the left margin, as academic CVs set headings
   */
  public record PageLine(
      String text, float y, float x, float size, boolean bold, boolean gapBefore, boolean label) {}

  /** A run of glyphs on one baseline with no wide gap inside. */
  private record Chunk(List<Glyph> glyphs, float x0, float x1, float y) {}

  /** Chunks on one baseline. */
  private record Row(List<Chunk> chunks, float y) {}

  /**
   * Lays out one page.
   *
   * @param glyphs the page's glyphs in any order
   * @return its lines in reading order
   */
  public static List<PageLine> layout(List<Glyph> glyphs) {
    List<Glyph> unique = dedupe(glyphs);
    if (unique.isEmpty()) {
      return List.of();
    }
    List<Row> rows = rows(unique);
    List<List<Chunk>> ordered = new ArrayList<>();
    order(rows, 0, ordered);
    Set<List<Chunk>> labels = Collections.newSetFromMap(new IdentityHashMap<>());
    ordered = mergeStackedLabels(splitMarginLabels(ordered, labels), labels);
    List<PageLine> out = new ArrayList<>();
    PageLine prev = null;
    for (List<Chunk> line : ordered) {
      PageLine l = line(line, prev, labels.contains(line));
      if (!l.text().isBlank()) {
        out.add(l);
        prev = l;
      }
    }
    return out;
  }

  /** A glyph's text at its position rounded to half a point: the identity of a drawn glyph. */
  private record Placed(String text, int x, int y) {}

  /** Drops glyphs drawn twice at the same place (fake bold, shadows). */
  private static List<Glyph> dedupe(List<Glyph> glyphs) {
    // A record key, not a concatenated string: no string building per glyph.
    Set<Placed> seen = new HashSet<>(glyphs.size() * 2);
    List<Glyph> out = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      if (g.text() == null
          || g.text().isEmpty()
          || !Float.isFinite(g.x())
          || !Float.isFinite(g.y())) {
        continue;
      }
      if (seen.add(new Placed(g.text(), Math.round(g.x() * 2), Math.round(g.y() * 2)))) {
        out.add(g);
      }
    }
    return out;
  }

  // The orders of Comparator.comparingDouble, without boxing or a lambda chain per comparison.
  private static final Comparator<Glyph> BY_X = (a, b) -> Double.compare(a.x(), b.x());
  private static final Comparator<Glyph> BY_Y_THEN_X =
      (a, b) -> {
        int c = Double.compare(a.y(), b.y());
        return c != 0 ? c : Double.compare(a.x(), b.x());
      };

  /** Groups glyphs into rows by baseline and splits rows at wide gaps. */
  private static List<Row> rows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(BY_Y_THEN_X);
    List<List<Glyph>> rowGlyphs = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    float rowY = Float.NaN;
    for (Glyph g : sorted) {
      float tol = Math.max(1.5f, 0.4f * Math.max(g.size(), 1f));
      if (!cur.isEmpty() && Math.abs(g.y() - rowY) > tol) {
        rowGlyphs.add(cur);
        cur = new ArrayList<>();
      }
      if (cur.isEmpty()) {
        rowY = g.y();
      }
      cur.add(g);
    }
    if (!cur.isEmpty()) {
      rowGlyphs.add(cur);
    }
    List<Row> rows = new ArrayList<>();
    for (List<Glyph> rg : rowGlyphs) {
      rg.sort(BY_X);
      List<Chunk> chunks = new ArrayList<>();
      List<Glyph> chunk = new ArrayList<>();
      float end = Float.NEGATIVE_INFINITY;
      for (Glyph g : rg) {
        float gap = g.x() - end;
        if (!chunk.isEmpty() && gap > Math.max(MIN_GUTTER, 1.1f * g.size())) {
          chunks.add(chunk(chunk));
          chunk = new ArrayList<>();
        }
        chunk.add(g);
        end = Math.max(end, g.end());
      }
      chunks.add(chunk(chunk));
      rows.add(new Row(chunks, rg.get(0).y()));
    }
    return rows;
  }

  private static Chunk chunk(List<Glyph> glyphs) {
    float x0 = Float.POSITIVE_INFINITY;
    float x1 = Float.NEGATIVE_INFINITY;
    float y = 0;
    for (Glyph g : glyphs) {
      x0 = Math.min(x0, g.x());
      x1 = Math.max(x1, g.end());
      y += g.y();
    }
    return new Chunk(glyphs, x0, x1, y / glyphs.size());
  }

  /**
   * Orders the chunks of some rows: finds a gutter; if there is one, reads the left column then the
   * right between full-width rows, recursing into each column once.
   */
  private static void order(List<Row> rows, int depth, List<List<Chunk>> out) {
    float[] gutter = depth < 2 ? gutter(rows) : null;
    if (gutter == null) {
      for (Row r : rows) {
        out.add(r.chunks());
      }
      return;
    }
    float cut = (gutter[0] + gutter[1]) / 2f;
    List<Row> left = new ArrayList<>();
    List<Row> right = new ArrayList<>();
    for (Row r : rows) {
      List<Chunk> l = new ArrayList<>();
      List<Chunk> rt = new ArrayList<>();
      boolean crosses = false;
      for (Chunk c : r.chunks()) {
        if (c.x1() <= cut) {
          l.add(c);
        } else if (c.x0() >= cut) {
          rt.add(c);
        } else if (cut - c.x0() <= OVERHANG * (c.x1() - c.x0())) {
          rt.add(c); // a line that pokes a little into the gutter still belongs to its column
        } else if (c.x1() - cut <= OVERHANG * (c.x1() - c.x0())) {
          l.add(c);
        } else {
          crosses = true;
        }
      }
      if (crosses) {
        flush(left, right, depth, out);
        out.add(r.chunks());
        continue;
      }
      if (!l.isEmpty()) {
        left.add(new Row(l, r.y()));
      }
      if (!rt.isEmpty()) {
        right.add(new Row(rt, r.y()));
      }
    }
    flush(left, right, depth, out);
  }

  private static void flush(List<Row> left, List<Row> right, int depth, List<List<Chunk>> out) {
    if (!left.isEmpty()) {
      order(new ArrayList<>(left), depth + 1, out);
    }
    if (!right.isEmpty()) {
      order(new ArrayList<>(right), depth + 1, out);
    }
    left.clear();
    right.clear();
  }

  /**
   * Finds the widest vertical band that few rows cross and that has enough text on both sides.
   *
   * @return {from, to} in points, or null for a single column
   */
  private static float @Nullable [] gutter(List<Row> rows) {
    if (rows.size() < 2 * MIN_SIDE_ROWS) {
      return null;
    }
    float minX = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    for (Row r : rows) {
      for (Chunk c : r.chunks()) {
        minX = Math.min(minX, c.x0());
        maxX = Math.max(maxX, c.x1());
      }
    }
    float width = maxX - minX;
    if (!(width > 4 * MIN_GUTTER) || width > 20_000f) {
      return null;
    }
    int bins = (int) Math.ceil(width);
    int[] crossing = new int[bins + 1];
    for (Row r : rows) {
      // A row "covers" x when x lies inside one of its chunks.
      for (Chunk c : r.chunks()) {
        int a = Math.max(0, (int) Math.floor(c.x0() - minX));
        int b = Math.min(bins, (int) Math.ceil(c.x1() - minX));
        for (int i = a; i < b; i++) {
          crossing[i]++;
        }
      }
    }
    int maxCross = (int) Math.floor(rows.size() * MAX_CROSSING_SHARE);
    float[] best = null;
    float bestScore = 0;
    int lo = (int) (bins * 0.15);
    int hi = (int) (bins * 0.85);
    int i = lo;
    while (i < hi) {
      if (crossing[i] > maxCross) {
        i++;
        continue;
      }
      int j = i;
      while (j < hi && crossing[j] <= maxCross) {
        j++;
      }
      float from = minX + i;
      float to = minX + j;
      if (to - from >= MIN_GUTTER) {
        float[] g = {from, to};
        if (balanced(rows, (from + to) / 2f)) {
          // Prefer wide gutters near the middle.
          float centre = Math.abs((from + to) / 2f - (minX + width / 2f)) / width;
          float score = (to - from) * (1.5f - centre);
          if (score > bestScore) {
            bestScore = score;
            best = g;
          }
        }
      }
      i = j + 1;
    }
    return best;
  }

  /** Both sides of a cut hold real text: enough rows and a fair share of the glyphs. */
  private static boolean balanced(List<Row> rows, float cut) {
    int leftRows = 0;
    int rightRows = 0;
    int leftGlyphs = 0;
    int rightGlyphs = 0;
    int paired = 0;
    int leftDated = 0;
    int rightDated = 0;
    List<Chunk> rightChunks = new ArrayList<>();
    for (Row r : rows) {
      boolean l = false;
      boolean rt = false;
      for (Chunk c : r.chunks()) {
        if (c.x1() <= cut) {
          l = true;
          leftGlyphs += c.glyphs().size();
          leftDated += dated(c) ? 1 : 0;
        } else if (c.x0() >= cut) {
          rt = true;
          rightGlyphs += c.glyphs().size();
          rightDated += dated(c) ? 1 : 0;
          rightChunks.add(c);
        }
      }
      leftRows += l ? 1 : 0;
      rightRows += rt ? 1 : 0;
      paired += l && rt ? 1 : 0;
    }
    // A column of dates beside the entries they date (right-aligned, or moderncv's left column)
    // shares its rows with them: it is a table to read row by row, not a second column.
    int smaller = Math.min(leftRows, rightRows);
    int smallerDated = leftRows <= rightRows ? leftDated : rightDated;
    boolean rightIsSmaller = rightRows < leftRows;
    if (smaller > 0
        && paired >= 0.6 * smaller
        && (smallerDated >= 0.5 * smaller || (rightIsSmaller && flushRight(rightChunks)))) {
      return false;
    }
    int total = leftGlyphs + rightGlyphs;
    // A narrow sidebar holds little text, but many rows of its own: most do not sit on the main
    // column's baselines, unlike labels set in a margin beside their entries.
    boolean sidebar =
        Math.min(leftGlyphs, rightGlyphs) >= total * MIN_SIDEBAR_SHARE
            && smaller >= 0.4 * Math.max(leftRows, rightRows)
            && paired <= 0.7 * smaller;
    boolean shares =
        sidebar || (leftGlyphs >= total * MIN_SIDE_SHARE && rightGlyphs >= total * MIN_SIDE_SHARE);
    return leftRows >= MIN_SIDE_ROWS
        && rightRows >= MIN_SIDE_ROWS
        && shares
        && rightRows >= 0.25 * leftRows
        && leftRows >= 0.25 * rightRows;
  }

  /**
   * Whether chunks are short and flush right: dates and places set against the right margin beside
   * each entry ("Galveston, TX" over "2012–2013"), not a column of running text.
   */
  private static boolean flushRight(List<Chunk> chunks) {
    if (chunks.size() < MIN_SIDE_ROWS) {
      return false;
    }
    int glyphs = 0;
    Map<Integer, Integer> rightEdges = new HashMap<>();
    for (Chunk c : chunks) {
      glyphs += c.glyphs().size();
      rightEdges.merge(Math.round(c.x1() / 3f), 1, Integer::sum);
    }
    int aligned = rightEdges.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return glyphs <= 20 * chunks.size() && aligned >= 0.7 * chunks.size();
  }

  /** Whether a chunk holds a year (19xx, 20xx, or a two-digit year after an apostrophe). */
  private static boolean dated(Chunk c) {
    int run = 0;
    char first = 0;
    for (Glyph g : c.glyphs()) {
      String t = g.text();
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        if (ch >= '0' && ch <= '9') {
          if (run == 0) {
            first = ch;
          }
          run++;
          if (run == 4 && (first == '1' || first == '2')) {
            return true;
          }
        } else {
          run = 0;
        }
      }
    }
    return false;
  }

  /**
   * Puts labels set in a left margin column on lines of their own. Academic CVs and LaTeX classes
   * set a section heading in the margin on the baseline of the section's first entry ("EDUCATION
   * Northbridge University"); read as one line, the heading is lost. A label is the first chunk of
   * a line: at the page's left edge, short, with letters and no digits (dates in a left column stay
   * with their entry), followed by a wide gap and then text that starts at the page's content
   * column, where other lines start too.
   */
  static List<List<Chunk>> splitMarginLabels(List<List<Chunk>> lines, Set<List<Chunk>> labels) {
    float left = Float.POSITIVE_INFINITY;
    for (List<Chunk> l : lines) {
      if (!l.isEmpty()) {
        left = Math.min(left, l.get(0).x0());
      }
    }
    Map<Integer, Integer> contentStarts = new HashMap<>();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<Chunk> l = lines.get(i);
      if (l.size() >= 2 && isMarginLabel(l.get(0), l.get(1), left)) {
        candidates.add(i);
        contentStarts.merge(Math.round(l.get(1).x0() / 3f), 1, Integer::sum);
      }
    }
    if (candidates.size() < 2) {
      return lines;
    }
    int column = -1;
    int best = 0;
    for (Map.Entry<Integer, Integer> e : contentStarts.entrySet()) {
      if (e.getValue() > best || (e.getValue() == best && e.getKey() < column)) {
        best = e.getValue();
        column = e.getKey();
      }
    }
    if (best < 2) {
      return lines;
    }
    // Other lines begin at the content column too: it is a column, not a one-off gap.
    int aligned = 0;
    for (List<Chunk> l : lines) {
      if (!l.isEmpty() && Math.abs(l.get(0).x0() / 3f - column) <= 1f) {
        aligned++;
      }
    }
    if (aligned < 3) {
      return lines;
    }
    List<List<Chunk>> out = new ArrayList<>(lines.size() + candidates.size());
    int next = 0;
    for (int i = 0; i < lines.size(); i++) {
      List<Chunk> l = lines.get(i);
      if (next < candidates.size()
          && candidates.get(next) == i
          && Math.abs(l.get(1).x0() / 3f - column) <= 1f) {
        List<Chunk> label = new ArrayList<>(List.of(l.get(0)));
        labels.add(label);
        out.add(label);
        out.add(l.subList(1, l.size()));
      } else {
        out.add(l);
      }
      if (next < candidates.size() && candidates.get(next) == i) {
        next++;
      }
    }
    return out;
  }

  /**
   * Joins a margin label set over two rows around its entry's first row ("Professional" above,
   * "Experience" below the first line of the entry) into one line, placed at its first row: a
   * label-only line at the left edge, one line of the content column, then another label-only line
   * close below.
   */
  static List<List<Chunk>> mergeStackedLabels(List<List<Chunk>> lines, Set<List<Chunk>> labels) {
    if (lines.size() < 3) {
      return lines;
    }
    float left = Float.POSITIVE_INFINITY;
    for (List<Chunk> l : lines) {
      if (!l.isEmpty()) {
        left = Math.min(left, l.get(0).x0());
      }
    }
    List<List<Chunk>> out = new ArrayList<>(lines);
    boolean merged = false;
    for (int i = 0; i + 2 < out.size(); i++) {
      List<Chunk> a = out.get(i);
      List<Chunk> mid = out.get(i + 1);
      List<Chunk> b = out.get(i + 2);
      if (a.size() != 1 || b.size() != 1 || mid.isEmpty()) {
        continue;
      }
      Chunk la = a.get(0);
      Chunk lb = b.get(0);
      Chunk m = mid.get(0);
      boolean both = labelText(la) && labelText(lb) && la.x0() - left <= 3f && lb.x0() - left <= 3f;
      boolean between =
          m.x0() > Math.max(la.x1(), lb.x1()) + 12f && m.y() >= la.y() - 1f && m.y() < lb.y();
      float size = la.glyphs().get(0).size();
      if (both && between && lb.y() - la.y() <= 2.6f * Math.max(size, 1f)) {
        List<Chunk> joined = new ArrayList<>(2);
        joined.add(la);
        joined.add(lb);
        labels.add(joined);
        out.set(i, joined);
        out.remove(i + 2);
        merged = true;
      }
    }
    return merged ? out : lines;
  }

  private static boolean labelText(Chunk c) {
    int letters = 0;
    for (Glyph g : c.glyphs()) {
      String t = g.text();
      for (int k = 0; k < t.length(); k++) {
        char ch = t.charAt(k);
        if (Character.isDigit(ch)) {
          return false;
        }
        letters += Character.isLetter(ch) ? 1 : 0;
      }
    }
    return letters >= 3 && c.glyphs().size() <= 30;
  }

  private static boolean isMarginLabel(Chunk label, Chunk content, float left) {
    if (label.x0() - left > 3f || content.x0() - label.x1() < 12f) {
      return false;
    }
    int letters = 0;
    int words = 1;
    for (Glyph g : label.glyphs()) {
      String t = g.text();
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (Character.isDigit(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        } else if (c == ' ') {
          words++;
        }
      }
    }
    return letters >= 3 && words <= 4 && label.glyphs().size() <= 40;
  }

  /** Builds one line's text from its chunks, inserting spaces where glyphs leave a gap. */
  private static PageLine line(List<Chunk> chunks, PageLine prev, boolean label) {
    StringBuilder sb = new StringBuilder();
    Map<Float, Integer> sizes = new HashMap<>();
    int bold = 0;
    int count = 0;
    float y = 0;
    Glyph last = null;
    for (Chunk c : chunks) {
      if (sb.length() > 0) {
        sb.append(' ');
        last = null;
      }
      for (Glyph g : c.glyphs()) {
        if (last != null) {
          float gap = g.x() - last.end();
          if (gap > 0.17f * Math.max(g.size(), 1f)
              && sb.length() > 0
              && sb.charAt(sb.length() - 1) != ' '
              && !g.text().startsWith(" ")) {
            sb.append(' ');
          }
        }
        sb.append(g.text());
        last = g;
        if (!g.text().isBlank()) {
          sizes.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
          bold += g.bold() ? 1 : 0;
          count++;
        }
        y = Math.max(y, g.y());
      }
    }
    float size = 0;
    int best = 0;
    for (Map.Entry<Float, Integer> e : sizes.entrySet()) {
      if (e.getValue() > best || (e.getValue() == best && e.getKey() > size)) {
        best = e.getValue();
        size = e.getKey();
      }
    }
    float x = chunks.isEmpty() ? 0 : chunks.get(0).x0();
    boolean gap =
        prev != null && (y - prev.y() > 1.9f * Math.max(size, prev.size()) || y < prev.y());
    return new PageLine(sb.toString(), y, x, size, count > 0 && bold * 2 > count, gap, label);
  }

  /**
   * Drops running headers and footers: lines among the first or last two of a page whose text (page
   * numbers ignored) recurs at the edge of at least half the pages, and of two or more; and lines
   * there that hold only a page number ("Page 2 of 3", "2 / 3", "- 2 -", "2"), recurring or not.
   *
   * @param pages each page's lines in reading order
   * @return the pages without them
   */
  public static List<List<PageLine>> dropRunning(List<List<PageLine>> pages) {
    return dropRunning(pages, new ArrayList<>());
  }

  /**
   * Drops running headers and footers, collecting what was dropped.
   *
   * @param pages each page's lines in reading order
   * @param dropped receives the text of each dropped line, once per distinct text
   * @return the pages without them
   */
  public static List<List<PageLine>> dropRunning(List<List<PageLine>> pages, List<String> dropped) {
    int withText = 0;
    for (List<PageLine> p : pages) {
      withText += p.isEmpty() ? 0 : 1;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (List<PageLine> p : pages) {
      Set<String> keys = new HashSet<>();
      for (int i : edges(p)) {
        keys.add(key(p.get(i).text()));
      }
      keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    // A lone page's lines cannot recur; only its page number is furniture.
    int need = withText < 2 ? Integer.MAX_VALUE : Math.max(2, (withText + 1) / 2);
    List<List<PageLine>> out = new ArrayList<>();
    for (List<PageLine> p : pages) {
      Set<Integer> drop = new HashSet<>();
      for (int i : edges(p)) {
        String k = key(p.get(i).text());
        if (PageNumbers.isPageNumber(p.get(i).text())
            || (!k.isEmpty() && counts.getOrDefault(k, 0) >= need)) {
          drop.add(i);
          if (!dropped.contains(p.get(i).text()) && dropped.size() < MAX_RUNNING_KEPT) {
            dropped.add(p.get(i).text());
          }
        }
      }
      List<PageLine> kept = new ArrayList<>();
      for (int i = 0; i < p.size(); i++) {
        if (!drop.contains(i)) {
          kept.add(p.get(i));
        }
      }
      out.add(kept);
    }
    return out;
  }

  private static List<Integer> edges(List<PageLine> p) {
    Set<Integer> idx = new HashSet<>();
    // Edges by position on the page, not by reading order: columns may end above a footer.
    List<Integer> byY = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      byY.add(i);
    }
    byY.sort(Comparator.comparingDouble(i -> p.get(i).y()));
    for (int i = 0; i < Math.min(EDGE_LINES, byY.size()); i++) {
      idx.add(byY.get(i));
      idx.add(byY.get(byY.size() - 1 - i));
    }
    List<Integer> out = new ArrayList<>(idx);
    Collections.sort(out);
    return out;
  }

  private static String key(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    // Page numbers change from page to page; other text of a running line does not.
    if (PAGE_NUMBER.matcher(s).find()) {
      s = DIGITS.matcher(s).replaceAll("#");
    } else {
      // "Jane Doe · Curriculum Vitae 2": a page number at either end of a running line.
      s = EDGE_NUMBER.matcher(s).replaceAll("#");
    }
    return NON_WORD.matcher(s).replaceAll(" ").strip();
  }
}
