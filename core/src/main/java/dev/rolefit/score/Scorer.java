package dev.rolefit.score;

import dev.rolefit.Level;
import dev.rolefit.Target;
import dev.rolefit.match.Hit;
import dev.rolefit.match.MatchType;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Scoring;
import dev.rolefit.profile.RoleProfile.Skill;
import dev.rolefit.profile.RoleProfile.Specialization;
import dev.rolefit.report.FitReport;
import dev.rolefit.report.FitReport.Evidence;
import dev.rolefit.report.FitReport.LevelEstimate;
import dev.rolefit.report.FitReport.ResponsibilityResult;
import dev.rolefit.report.FitReport.SkillResult;
import dev.rolefit.report.FitReport.SpecializationScore;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.SectionKind;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns matches into scores for a target. The formula (documented in the README):
 *
 * <ul>
 *   <li>skill strength = best evidence by section (experience 1.0 ... skills list 0.6) times the
 *       match credit (stem, implied), plus 0.1 per further mention up to the frequency cap;
 *   <li>keywords = 100 x (requiredShare x required coverage + (1 - requiredShare) x preferred
 *       coverage), preferred coverage saturating at {@code preferredSaturation} of its weight;
 *   <li>responsibility coverage = concepts found together in the best bullet, plus 0.3 of those
 *       only found elsewhere, or the BM25 similarity of the best bullet if higher (x 0.8);
 *   <li>overall = keywordsWeight x keywords + responsibilitiesWeight x responsibilities.
 * </ul>
 *
 * <p>All weights come from the profile's {@code scoring} block. Stateless and thread-safe.
 */
public final class Scorer {
  // Every distinct bullet that shows a skill, bounded for hostile input.
  private static final int MAX_EVIDENCE = 10;
  private static final int MAX_QUOTE = 240;
  private static final double MENTION_BONUS = 0.1;
  private static final double SCATTERED_CREDIT = 0.3;
  private static final double BM25_CREDIT = 0.6;
  private static final double RESP_FOUND = 0.75;
  private static final double RESP_WEAK = 0.35;

  private final RoleProfile profile;
  private final LevelEstimator levels;
  private final GapAdvisor gaps;
  private final Set<String> domainSkills;
  private final Map<String, List<Skill>> impliedBy;
  private final Map<String, Map<Skill, Double>> specSkills;

  /**
   * Creates a scorer for a profile.
   *
   * @param profile the validated profile
   */
  public Scorer(RoleProfile profile) {
    this.profile = profile;
    this.levels = new LevelEstimator(profile);
    this.gaps = new GapAdvisor(profile);
    Set<String> domain = new HashSet<>(profile.scoring().domainSkills());
    for (Skill s : profile.skills()) {
      if (profile.scoring().domainGroups().contains(s.group())) {
        domain.add(s.id());
      }
    }
    this.domainSkills = Set.copyOf(domain);
    Map<String, List<Skill>> implied = new LinkedHashMap<>();
    for (Skill s : profile.skills()) {
      for (String i : s.implies()) {
        implied.computeIfAbsent(i, k -> new ArrayList<>()).add(s);
      }
    }
    this.impliedBy = implied;
    // Each specialization is judged by the skills it weighs above their base weight.
    Map<String, Map<Skill, Double>> bySpec = new LinkedHashMap<>();
    for (Specialization sp : profile.specializations()) {
      Map<Skill, Double> mine = new LinkedHashMap<>();
      for (Skill sk : profile.skills()) {
        Double sw = sk.specializations().get(sp.id());
        if (sw != null && sw > sk.weight()) {
          mine.put(sk, sw);
        }
      }
      bySpec.put(sp.id(), mine);
    }
    this.specSkills = bySpec;
  }

