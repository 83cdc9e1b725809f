package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.LevelEstimate;
import dev.rolefit.model.FitReport.ResponsibilityResult;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.FitReport.SpecializationScore;
import dev.rolefit.model.Level;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.Target;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Scoring;
import dev.rolefit.profile.RoleProfile.Skill;
import dev.rolefit.profile.RoleProfile.Specialization;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns matches into scores for a target. The formula (documented in the README):
 *
 * <ul>
 *   <li>skill strength = best evidence by section (experience 1.0 ... skills list 0.6) times the
 *       match credit (stem, implied), plus {@code mentionBonus} per further mention up to the
 *       frequency cap;
 *   <li>keywords = 100 x (requiredShare x required coverage + (1 - requiredShare) x preferred
 *       coverage), preferred coverage saturating at {@code preferredSaturation} of its weight;
 *   <li>responsibility coverage = share of the concepts found together in the best bullet of own
 *       work, or {@code bm25Credit} x the BM25 similarity of the closest bullet if higher (from
 *       {@code bm25Threshold}, at most {@code bm25Cap});
 *   <li>overall = keywordsWeight x keywords + responsibilitiesWeight x responsibilities.
 * </ul>
 *
 * <p>All weights come from the profile's {@code scoring} block. Stateless and thread-safe.
 */
public final class Scorer {
  // Every distinct bullet that shows a skill, bounded for hostile input.
  private static final int MAX_EVIDENCE = 10;
  private static final int MAX_QUOTE = 240;

  private final RoleProfile profile;
  private final LevelEstimator levels;
  private final GapAdvisor gaps;
  private final Set<String> domainSkills;
  private final Map<String, List<Skill>> impliedBy;
  private final Map<String, List<Skill>> includedBy;
  private final Map<String, Map<Skill, Double>> specSkills;
  // The geometric mean of the typical shares a specialization's share is read against.
  private final double typicalMean;

  /**
   * Creates a scorer for a profile.
   *
   * @param profile the validated profile
   */
  public Scorer(RoleProfile profile) {
    this.profile = profile;
    this.gaps = new GapAdvisor(profile);
    this.domainSkills = domainSkills(profile);
    this.levels = new LevelEstimator(profile);
    Map<String, List<Skill>> implied = new LinkedHashMap<>();
    for (Skill s : profile.skills()) {
      for (String i : s.implies()) {
        implied.computeIfAbsent(i, k -> new ArrayList<>()).add(s);
      }
    }
    this.impliedBy = implied;
    Map<String, List<Skill>> included = new LinkedHashMap<>();
    for (Skill s : profile.skills()) {
      for (String i : s.includes()) {
        included.computeIfAbsent(i, k -> new ArrayList<>()).add(s);
      }
    }
    this.includedBy = included;
    // Each specialization is judged by the skills it weighs above their base weight, each by how
    // much above: PyTorch (base 0.5, deep learning 1.0) says less of a specialty than PPO.
    Map<String, Map<Skill, Double>> bySpec = new LinkedHashMap<>();
    for (Specialization sp : profile.specializations()) {
      Map<Skill, Double> mine = new LinkedHashMap<>();
      for (Skill sk : profile.skills()) {
        Double sw = sk.specializations().get(sp.id());
        if (sw != null && sw > sk.weight()) {
          mine.put(sk, sw - sk.weight());
        }
      }
      bySpec.put(sp.id(), mine);
    }
    this.specSkills = bySpec;
    this.typicalMean = typicalMean(profile);
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
    List<FitReport.Note> notes = new ArrayList<>();
    Ownership ownership = new Ownership(m.resume());
    Map<String, Assessed> assessed = assess(m, sc, ownership);
    Map<String, Double> baseStrength = baseStrength(m, assessed, ownership, sc, notes);
    java.util.BitSet mlEntries = entriesShowing(m, domainSkills);
    LevelEstimator.Estimate est = levels.estimate(m, mlEntries);
    List<SpecializationScore> specs = specializations(baseStrength);
    Level scoredAt = target.level().orElse(est.level());
    // Each specialization's results, computed once: for choosing an automatic target and after.
    Map<String, Results> results = new HashMap<>();
    java.util.function.Function<String, Results> at =
        id ->
            results.computeIfAbsent(
                id,
                k ->
                    new Results(
                        skillResults(m, k, assessed, baseStrength),
                        responsibilities(m, ownership, mlEntries, scoredAt, k)));
    String specId =
        chosenSpecialization(
            target,
            specs,
            notes,
            id ->
                overall(
                        keywords(at.apply(id).skills(), sc),
                        weighted(at.apply(id).resps()),
                        target,
                        scoredAt,
                        est,
                        sc,
                        new ArrayList<>())
                    .overall());
    Level level = chosenLevel(target, est, notes);
    List<SkillResult> skills = at.apply(specId).skills();
    double keywords = keywords(skills, sc);
    List<ResponsibilityResult> resps = at.apply(specId).resps();
    FitReport.Score score = overall(keywords, weighted(resps), target, level, est, sc, notes);
    LevelEstimate levelEstimate = levelEstimate(m.resume(), level, est);
    List<FitReport.SectionInfo> sections = sections(m.resume());
    List<FitReport.EntryInfo> entries = entries(m.resume());
    var anchor = m.resume().anchor();
    notes.addAll(ParseNotes.of(m.resume()));
    List<FitReport.Gap> gapList = gaps.gaps(skills, resps, levelEstimate, sc);
    return new FitReport(
        FitReport.SCHEMA_VERSION,
        tool,
        new FitReport.ProfileRef(profile.role().id(), profile.role().version()),
        document,
        new FitReport.TargetInfo(profile.role().id(), level, specId),
        score,
        skills,
        resps,
        levelEstimate,
        specs,
        sections,
        entries,
        new FitReport.DateAnchorInfo(anchor.month().toString(), anchor.source()),
        gapList,
        null,
        List.of(),
        notes,
        new FitReport.Candidate(m.resume().name()));
  }

