package dev.rolefit.score;

import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.SectionKind;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.ResponsibilityCoverage;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the bullet that shows each responsibility. The rule: a responsibility is shown by a
 * sentence of the candidate's own work that holds its action and its object together, close to each
 * other ("mentored two junior engineers"), never by one cue word ("trained" a model is no
 * mentoring); the concepts beyond those two add to the coverage. A title line is no evidence. One
 * bullet backs at most {@code perBullet} responsibilities, the ones it shows best. In the sections
 * a responsibility names as {@code actionImpliedIn} the entry itself is the action (a paper titled
 * "Fast algorithms for X" shows that its authors designed an algorithm), so the object alone shows
 * it there. Some responsibilities are also shown by a section of the candidate's own entries as
 * such (own publications: they publish).
 */
final class ResponsibilityEvidence {
  /**
   * The evidence found for one responsibility.
   *
   * @param coverage 0..1 before the off-domain discount
   * @param segment the segment that shows it, or -1
   * @param groupsInSegment which concept groups the segment holds
   */
  record Shown(double coverage, int segment, boolean[] groupsInSegment) {}

  private record Candidate(int responsibility, int segment, double score, double weight) {}

  private ResponsibilityEvidence() {}

  /**
   * The evidence of each responsibility, in the order given.
   *
   * @param m the resume's matches
   * @param ownership whose work each part of the resume is
   * @param resps the responsibilities of the target
   * @param weights their weights for the target (ties go to the heavier)
   * @param anchored segments that show the role's own work (others count less)
   * @param offDomain the credit of evidence outside the role's own work
   * @param rc the profile's rule of coverage: words between action and object, bullets per
   *     responsibility, the coverage a section of its own gives
   * @return one result per responsibility
   */
  static List<Shown> find(
      ResumeMatches m,
      Ownership ownership,
      List<Responsibility> resps,
      double[] weights,
      BitSet anchored,
      double offDomain,
      ResponsibilityCoverage rc) {
    Resume r = m.resume();
    BitSet own = ownership.ownWork();
    List<Candidate> candidates = new ArrayList<>();
    List<boolean[][]> groupsBySegment = new ArrayList<>();
    for (int ri = 0; ri < resps.size(); ri++) {
      Responsibility resp = resps.get(ri);
      List<int[]> groups = m.concepts().getOrDefault(resp.id(), List.of());
      boolean[][] present = new boolean[r.segments().size()][];
      groupsBySegment.add(present);
      if (groups.size() < 2) {
        continue;
      }
      int[] actions = groups.get(0);
      int[] objects = groups.get(1);
      BitSet checked = new BitSet();
      for (int a = 0; a < actions.length; a += 2) {
        int seg = r.segmentAt(actions[a]);
        if (seg >= 0 && own.get(seg) && !checked.get(seg)) {
          checked.set(seg);
          if (paired(r.text(), actions, objects, r.segments().get(seg), rc)) {
            candidates.add(
                candidate(ri, seg, r, groups, false, present, anchored, offDomain, weights));
          }
        }
      }
      // An own paper or project stands for the action: its object alone shows it, but not in a
      // venue's name ("Conference on Empirical Methods in ...").
      for (int o = 0; o < objects.length && !resp.actionImpliedIn().isEmpty(); o += 2) {
        int seg = r.segmentAt(objects[o]);
        if (seg >= 0
            && own.get(seg)
            && present[seg] == null
            && resp.actionImpliedIn().contains(r.segments().get(seg).section().id())
            && !ownership.inName(objects[o])) {
          candidates.add(
              candidate(ri, seg, r, groups, true, present, anchored, offDomain, weights));
        }
      }
    }
    // Each bullet backs the responsibilities it shows best, at most perBullet of them.
    Map<Integer, String> keys = new HashMap<>();
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparingDouble(c -> -c.weight())
            .thenComparingInt(Candidate::responsibility)
            // By text before position, so reordering the bullets picks the same evidence.
            .thenComparing(c -> keys.computeIfAbsent(c.segment(), seg -> segmentKey(r, seg)))
            .thenComparingInt(Candidate::segment));
    int[] used = new int[r.segments().size()];
    Shown[] out = new Shown[resps.size()];
    for (Candidate c : candidates) {
      if (out[c.responsibility()] != null || used[c.segment()] >= rc.perBullet()) {
        continue;
      }
      used[c.segment()]++;
      out[c.responsibility()] =
          new Shown(c.score(), c.segment(), groupsBySegment.get(c.responsibility())[c.segment()]);
    }
    List<Shown> result = new ArrayList<>(resps.size());
    for (int ri = 0; ri < resps.size(); ri++) {
      Shown s = out[ri];
      Shown bySection = shownBySection(r, resps.get(ri), anchored, offDomain, rc);
      if (bySection != null && (s == null || bySection.coverage() > s.coverage())) {
        s = bySection;
      }
      result.add(s == null ? new Shown(0, -1, new boolean[0]) : s);
    }
    return result;
  }

  // Case and spacing ignored: they do not change what a bullet shows.
  private static String segmentKey(Resume r, int seg) {
    return r.segments().get(seg).text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static Candidate candidate(
      int ri,
      int seg,
      Resume r,
      List<int[]> groups,
      boolean actionImplied,
      boolean[][] present,
      BitSet anchored,
      double offDomain,
      double[] weights) {
    Segment s = r.segments().get(seg);
    boolean[] in = new boolean[groups.size()];
    int count = 0;
    for (int g = 0; g < groups.size(); g++) {
      in[g] = (g == 0 && actionImplied) || within(groups.get(g), s.start(), s.end());
      count += in[g] ? 1 : 0;
    }
    present[seg] = in;
    double credit = anchored.get(seg) ? 1.0 : offDomain;
    return new Candidate(
        ri, seg, credit * count / (double) Math.max(2, groups.size()), weights[ri]);
  }

  /** Own publications show that the candidate publishes; an advising section that they mentor. */
  private static Shown shownBySection(
      Resume r, Responsibility resp, BitSet anchored, double offDomain, ResponsibilityCoverage rc) {
    if (resp.shownBy().isEmpty()) {
      return null;
    }
    java.util.Set<Integer> headings = new java.util.HashSet<>();
    r.sections().forEach(sec -> headings.add(sec.start()));
    int first = -1;
    for (int i = 0; i < r.segments().size(); i++) {
      Segment s = r.segments().get(i);
      if (!headings.contains(s.start()) && resp.shownBy().contains(s.section().id())) {
        first = first < 0 ? i : first;
        // Quote the first real entry, not a banner line under the heading.
        if (s.readsAsEntry()) {
          return shownBy(r, i, anchored, offDomain, rc);
        }
      }
    }
    return first < 0 ? null : shownBy(r, first, anchored, offDomain, rc);
  }

  private static Shown shownBy(
      Resume r, int seg, BitSet anchored, double offDomain, ResponsibilityCoverage rc) {
    Segment s = r.segments().get(seg);
    double credit = anchored.get(seg) || s.section() != SectionKind.OTHER ? 1.0 : offDomain;
    return new Shown(rc.shownBySection() * credit, seg, new boolean[0]);
  }

  private static boolean within(int[] spans, int from, int to) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] >= from && spans[i] < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * An action and an object of the segment close to each other: the object at most {@code
   * objectAfter} words after the action ("designed a new ranking model": 3), or {@code
   * objectBefore} words before it ("models were deployed").
   */
  private static boolean paired(
      String text, int[] actions, int[] objects, Segment s, ResponsibilityCoverage rc) {
    for (int a = 0; a < actions.length; a += 2) {
      if (actions[a] < s.start() || actions[a] >= s.end()) {
        continue;
      }
      for (int o = 0; o < objects.length; o += 2) {
        if (objects[o] < s.start() || objects[o] >= s.end()) {
          continue;
        }
        if (objects[o] >= actions[a + 1]) {
          if (wordsBetween(text, actions[a + 1], objects[o]) <= rc.objectAfter()) {
            return true;
          }
        } else if (objects[o + 1] <= actions[a]
            && wordsBetween(text, objects[o + 1], actions[a]) <= rc.objectBefore()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words between two offsets, or a large number when a clause ends between them. */
  private static int wordsBetween(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';'
          || c == '\n' && false
          || (c == '.' || c == '!' || c == '?')
              && i + 1 < to
              && Character.isWhitespace(text.charAt(i + 1))) {
        return Integer.MAX_VALUE;
      }
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