  /**
   * Scores matches for a target.
   *
   * @param m the matches of one resume
   * @param target the target; absent parts are chosen from the resume
   * @param document the document block of the report
   * @param tool the tool block of the report
   * @return the report
   */
  public FitReport score(
      ResumeMatches m, Target target, FitReport.DocumentInfo document, FitReport.Tool tool) {
    Scoring sc = profile.scoring();
    List<String> notes = new ArrayList<>();
    Map<String, Double> baseStrength = strengths(m, sc);

    LevelEstimator.Estimate est = levels.estimate(m);
    List<SpecializationScore> specs = specializations(m, baseStrength);
    String spec = target.specialization().orElse(null);
    if (spec == null) {
      spec = specs.get(0).id();
      notes.add(
          specs.get(0).score() > 0
              ? "No specialization given: scored against the best fit, " + name(spec) + "."
              : "No specialization given and none fits this resume: scored against "
                  + name(spec)
                  + ".");
    }
    Level level = target.level().orElse(null);
    if (level == null) {
      level = est.level();
      notes.add("No level given: scored against the estimated level, " + level.id() + ".");
    }
    final String specId = spec;

    List<SkillResult> skills = skillResults(m, specId, baseStrength);
    double keywords = keywords(skills, sc);
    List<ResponsibilityResult> resps = responsibilities(m, level, specId);
    double respScore = weighted(resps);
    double overall = sc.keywordsWeight() * keywords + sc.responsibilitiesWeight() * respScore;
    overall = round1(overall);
    FitReport.Score score =
        new FitReport.Score(overall, round1(keywords), round1(respScore), sc.band(overall));
    LevelEstimate levelEstimate =
        new LevelEstimate(
            level.id(),
            est.level().id(),
            round3(est.confidence()),
            round1(est.years()),
            m.resume().monthsOfExperience(),
            est.signals());
    List<FitReport.SectionInfo> sections = new ArrayList<>();
    for (var s : m.resume().sections()) {
      sections.add(new FitReport.SectionInfo(s.kind().id(), s.start(), s.end()));
    }
    List<FitReport.EntryInfo> entries = new ArrayList<>();
    for (var e : m.resume().experience()) {
      entries.add(
          new FitReport.EntryInfo(
              e.kind().id(),
              e.title(),
              e.organisation(),
              e.dates().from().toString(),
              e.dates().to().toString(),
              e.dates().present(),
              e.dates().months(),
              e.weight()));
    }
    var anchor = m.resume().anchor();
    notes.addAll(ParseNotes.of(m.resume()));
    List<FitReport.Gap> gapList = gaps.gaps(skills, resps, levelEstimate, sc);
    return new FitReport(
        FitReport.SCHEMA_VERSION,
        tool,
        new FitReport.ProfileRef(profile.role().id(), profile.role().version()),
        document,
        new FitReport.TargetInfo(profile.role().id(), level.id(), specId),
        score,
        skills,
        resps,
        levelEstimate,
        specs,
        sections,
        entries,
        new FitReport.DateAnchorInfo(anchor.month().toString(), anchor.source().id()),
        gapList,
        List.of(),
        notes);
  }

  private String name(String specId) {
    return profile.specialization(specId).map(Specialization::name).orElse(specId);
  }