  /** A specialization's skill and responsibility results at the scored level. */
  private record Results(List<SkillResult> skills, List<ResponsibilityResult> resps) {}

  /** Each skill's strength before the target weighs it; notes keyword stuffing when found. */
  private Map<String, Double> baseStrength(
      ResumeMatches m,
      Map<String, Assessed> assessed,
      Ownership ownership,
      Scoring sc,
      List<FitReport.Note> notes) {
    Stuffed stuffed = stuffing(m, assessed, ownership, sc);
    Map<String, Double> baseStrength = new LinkedHashMap<>();
    for (var e : assessed.entrySet()) {
      baseStrength.put(e.getKey(), e.getValue().strength(stuffed.flagged(), sc));
    }
    if (stuffed.flagged()) {
      notes.add(new FitReport.Note("keyword-stuffing", stuffed.message()));
    }
    return baseStrength;
  }

  /**
   * The target's specialization, else the best fit (noted, so the reader knows it was chosen): of
   * the {@code autoCandidates} best-ranked specializations, the one the resume scores highest
   * against, so a candidate is ranked at their best fit rather than at whichever reads first.
   */
  private String chosenSpecialization(
      Target target,
      List<SpecializationScore> specs,
      List<FitReport.Note> notes,
      java.util.function.ToDoubleFunction<String> overallAt) {
    String spec = target.specialization().orElse(null);
    if (spec != null) {
      return spec;
    }
    String first = specs.get(0).id();
    if (specs.get(0).score() <= 0) {
      notes.add(
          new FitReport.Note(
              "auto-specialization",
              "No specialization given and none fits this resume: scored against "
                  + name(first)
                  + "."));
      return first;
    }
    spec = first;
    int n = Math.min(specs.size(), profile.scoring().specializationFit().autoCandidates());
    double best = n > 1 ? overallAt.applyAsDouble(first) : 0;
    for (SpecializationScore other : specs.subList(1, n)) {
      double o = overallAt.applyAsDouble(other.id());
      if (other.score() > 0 && o > best) {
        best = o;
        spec = other.id();
      }
    }
    notes.add(
        new FitReport.Note(
            "auto-specialization",
            spec.equals(first)
                ? "No specialization given: scored against the best fit, " + name(spec) + "."
                : "No specialization given: scored against "
                    + name(spec)
                    + ", its second-best fit, which scores higher than its best fit, "
                    + name(first)
                    + "."));
    return spec;
  }

  /** The target's level, else the estimated one (noted). */
  private static Level chosenLevel(
      Target target, LevelEstimator.Estimate est, List<FitReport.Note> notes) {
    Level level = target.level().orElse(null);
    if (level == null) {
      level = est.level();
      notes.add(
          new FitReport.Note(
              "auto-level",
              "No level given: scored against the estimated level, " + level.id() + "."));
    }
    return level;
  }

  /** The overall score from keywords and responsibilities, reduced by a level misfit. */
  private static FitReport.Score overall(
      double keywords,
      double respScore,
      Target target,
      Level level,
      LevelEstimator.Estimate est,
      Scoring sc,
      List<FitReport.Note> notes) {
    double overall = sc.keywordsWeight() * keywords + sc.responsibilitiesWeight() * respScore;
    if (target.level().isPresent()) {
      // Level fit: for a senior search, a resume that reads as entry level loses ground.
      int steps = Math.abs(level.ordinal() - est.level().ordinal());
      double fit = Math.max(0, 1 - sc.levelFitPenalty() * steps * est.confidence());
      if (steps > 0) {
        overall *= fit;
        notes.add(
            new FitReport.Note(
                "level-fit",
                String.format(
                    Locale.ROOT,
                    "Reads as %s level, the target is %s: the overall score is multiplied by %.2f"
                        + " (%.2f per level apart, times the estimate's confidence %.2f).",
                    est.level().id(),
                    level.id(),
                    fit,
                    sc.levelFitPenalty(),
                    est.confidence())));
      }
    }
    overall = round1(overall);
    return new FitReport.Score(overall, round1(keywords), round1(respScore), sc.band(overall));
  }

  /** The level block: the level scored against beside the estimate and its evidence. */
  private static LevelEstimate levelEstimate(
      Resume resume, Level level, LevelEstimator.Estimate est) {
    return new LevelEstimate(
        level,
        est.level(),
        round3(est.confidence()),
        round1(est.years()),
        resume.monthsOfExperience(),
        est.signals());
  }

  /** Where each section was found. */
  private static List<FitReport.SectionInfo> sections(Resume resume) {
    List<FitReport.SectionInfo> sections = new ArrayList<>();
    for (var s : resume.sections()) {
      sections.add(new FitReport.SectionInfo(s.kind(), s.start(), s.end()));
    }
    return sections;
  }

  /** The career entries as read, with their dates and weights. */
  private static List<FitReport.EntryInfo> entries(Resume resume) {
    List<FitReport.EntryInfo> entries = new ArrayList<>();
    for (var e : resume.experience()) {
      entries.add(
          new FitReport.EntryInfo(
              e.kind(),
              e.title(),
              e.organisation(),
              e.dates().from().toString(),
              e.dates().to().toString(),
              e.dates().present(),
              e.dates().months(),
              e.weight()));
    }
    return entries;
  }

  private String name(String specId) {
    return profile.specialization(specId).map(Specialization::name).orElse(specId);
  }

  /**
   * What the mentions of one skill show: its strength from the candidate's own work, whether it is
   * also named in a list, and the mentions of each kind, strongest first.
   *
   * @param own strength from own work (0 when none)
   * @param ownHits mentions in own work
   * @param listedHits mentions that only name it (a list, a summary, coursework)
   */
  record Assessed(double own, List<Hit> ownHits, List<Hit> listedHits) {
    boolean listedOnly() {
      return ownHits.isEmpty() && !listedHits.isEmpty();
    }

    /** The strength the score uses: own work, else the credit of a named-only skill. */
    double strength(boolean stuffed, Scoring sc) {
      if (!ownHits.isEmpty()) {
        return own;
      }
      if (listedHits.isEmpty()) {
        return 0;
      }
      return stuffed ? sc.stuffing().credit() : sc.listedCredit();
    }
  }