  /** Strength of each skill from its direct hits, before implication. */
  private static Map<String, Double> strengths(ResumeMatches m, Scoring sc) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (var e : m.skills().entrySet()) {
      double best = 0;
      Set<Integer> segs = new HashSet<>();
      for (Hit h : e.getValue()) {
        double credit =
            sc.evidenceStrength(h.section().id(), h.section().fallback().id())
                * (h.matchType() == MatchType.STEM ? sc.stemCredit() : 1.0);
        best = Math.max(best, credit);
        segs.add(h.segment());
      }
      int extra = Math.min(segs.size(), sc.frequencyCap()) - 1;
      out.put(e.getKey(), Math.min(1.0, best + MENTION_BONUS * Math.max(0, extra)));
    }
    return out;
  }

  private List<SkillResult> skillResults(ResumeMatches m, String spec, Map<String, Double> base) {
    Scoring sc = profile.scoring();
    List<SkillResult> out = new ArrayList<>();
    for (Skill s : profile.skills()) {
      double w = s.weightFor(spec);
      if (w <= 0) {
        continue;
      }
      double strength = base.getOrDefault(s.id(), 0.0);
      List<Evidence> evidence = new ArrayList<>();
      List<Hit> hits = m.skills().getOrDefault(s.id(), List.of());
      if (!hits.isEmpty()) {
        evidence = evidence(m.resume(), hits, sc);
      } else {
        // Implied: a found skill that implies this one (PyTorch implies deep learning).
        for (Skill other : impliedBy.getOrDefault(s.id(), List.of())) {
          double os = base.getOrDefault(other.id(), 0.0);
          if (os >= sc.foundThreshold()) {
            double implied = sc.impliedCredit() * os;
            if (implied > strength) {
              strength = implied;
              Hit h = m.skills().get(other.id()).get(0);
              evidence = List.of(quote(m.resume(), h, MatchType.IMPLIED));
            }
          }
        }
      }
      String status = strength >= sc.foundThreshold() ? "found" : strength > 0 ? "weak" : "missing";
      out.add(
          new SkillResult(
              s.id(),
              s.name(),
              s.category(),
              s.group(),
              round3(w),
              w >= sc.requiredWeight(),
              round3(strength),
              status,
              evidence));
    }
    out.sort(
        Comparator.comparingDouble((SkillResult r) -> -r.strength() * r.weight())
            .thenComparing(r -> -r.weight())
            .thenComparing(SkillResult::id));
    return out;
  }

  private static List<Evidence> evidence(Resume r, List<Hit> hits, Scoring sc) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(
        Comparator.comparingDouble(
                (Hit h) -> -sc.evidenceStrength(h.section().id(), h.section().fallback().id()))
            .thenComparingInt(Hit::start));
    List<Evidence> out = new ArrayList<>();
    Set<Integer> segs = new HashSet<>();
    for (Hit h : sorted) {
      if (segs.add(h.segment())) {
        out.add(quote(r, h, h.matchType()));
        if (out.size() == MAX_EVIDENCE) {
          break;
        }
      }
    }
    return out;
  }

  // Compiled once: every piece of evidence is folded with it (String.replaceAll compiles per call).
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The quoted segment around a hit, white space folded, at most 240 characters. */
  static Evidence quote(Resume r, Hit h, MatchType type) {
    String text;
    if (h.segment() >= 0) {
      Segment s = r.segments().get(h.segment());
      text = s.text();
      if (text.length() > MAX_QUOTE) {
        int from = Math.max(s.start(), h.start() - MAX_QUOTE / 2);
        int to = Math.min(s.end(), from + MAX_QUOTE);
        text =
            (from > s.start() ? "\u2026" : "")
                + r.text().substring(from, to)
                + (to < s.end() ? "\u2026" : "");
      }
    } else {
      int from = Math.max(0, h.start() - 60);
      int to = Math.min(r.text().length(), h.end() + 60);
      text = r.text().substring(from, to);
    }
    return new Evidence(
        h.section().id(),
        WHITE_SPACE.matcher(text).replaceAll(" ").strip(),
        h.start(),
        h.end(),
        type.id());
  }

  private static double keywords(List<SkillResult> skills, Scoring sc) {
    double reqW = 0;
    double reqS = 0;
    double prefW = 0;
    double prefS = 0;
    for (SkillResult s : skills) {
      if (s.required()) {
        reqW += s.weight();
        reqS += s.weight() * s.strength();
      } else {
        prefW += s.weight();
        prefS += s.weight() * s.strength();
      }
    }
    double pref = prefW == 0 ? 0 : Math.min(1.0, prefS / (sc.preferredSaturation() * prefW));
    double req = reqW == 0 ? pref : reqS / reqW;
    return 100 * (sc.requiredShare() * req + (1 - sc.requiredShare()) * pref);
  }

  private List<ResponsibilityResult> responsibilities(ResumeMatches m, Level level, String spec) {
    Set<String> stressed =
        new HashSet<>(
            profile.specialization(spec).map(Specialization::responsibilities).orElse(List.of()));
    List<ResponsibilityResult> out = new ArrayList<>();
    Resume r = m.resume();
    java.util.BitSet anchored = anchoredSegments(m);
    double offDomain = profile.scoring().unanchoredCredit();
    for (Responsibility resp : profile.responsibilities()) {
      boolean inTarget = resp.level().equals("core") || resp.level().equals(level.id());
      if (!inTarget) {
        continue;
      }
      double w =
          resp.weight()
              * (stressed.contains(resp.id()) ? profile.scoring().specializationBoost() : 1.0);
      List<int[]> groups = m.concepts().getOrDefault(resp.id(), List.of());
      int g = Math.max(1, groups.size());
      Map<Integer, Integer> perSegment = new LinkedHashMap<>();
      double anywhere = 0;
      for (int[] segs : groups) {
        double groupCredit = 0;
        for (int seg : segs) {
          if (countsAsEvidence(r.segments().get(seg))) {
            perSegment.merge(seg, 1, Integer::sum);
            groupCredit = Math.max(groupCredit, anchored.get(seg) ? 1.0 : offDomain);
          }
        }
        anywhere += groupCredit;
      }
      int bestSeg = -1;
      double bestScore = 0;
      for (var e : perSegment.entrySet()) {
        double v = e.getValue() * (anchored.get(e.getKey()) ? 1.0 : offDomain);
        if (v > bestScore) {
          bestScore = v;
          bestSeg = e.getKey();
        }
      }
      double conceptCov =
          (bestScore + SCATTERED_CREDIT * Math.max(0, anywhere - bestScore)) / (double) g;
      int bm25Seg = m.bm25Segment().getOrDefault(resp.id(), -1);
      double bm25 =
          BM25_CREDIT
              * m.bm25().getOrDefault(resp.id(), 0.0)
              * (bm25Seg >= 0 && anchored.get(bm25Seg) ? 1.0 : offDomain);
      double coverage = Math.min(1.0, Math.max(conceptCov, bm25));
      List<Evidence> ev = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      int evidenceSeg = conceptCov >= bm25 ? bestSeg : bm25Seg;
      if (evidenceSeg >= 0 && coverage > 0) {
        Segment s = r.segments().get(evidenceSeg);
        ev.add(
            quote(
                r,
                new Hit(s.start(), s.end(), evidenceSeg, s.section(), MatchType.STEM),
                MatchType.STEM));
      }
      for (int i = 0; i < groups.size(); i++) {
        if (bestSeg < 0 || java.util.Arrays.binarySearch(groups.get(i), bestSeg) < 0) {
          missing.add(resp.concepts().get(i).get(0));
        }
      }
      String status = coverage >= RESP_FOUND ? "found" : coverage >= RESP_WEAK ? "weak" : "missing";
      out.add(
          new ResponsibilityResult(
              resp.id(),
              resp.text(),
              resp.level(),
              round3(w),
              round3(coverage),
              status,
              ev,
              missing));
    }
    return out;
  }

  /**
   * Segments that show the role's own work: they name a domain skill, or belong to a dated entry (a
   * job) that does, title line included.
   */
  private java.util.BitSet anchoredSegments(ResumeMatches m) {
    Resume r = m.resume();
    java.util.BitSet out = new java.util.BitSet();
    if (domainSkills.isEmpty()) {
      out.set(0, r.segments().size());
      return out;
    }
    int entries = r.experience().size();
    int[] from = new int[entries];
    int[] to = new int[entries];
    for (int k = 0; k < entries; k++) {
      var entry = r.experience().get(k);
      from[k] = entry.start();
      to[k] = entry.end();
    }
    java.util.BitSet anchoredEntries = new java.util.BitSet();
    for (var e : m.skills().entrySet()) {
      if (!domainSkills.contains(e.getKey())) {
        continue;
      }
      for (Hit h : e.getValue()) {
        if (h.segment() >= 0) {
          out.set(h.segment());
        }
        for (int k = 0; k < entries; k++) {
          if (h.start() >= from[k] && h.start() < to[k]) {
            anchoredEntries.set(k);
          }
        }
      }
    }
    for (int k = anchoredEntries.nextSetBit(0); k >= 0; k = anchoredEntries.nextSetBit(k + 1)) {
      for (int i = 0; i < r.segments().size(); i++) {
        int st = r.segments().get(i).start();
        if (st >= from[k] && st < to[k]) {
          out.set(i);
        }
      }
    }
    return out;
  }

  /** Bullets and sentences of the body count as evidence; headings and skill lists do not. */
  private static boolean countsAsEvidence(Segment s) {
    return s.section() != SectionKind.SKILLS
        && s.section() != SectionKind.CONTACT
        && s.type() != Segment.Type.LINE;
  }

  private static double weighted(List<ResponsibilityResult> resps) {
    double w = 0;
    double c = 0;
    for (ResponsibilityResult r : resps) {
      w += r.weight();
      c += r.weight() * r.coverage();
    }
    return w == 0 ? 0 : 100 * c / w;
  }

  private List<SpecializationScore> specializations(ResumeMatches m, Map<String, Double> base) {
    List<SpecializationScore> out = new ArrayList<>();
    for (Specialization sp : profile.specializations()) {
      double w = 0;
      double s = 0;
      for (Map.Entry<Skill, Double> e : specSkills.get(sp.id()).entrySet()) {
        w += e.getValue();
        s += e.getValue() * base.getOrDefault(e.getKey().id(), 0.0);
      }
      double skillCov =
          w == 0 ? 0 : Math.min(1.0, s / (profile.scoring().preferredSaturation() * w));
      out.add(new SpecializationScore(sp.id(), round1(100 * skillCov)));
    }
    out.sort(
        Comparator.comparingDouble((SpecializationScore x) -> -x.score())
            .thenComparing(SpecializationScore::id));
    return out;
  }

  static double round1(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