  /** Sorts each skill's mentions into own work, named only, and nothing. */
  private Map<String, Assessed> assess(ResumeMatches m, Scoring sc, Ownership ownership) {
    Map<String, Assessed> out = new LinkedHashMap<>();
    Set<Integer> longLists = longLists(m, sc);
    for (var e : m.skills().entrySet()) {
      Skill skill = profile.skill(e.getKey()).orElseThrow();
      double best = 0;
      Set<Integer> segs = new HashSet<>();
      List<Hit> own = new ArrayList<>();
      List<Hit> listed = new ArrayList<>();
      for (Hit h : e.getValue()) {
        Ownership.Kind kind = ownership.of(h, skill);
        // A line naming dozens of the role's skills is a list wherever it stands.
        if (kind == Ownership.Kind.OWN && longLists.contains(h.segment())) {
          kind = Ownership.Kind.LISTED;
        }
        switch (kind) {
          case OWN -> {
            own.add(h);
            double section =
                !skill.sections().isEmpty()
                    ? 1.0 // a degree in the education section is as shown as it gets
                    : ownership.inThesis(h)
                        ? sc.evidenceStrength("publications")
                        : sc.evidenceStrength(h.section().id(), h.section().fallback().id());
            best =
                Math.max(best, section * (h.matchType() == MatchType.STEM ? sc.stemCredit() : 1));
            segs.add(h.segment());
          }
          case LISTED -> listed.add(h);
          default -> {}
        }
      }
      if (own.isEmpty() && listed.isEmpty()) {
        continue;
      }
      int extra = Math.min(segs.size(), sc.frequencyCap()) - 1;
      double strength =
          own.isEmpty() ? 0 : Math.min(1.0, best + sc.mentionBonus() * Math.max(0, extra));
      out.put(e.getKey(), new Assessed(strength, own, listed));
    }
    return out;
  }

  /** Segments that name at least the stuffing rule's longest list of distinct skills. */
  private static Set<Integer> longLists(ResumeMatches m, Scoring sc) {
    Map<Integer, Set<String>> bySegment = new HashMap<>();
    for (var e : m.skills().entrySet()) {
      for (Hit h : e.getValue()) {
        if (h.segment() >= 0) {
          bySegment.computeIfAbsent(h.segment(), k -> new HashSet<>()).add(e.getKey());
        }
      }
    }
    Set<Integer> out = new HashSet<>();
    bySegment.forEach(
        (seg, skills) -> {
          if (skills.size() >= sc.stuffing().longestList()) {
            out.add(seg);
          }
        });
    return out;
  }

  /** Whether the resume reads as keyword stuffing, and why. */
  private record Stuffed(boolean flagged, String message) {}

  /**
   * Keyword stuffing: many skills named only in lists while few are shown in work, or one list
   * longer than any real skills section. Such lists then earn next to nothing.
   */
  private static Stuffed stuffing(
      ResumeMatches m, Map<String, Assessed> assessed, Ownership ownership, Scoring sc) {
    int listedOnly = 0;
    int shown = 0;
    Map<Integer, Integer> perList = new HashMap<>();
    for (Assessed a : assessed.values()) {
      if (a.listedOnly()) {
        listedOnly++;
      } else if (!a.ownHits().isEmpty()) {
        shown++;
      }
      Set<Integer> segs = new HashSet<>();
      for (Hit h : a.listedHits()) {
        segs.add(h.segment());
      }
      segs.forEach(seg -> perList.merge(seg, 1, Integer::sum));
    }
    int longest = perList.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    var rule = sc.stuffing();
    if (longest >= rule.longestList()) {
      return new Stuffed(
          true,
          "Possible keyword stuffing: one list names "
              + longest
              + " of the role's skills. Skills named only in lists count for little; show the ones"
              + " you used in your experience and project bullets.");
    }
    if (listedOnly >= rule.listedOnly() && listedOnly >= rule.ratio() * Math.max(1, shown)) {
      return new Stuffed(
          true,
          "Possible keyword stuffing: "
              + listedOnly
              + " skills are only listed, while "
              + shown
              + " are shown in your work. Skills named only in lists count for little; show the"
              + " ones you used in your experience and project bullets.");
    }
    return new Stuffed(false, "");
  }

  private List<SkillResult> skillResults(
      ResumeMatches m, String spec, Map<String, Assessed> assessed, Map<String, Double> base) {
    Scoring sc = profile.scoring();
    List<SkillResult> out = new ArrayList<>();
    for (Skill s : profile.skills()) {
      double w = s.weightFor(spec);
      if (w <= 0) {
        continue;
      }
      Assessed a = assessed.get(s.id());
      double strength = base.getOrDefault(s.id(), 0.0);
      EvidenceStatus status;
      List<Evidence> evidence = new ArrayList<>();
      if (a != null && !a.ownHits().isEmpty()) {
        status = strength >= sc.foundThreshold() ? EvidenceStatus.FOUND : EvidenceStatus.WEAK;
        evidence = evidence(m.resume(), a.ownHits(), sc);
      } else if (a != null) {
        status = EvidenceStatus.LISTED;
        evidence = evidence(m.resume(), a.listedHits(), sc);
      } else {
        status = EvidenceStatus.MISSING;
      }
      if (status != EvidenceStatus.FOUND) {
        // A degree that includes this one (a PhD meets a Master's), or a skill shown in work that
        // implies it (PyTorch implies deep learning).
        for (Skill other : includedBy.getOrDefault(s.id(), List.of())) {
          Assessed o = assessed.get(other.id());
          double os = base.getOrDefault(other.id(), 0.0);
          if (o != null && !o.ownHits().isEmpty() && os > strength) {
            strength = os;
            status = os >= sc.foundThreshold() ? EvidenceStatus.FOUND : EvidenceStatus.WEAK;
            evidence =
                List.of(
                    quote(m.resume(), o.ownHits().get(0), MatchType.IMPLIED, sc.quoteContext()));
          }
        }
        for (Skill other : impliedBy.getOrDefault(s.id(), List.of())) {
          Assessed o = assessed.get(other.id());
          double os = base.getOrDefault(other.id(), 0.0);
          if (o != null && !o.ownHits().isEmpty() && os >= sc.foundThreshold()) {
            double implied = sc.impliedCredit() * os;
            if (implied > strength) {
              strength = implied;
              status = EvidenceStatus.WEAK;
              evidence =
                  List.of(
                      quote(m.resume(), o.ownHits().get(0), MatchType.IMPLIED, sc.quoteContext()));
            }
          }
        }
      }
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
    return markCore(out, sc);
  }

  /**
   * Marks the target's own skills: the required ones, and the heaviest preferred ones until their
   * weight makes up the share of preferred weight that earns full preferred marks (so showing all
   * of them at full strength scores 100 keywords). The rest count for little and crowd a report.
   */
  static List<SkillResult> markCore(List<SkillResult> skills, Scoring sc) {
    List<SkillResult> preferred = new ArrayList<>();
    double total = 0;
    for (SkillResult s : skills) {
      if (!s.required()) {
        preferred.add(s);
        total += s.weight();
      }
    }
    preferred.sort(
        Comparator.comparingDouble((SkillResult r) -> -r.weight()).thenComparing(SkillResult::id));
    Set<String> core = new HashSet<>();
    double acc = 0;
    for (SkillResult s : preferred) {
      if (acc >= sc.preferredSaturation() * total) {
        break;
      }
      acc += s.weight();
      core.add(s.id());
    }
    List<SkillResult> out = new ArrayList<>(skills.size());
    for (SkillResult s : skills) {
      out.add(s.withCore(s.required() || core.contains(s.id())));
    }
    return out;
  }

  private static boolean titleLike(Resume r, Hit h) {
    return h.segment() >= 0 && r.segments().get(h.segment()).type() == Segment.Type.LINE;
  }

  private static List<Evidence> evidence(Resume r, List<Hit> hits, Scoring sc) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(
        Comparator.comparingDouble(
                (Hit h) -> -sc.evidenceStrength(h.section().id(), h.section().fallback().id()))
            // A bullet that uses the skill says more than a job title that names it.
            .thenComparingInt(h -> titleLike(r, h) ? 1 : 0)
            .thenComparingInt(Hit::start));
    List<Evidence> out = new ArrayList<>();
    Set<Integer> segs = new HashSet<>();
    for (Hit h : sorted) {
      if (segs.add(h.segment())) {
        out.add(quote(r, h, h.matchType(), sc.quoteContext()));
        if (out.size() == MAX_EVIDENCE) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The quoted segment around a hit, white space folded, at most 240 characters, with the matched
   * words' offsets within the quote; a hit in no segment is quoted with {@code context} characters
   * on each side.
   */
  static Evidence quote(Resume r, Hit h, MatchType type, int context) {
    int from;
    int to;
    String prefix = "";
    String suffix = "";
    if (h.segment() >= 0) {
      Segment s = r.segments().get(h.segment());
      from = s.start();
      to = s.end();
      if (to - from > MAX_QUOTE) {
        from = Math.max(s.start(), h.start() - MAX_QUOTE / 2);
        to = Math.min(s.end(), from + MAX_QUOTE);
        prefix = from > s.start() ? "\u2026" : "";
        suffix = to < s.end() ? "\u2026" : "";
      }
    } else {
      from = Math.max(0, h.start() - context);
      to = Math.min(r.text().length(), h.end() + context);
    }
    // Each quoted character remembers the offset it came from, so the hit maps into the quote.
    StringBuilder b = new StringBuilder(to - from + 2);
    int[] source = new int[to - from + 2];
    int n = 0;
    for (int k = 0; k < prefix.length(); k++, n++) {
      b.append(prefix.charAt(k));
      source[n] = from - 1;
    }
    String raw = r.text();
    for (int i = from; i < to; i++) {
      char c = raw.charAt(i);
      boolean space = isFoldedSpace(c);
      if (space && n > 0 && b.charAt(n - 1) == ' ') {
        continue;
      }
      b.append(space ? ' ' : c);
      source[n++] = i;
    }
    for (int k = 0; k < suffix.length(); k++, n++) {
      b.append(suffix.charAt(k));
      source[n] = Integer.MAX_VALUE;
    }
    int lead = 0;
    while (lead < n && Character.isWhitespace(b.charAt(lead))) {
      lead++;
    }
    int tail = n;
    while (tail > lead && Character.isWhitespace(b.charAt(tail - 1))) {
      tail--;
    }
    int ms = firstAtOrAfter(source, lead, tail, h.start());
    int me = Math.max(ms, firstAtOrAfter(source, lead, tail, h.end()));
    return new Evidence(
        h.section(), b.substring(lead, tail), h.start(), h.end(), type, ms - lead, me - lead);
  }

  /** The white space that quotes fold to one space: the regex class {@code \s}. */
  private static boolean isFoldedSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The first index in [lo, hi) whose source offset is at least {@code offset}, else hi. */
  private static int firstAtOrAfter(int[] source, int lo, int hi, int offset) {
    for (int i = lo; i < hi; i++) {
      if (source[i] >= offset) {
        return i;
      }
    }
    return hi;
  }

  private static double keywords(List<SkillResult> skills, Scoring sc) {
    return KeywordFormula.of(skills, sc).score(skills);
  }

  private List<ResponsibilityResult> responsibilities(
      ResumeMatches m, Ownership ownership, java.util.BitSet mlEntries, Level level, String spec) {
    java.util.BitSet anchored = anchoredSegments(m, mlEntries);
    double offDomain = profile.scoring().unanchoredCredit();
    var rc = profile.scoring().responsibilityCoverage();
    List<Responsibility> target =
        profile.responsibilities().stream().filter(resp -> resp.appliesTo(level)).toList();
    double[] weights = responsibilityWeights(target, spec);
    List<ResponsibilityEvidence.Shown> shown =
        ResponsibilityEvidence.find(m, ownership, target, weights, anchored, offDomain, rc);
    double[] fallback =
        fallbackCoverage(m, ownership.ownWork(), target, shown, anchored, offDomain, rc);
    List<ResponsibilityResult> out = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      out.add(responsibilityResult(m, target.get(i), weights[i], shown.get(i), fallback[i]));
    }
    return out;
  }

  /** Each responsibility's weight, boosted when the target specialization stresses it. */
  private double[] responsibilityWeights(List<Responsibility> target, String spec) {
    Set<String> stressed =
        new HashSet<>(
            profile.specialization(spec).map(Specialization::responsibilities).orElse(List.of()));
    double[] weights = new double[target.size()];
    for (int i = 0; i < target.size(); i++) {
      Responsibility resp = target.get(i);
      weights[i] =
          resp.weight()
              * (stressed.contains(resp.id()) ? profile.scoring().specializationBoost() : 1.0);
    }
    return weights;
  }

  /** One responsibility's result: its coverage (a bullet, else the closest one), quote, status. */
  private ResponsibilityResult responsibilityResult(
      ResumeMatches m,
      Responsibility resp,
      double weight,
      ResponsibilityEvidence.Shown sh,
      double fallback) {
    Resume r = m.resume();
    var rc = profile.scoring().responsibilityCoverage();
    double coverage = sh.coverage();
    int evidenceSeg = sh.segment();
    if (fallback > coverage) {
      coverage = fallback;
      evidenceSeg = m.bm25Segment().get(resp.id());
    }
    List<Evidence> ev = new ArrayList<>();
    if (evidenceSeg >= 0 && coverage > 0) {
      Segment s = r.segments().get(evidenceSeg);
      ev.add(
          quote(
              r,
              new Hit(s.start(), s.end(), evidenceSeg, s.section(), MatchType.STEM),
              MatchType.STEM,
              profile.scoring().quoteContext()));
    }
    List<String> missing = new ArrayList<>();
    boolean[] in = evidenceSeg == sh.segment() ? sh.groupsInSegment() : new boolean[0];
    for (int g = 0; g < resp.concepts().size(); g++) {
      if (g >= in.length || !in[g]) {
        missing.add(resp.concepts().get(g).get(0));
      }
    }
    coverage = Math.min(1.0, coverage);
    EvidenceStatus status =
        coverage >= rc.found()
            ? EvidenceStatus.FOUND
            : coverage >= rc.weak() ? EvidenceStatus.WEAK : EvidenceStatus.MISSING;
    return new ResponsibilityResult(
        resp.id(),
        resp.text(),
        resp.level(),
        round3(weight),
        round3(coverage),
        status,
        ev,
        missing);
  }

  /**
   * The text's closest bullet for each responsibility no bullet shows with action and object
   * together: partial at most, only from the candidate's own work, above a threshold calibrated on
   * the annotated real CVs, and within the limit of responsibilities one bullet may back.
   */
  private static double[] fallbackCoverage(
      ResumeMatches m,
      java.util.BitSet own,
      List<Responsibility> target,
      List<ResponsibilityEvidence.Shown> shown,
      java.util.BitSet anchored,
      double offDomain,
      RoleProfile.ResponsibilityCoverage rc) {
    Resume r = m.resume();
    int[] used = new int[r.segments().size()];
    for (ResponsibilityEvidence.Shown sh : shown) {
      if (sh.segment() >= 0) {
        used[sh.segment()]++;
      }
    }
    double[] out = new double[target.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      String id = target.get(i).id();
      int seg = m.bm25Segment().getOrDefault(id, -1);
      double norm = m.bm25().getOrDefault(id, 0.0);
      if (seg >= 0 && own.get(seg) && norm >= rc.bm25Threshold()) {
        out[i] =
            Math.min(rc.bm25Cap(), rc.bm25Credit() * norm * (anchored.get(seg) ? 1.0 : offDomain));
        if (out[i] > shown.get(i).coverage()) {
          order.add(i);
        }
      }
    }
    // Strongest first, so a busy bullet backs the responsibilities it is closest to.
    order.sort(Comparator.comparingDouble((Integer i) -> -out[i]).thenComparingInt(i -> i));
    double[] granted = new double[target.size()];
    for (int i : order) {
      int seg = m.bm25Segment().get(target.get(i).id());
      int before = shown.get(i).segment() == seg ? 0 : 1;
      if (used[seg] + before <= rc.perBullet()) {
        used[seg] += before;
        granted[i] = out[i];
      }
    }
    return granted;
  }

  /** The skills whose mention marks a bullet as the role's own field (scoring's domain). */
  static Set<String> domainSkills(RoleProfile profile) {
    Set<String> domain = new HashSet<>(profile.scoring().domainSkills());
    for (Skill s : profile.skills()) {
      if (profile.scoring().domainGroups().contains(s.group())) {
        domain.add(s.id());
      }
    }
    return Set.copyOf(domain);
  }

  /**
   * The dated entries (by index) that name a domain skill, title line included: the jobs that show
   * machine learning. Computed once per resume for the level and the responsibilities.
   */
  static java.util.BitSet entriesShowing(ResumeMatches m, Set<String> domain) {
    List<ExperienceEntry> entries = m.resume().experience();
    java.util.BitSet shown = new java.util.BitSet(entries.size());
    for (var e : m.skills().entrySet()) {
      if (!domain.contains(e.getKey())) {
        continue;
      }
      for (Hit h : e.getValue()) {
        for (int k = 0; k < entries.size(); k++) {
          if (h.start() >= entries.get(k).start() && h.start() < entries.get(k).end()) {
            shown.set(k);
          }
        }
      }
    }
    return shown;
  }

  /**
   * Segments that show the role's own work: they name a domain skill, or belong to a dated entry (a
   * job) that does, title line included.
   */
  private java.util.BitSet anchoredSegments(ResumeMatches m, java.util.BitSet anchoredEntries) {
    Resume r = m.resume();
    java.util.BitSet out = new java.util.BitSet();
    if (domainSkills.isEmpty()) {
      out.set(0, r.segments().size());
      return out;
    }
    for (var e : m.skills().entrySet()) {
      if (!domainSkills.contains(e.getKey())) {
        continue;
      }
      for (Hit h : e.getValue()) {
        if (h.segment() >= 0) {
          out.set(h.segment());
        }
      }
    }
    for (int k = anchoredEntries.nextSetBit(0); k >= 0; k = anchoredEntries.nextSetBit(k + 1)) {
      var entry = r.experience().get(k);
      for (int i = 0; i < r.segments().size(); i++) {
        int st = r.segments().get(i).start();
        if (st >= entry.start() && st < entry.end()) {
          out.set(i);
        }
      }
    }
    return out;
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

  /**
   * Specializations, best first: the lift-weighted mean strength of each one's distinctive skills,
   * never capped (a cap made strong resumes tie at 100, and the alphabet decided), shown on 0..100
   * by a curve that keeps the order.
   */
  private List<SpecializationScore> specializations(Map<String, Double> base) {
    List<SpecializationScore> out = new ArrayList<>();
    Map<String, Double> raw = new HashMap<>();
    // Every specialization is a kind of machine learning: DevOps tools alone make no ML infra.
    long ml =
        domainSkills.stream()
            .filter(id -> base.getOrDefault(id, 0.0) >= profile.scoring().foundThreshold())
            .count();
    var fit = profile.scoring().specializationFit();
    double mlEvidence = Math.min(1.0, ml / fit.domainSkillsForFull());
    for (Specialization sp : profile.specializations()) {
      double w = 0;
      double s = 0;
      for (Map.Entry<Skill, Double> e : specSkills.get(sp.id()).entrySet()) {
        w += e.getValue();
        s += e.getValue() * base.getOrDefault(e.getKey().id(), 0.0);
      }
      double share = w == 0 ? 0 : mlEvidence * s / w;
      if (sp.typicalShare() != null && fit.typicality() > 0) {
        // Words every resume of the role uses say less of a specialty than rare ones.
        share *= Math.pow(typicalMean / sp.typicalShare(), fit.typicality());
      }
      raw.put(sp.id(), share);
      out.add(new SpecializationScore(sp.id(), round1(100 * (1 - Math.exp(-share / fit.scale())))));
    }
    out.sort(
        Comparator.comparingDouble((SpecializationScore x) -> -raw.get(x.id()))
            .thenComparing(SpecializationScore::id));
    return standings(out, fit);
  }

  /** The primary (from the fit minimum) and, when close to it, the secondary specialization. */
  private static List<SpecializationScore> standings(
      List<SpecializationScore> ranked, RoleProfile.SpecializationFit fit) {
    List<SpecializationScore> out = new ArrayList<>(ranked);
    SpecializationScore first = out.get(0);
    if (first.score() <= 0 || first.score() < fit.minimum()) {
      return out;
    }
    out.set(0, new SpecializationScore(first.id(), first.score(), FitKind.PRIMARY));
    if (out.size() > 1) {
      SpecializationScore next = out.get(1);
      if (next.score() >= fit.minimum() && next.score() >= fit.secondaryWithin() * first.score()) {
        out.set(1, new SpecializationScore(next.id(), next.score(), FitKind.SECONDARY));
      }
    }
    return out;
  }

  /** The geometric mean of the specializations' typical shares (1 when none is measured). */
  private static double typicalMean(RoleProfile profile) {
    double logs = 0;
    int n = 0;
    for (Specialization sp : profile.specializations()) {
      if (sp.typicalShare() != null) {
        logs += Math.log(sp.typicalShare());
        n++;
      }
    }
    return n == 0 ? 1.0 : Math.exp(logs / n);
  }

  static double round1(double v) {
    return Math.round(v * 10.0) / 10.0;
  }

  static double round3(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
