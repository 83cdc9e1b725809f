package dev.rolefit.report.internal;

import dev.rolefit.extract.Quality;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.Gap;
import dev.rolefit.model.FitReport.RequirementResult;
import dev.rolefit.model.FitReport.ResponsibilityResult;
import dev.rolefit.model.FitReport.SectionInfo;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.FitReport.SpecializationScore;
import dev.rolefit.model.Level;
import dev.rolefit.model.RequirementStatus;
import dev.rolefit.profile.RoleProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link FitReport} into the logic-less view model the report templates render: plain maps
 * and lists of preformatted strings, with percentages and SVG geometry computed here so the
 * templates hold no arithmetic. The same report always gives the same model.
 */
public final class ReportView {
  /** Evidence quotes shown per skill. */
  static final int QUOTES_PER_SKILL = 2;

  /** Skills listed with evidence in the terminal report (the rest is in the other formats). */
  static final int TEXT_SKILLS = 20;

  /** Gaps listed in the terminal report. */
  static final int TEXT_GAPS = 10;

  /** Missing skills shown in the "not found" list, most valuable first. */
  static final int MISSING_SHOWN = 25;

  /** One line on each scale of the report: what it measures and from what. */
  static final Map<String, String> SCALES =
      Map.of(
          "overall",
          "Overall, 0 to 100: keywords and responsibilities combined by the profile's weights, less"
              + " a penalty when the level reads off the target; the band places it among real"
              + " resumes scored the same way.",
          "keywords",
          "Keywords, 0 to 100: how strongly the resume shows the target's skills, required ones"
              + " weighing most; a skill used in work counts more than one only listed.",
          "responsibilities",
          "Responsibilities, 0 to 100: how much of each duty of the target level the resume's best"
              + " bullet describes, weighted by the duty's importance.",
          "level",
          "Level: entry, mid or senior, read from professional years, titles and wording; the"
              + " confidence says how well these signals agree.",
          "specializations",
          "Specializations, 0 to 100: how strongly the resume shows the skills each specialization"
              + " weighs above the rest of the role.",
          "categories",
          "Coverage: the target's own skills in each category (the required ones and the preferred"
              + " ones it weighs most), weighted by importance and by how strongly each is shown.");

  private static final List<String> CATEGORY_ORDER =
      List.of("hard", "tool", "method", "domain", "soft");
  private static final Map<String, String> CATEGORY_NAMES =
      Map.of(
          "hard", "Hard skills",
          "tool", "Tools",
          "method", "Methods",
          "domain", "Domain knowledge",
          "soft", "Soft skills");

  // SVG geometry of the score ring.
  private static final double RING_RADIUS = 52;

  private ReportView() {}

  /**
   * Builds the view model of a report whose profile is not at hand: names from ids, tones from the
   * default chart tones.
   *
   * @param r the report
   * @param color the ANSI colour codes to use, or {@link Ansi#NONE}
   * @return a tree of maps, lists and strings
   */
  public static Map<String, Object> of(FitReport r, Ansi color) {
    return of(r, color, null);
  }

  /**
   * Builds the view model.
   *
   * @param r the report
   * @param color the ANSI colour codes to use, or {@link Ansi#NONE}
   * @param profile the profile the report was scored with: its band tones colour the score, its
   *     names label the specializations and levels; null for names from ids
   * @return a tree of maps, lists and strings
   */
  public static Map<String, Object> of(FitReport r, Ansi color, @Nullable RoleProfile profile) {
    Labels labels = new Labels(profile);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("c", color.codes());
    m.put("toolName", r.tool().name());
    m.put("toolVersion", r.tool().version());
    m.put("profileRole", r.profile().role());
    m.put("profileVersion", r.profile().version());
    m.put("file", r.document().file());
    m.put("mediaType", r.document().mediaType());
    m.put("pages", Integer.toString(r.document().pages()));
    m.put("characters", Integer.toString(r.document().characters()));
    boolean qualityOk = r.document().quality().status() == Quality.Status.OK;
    m.put("qualityStatus", r.document().quality().status().id());
    m.put("qualityOk", qualityOk);
    m.put("qualityColor", qualityOk ? color.good() : color.warn());
    m.put("qualityIssues", r.document().quality().issues());
    m.put("targetRole", r.target().role());
    m.put("targetLevel", r.target().level().id());
    m.put("targetSpecialization", r.target().specialization());
    m.put("targetSpecializationName", labels.specialization(r.target().specialization()));
    m.put("notes", r.notes().stream().map(FitReport.Note::message).toList());
    m.put("score", score(r, color, labels));
    m.put("scales", SCALES);
    m.put("categories", categories(r.skills(), labels));
    m.put("responsibilities", responsibilities(r.responsibilities(), color));
    m.put("specializationChart", specializations(r.specializations(), r.target(), labels));
    // Every specialization at 0 means no machine-learning work shown: the level is only a career's.
    boolean noMl = r.specializations().stream().allMatch(x -> x.score() == 0);
    m.put("level", level(r.level(), r.score(), noMl, labels));
    m.put("career", career(r));
    List<Map<String, Object>> skills = skills(r.skills(), color);
    m.put("skillsWithEvidence", skills);
    m.put("textSkills", skills.subList(0, Math.min(TEXT_SKILLS, skills.size())));
    List<SkillResult> missing = missing(r.skills());
    m.put("missingSkills", missing.stream().limit(MISSING_SHOWN).map(ReportView::chip).toList());
    m.put(
        "moreMissing",
        missing.size() > MISSING_SHOWN ? Integer.toString(missing.size() - MISSING_SHOWN) : "");
    List<Map<String, Object>> gaps = gaps(r.gaps());
    m.put("gaps", gaps);
    m.put("textGaps", gaps.subList(0, Math.min(TEXT_GAPS, gaps.size())));
    m.put("moreGaps", gaps.size() > TEXT_GAPS ? Integer.toString(gaps.size() - TEXT_GAPS) : "");
    m.put("sections", sections(r.sections()));
    m.put("requirements", requirements(r.requirements(), color));
    m.put("posting", posting(r.posting(), labels));
    m.put("hasRequirements", !r.requirements().isEmpty());
    m.put("hasNotes", !r.notes().isEmpty());
    m.put("hasIssues", !r.document().quality().issues().isEmpty());
    m.put("hasGaps", !r.gaps().isEmpty());
    return m;
  }

  private static Map<String, Object> score(FitReport r, Ansi color, Labels labels) {
    Map<String, Object> s = new LinkedHashMap<>();
    double overall = clamp(r.score().overall(), 0, 100);
    s.put("overall", one(r.score().overall()));
    s.put("keywords", one(r.score().keywords()));
    s.put("responsibilities", one(r.score().responsibilities()));
    s.put("keywordsWidth", pct(r.score().keywords() / 100));
    s.put("responsibilitiesWidth", pct(r.score().responsibilities() / 100));
    String band = r.score().band().id();
    s.put("band", band);
    s.put("bandClass", cssId(band));
    String tone = labels.bandTone(band, overall);
    s.put("tone", tone);
    s.put(
        "color",
        switch (tone) {
          case "good" -> color.good();
          case "fair" -> color.warn();
          default -> color.bad();
        });
    double circumference = 2 * Math.PI * RING_RADIUS;
    s.put("ringRadius", num(RING_RADIUS));
    s.put("ringCircumference", num(circumference));
    s.put("ringDash", num(circumference * overall / 100));
    return s;
  }

  private static List<Map<String, Object>> categories(List<SkillResult> skills, Labels labels) {
    Map<String, double[]> acc = new TreeMap<>();
    for (SkillResult s : skills) {
      // The target's own skills only: the role's hundreds of others would swamp every category.
      if (!s.core()) {
        continue;
      }
      // Per category: weighted strength, weight, found, weak, missing.
      double[] a = acc.computeIfAbsent(s.category(), k -> new double[5]);
      a[0] += s.weight() * clamp(s.strength(), 0, 1);
      a[1] += s.weight();
      a[
              switch (s.status()) {
                case FOUND -> 2;
                case WEAK, LISTED -> 3;
                case MISSING -> 4;
              }] +=
          1;
    }
    List<String> order = new ArrayList<>();
    CATEGORY_ORDER.stream().filter(acc::containsKey).forEach(order::add);
    acc.keySet().stream().filter(k -> !CATEGORY_ORDER.contains(k)).forEach(order::add);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String k : order) {
      double[] a = acc.get(k);
      double cov = a[1] == 0 ? 0 : a[0] / a[1];
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", k);
      c.put("name", CATEGORY_NAMES.getOrDefault(k, capitalize(k)));
      c.put("coverage", pct(cov) + "%");
      c.put("width", pct(cov));
      c.put("found", Integer.toString((int) a[2]));
      c.put("weak", Integer.toString((int) a[3]));
      c.put("missing", Integer.toString((int) a[4]));
      c.put("total", Integer.toString((int) (a[2] + a[3] + a[4])));
      c.put("tone", labels.chartTone(cov * 100));
      out.add(c);
    }
    return out;
  }

  private static List<Map<String, Object>> responsibilities(
      List<ResponsibilityResult> list, Ansi color) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ResponsibilityResult x : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", x.text());
      m.put("level", x.level());
      m.put("status", x.status().id());
      m.put("statusColor", statusColor(x.status(), color));
      m.put("coverage", pct(x.coverage()) + "%");
      m.put(
          "coveragePadded", String.format(Locale.ROOT, "%3.0f%%", clamp(x.coverage(), 0, 1) * 100));
      m.put("width", pct(x.coverage()));
      // The profile's coverage thresholds made the status: the bar says the same.
      m.put(
          "tone",
          switch (x.status()) {
            case FOUND -> "good";
            case WEAK -> "fair";
            default -> "low";
          });
      m.put("weight", two(x.weight()));
      boolean shown = !x.evidence().isEmpty() && x.coverage() > 0;
      m.put("evidence", shown ? List.of(evidence(x.evidence().get(0))) : List.of());
      m.put("missingConcepts", String.join(", ", x.missingConcepts()));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> specializations(
      List<SpecializationScore> list, FitReport.TargetInfo target, Labels labels) {
    List<Map<String, Object>> bars = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (SpecializationScore s : list) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("id", s.id());
      b.put("name", labels.specialization(s.id()));
      b.put("score", String.format(Locale.ROOT, "%.0f", s.score()));
      b.put("width", pct(s.score() / 100));
      b.put("isTarget", s.id().equals(target.specialization()));
      b.put("hasFit", s.fit() != FitKind.OTHER);
      b.put("fit", s.fit().id());
      bars.add(b);
      text.append(text.length() == 0 ? "" : ", ").append(s.id()).append(' ').append(b.get("score"));
      if (s.fit() != FitKind.OTHER) {
        text.append(" (").append(s.fit().id()).append(')');
      }
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("bars", bars);
    chart.put("summary", text.toString());
    // Machine learning shown, yet no specialization reaches the profile's fit minimum.
    chart.put(
        "noneFits",
        !list.isEmpty() && list.get(0).score() > 0 && list.get(0).fit() != FitKind.PRIMARY);
    return chart;
  }

  /** The dated entries the experience is counted from, so a reader can check the count. */
  private static Map<String, Object> career(FitReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> entries = new ArrayList<>();
    for (FitReport.EntryInfo e : r.entries()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("start", e.start());
      x.put("end", e.ongoing() ? e.end() + "+" : e.end());
      x.put("kind", e.kind().id().replace('_', ' '));
      x.put("title", e.title());
      x.put("organisation", e.organisation());
      x.put("months", Integer.toString(e.months()));
      x.put(
          "counts", e.weight() >= 1 ? "counted" : e.weight() > 0 ? "counted half" : "not counted");
      entries.add(x);
    }
    m.put("entries", entries);
    m.put("hasEntries", !entries.isEmpty());
    m.put("months", Integer.toString(r.level().professionalMonths()));
    m.put("anchor", r.dateAnchor().month());
    m.put(
        "anchorSource",
        switch (r.dateAnchor().source()) {
          case STATED -> "the date the resume states";
          case METADATA -> "the document's own date";
          case CLOCK -> "today, as the document gives no date";
        });
    return m;
  }

  private static Map<String, Object> level(
      FitReport.LevelEstimate l, FitReport.Score score, boolean noMl, Labels labels) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", l.target().id());
    m.put("estimated", l.estimated().id());
    m.put("confidence", two(l.confidence()));
    m.put("confidencePct", pct(l.confidence()) + "%");
    m.put("years", one(l.yearsOfExperience()));
    m.put("signals", l.signals());
    int t = l.target().ordinal();
    int e = l.estimated().ordinal();
    String band = score.band().id();
    String verdict;
    if (t == e) {
      // The level is years and titles only: never a "match" without the fit it sits beside.
      verdict =
          "low".equals(labels.bandTone(band, score.overall()))
              ? "the experience matches the target level, but the overall fit is "
                  + band
                  + " ("
                  + one(score.overall())
                  + " of 100)"
              : "matches the target; the overall fit is "
                  + band
                  + ", "
                  + one(score.overall())
                  + " of 100";
    } else {
      verdict = e < t ? "reads below the target" : "reads above the target";
    }
    if (noMl) {
      verdict = "career level only: the resume shows no machine-learning work";
    }
    m.put("verdict", verdict);
    m.put("matches", t == e && !noMl);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Level lv : Level.values()) {
      int i = lv.ordinal();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", labels.level(lv.id()));
      s.put("x", num(60 + i * 200));
      s.put("isTarget", i == t);
      s.put("isEstimated", i == e);
      steps.add(s);
    }
    m.put("steps", steps);
    return m;
  }

  private static List<Map<String, Object>> skills(List<SkillResult> list, Ansi color) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SkillResult s : list) {
      if (s.status() == EvidenceStatus.MISSING) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name());
      m.put("category", s.category());
      m.put("status", s.status().id());
      m.put("statusColor", statusColor(s.status(), color));
      m.put("need", s.required() ? "required" : "preferred");
      m.put("strength", two(s.strength()));
      m.put("strengthPct", pct(s.strength()) + "%");
      List<Map<String, Object>> ev = new ArrayList<>();
      for (Evidence e : s.evidence().subList(0, Math.min(QUOTES_PER_SKILL, s.evidence().size()))) {
        ev.add(evidence(e));
      }
      m.put("evidence", ev);
      m.put("firstEvidence", ev.isEmpty() ? List.of() : List.of(ev.get(0)));
      out.add(m);
    }
    return out;
  }

  /** The target's own skills not found, most valuable (heaviest) first. */
  private static List<SkillResult> missing(List<SkillResult> list) {
    List<SkillResult> out = new ArrayList<>();
    for (SkillResult s : list) {
      if (s.core() && s.status() == EvidenceStatus.MISSING) {
        out.add(s);
      }
    }
    out.sort(
        Comparator.comparingDouble((SkillResult s) -> -s.weight()).thenComparing(SkillResult::id));
    return out;
  }

  private static Map<String, Object> chip(SkillResult s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("need", s.required() ? "required" : "preferred");
    m.put("required", s.required());
    m.put("category", s.category());
    return m;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("section", e.section().id());
    m.put("text", e.text());
    m.put("matchType", e.matchType().id());
    String t = e.text();
    int ms = Math.max(0, Math.min(e.matchStart(), t.length()));
    int me = Math.max(ms, Math.min(e.matchEnd(), t.length()));
    // A span that is the whole quote (a responsibility's bullet) marks nothing worth seeing.
    boolean marked = me > ms && me - ms < t.length();
    m.put("before", marked ? t.substring(0, ms) : t);
    m.put("match", marked ? t.substring(ms, me) : "");
    m.put("after", marked ? t.substring(me) : "");
    m.put("marked", marked);
    // Markdown is escaped here, as a whole, so the marks cannot split an escape.
    m.put(
        "markdown",
        marked ? ReportEscapers.markdownMarked(t, ms, me, "**") : ReportEscapers.markdown(t));
    return m;
  }

  private static List<Map<String, Object>> gaps(List<Gap> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    int i = 0;
    for (Gap g : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", Integer.toString(++i));
      m.put("kind", g.kind().id());
      m.put("id", g.id());
      m.put("message", g.message());
      m.put("points", "+" + one(g.weight()));
      m.put("suggestion", g.suggestion() == null ? "" : g.suggestion());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> sections(List<SectionInfo> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SectionInfo s : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.name().id());
      m.put("start", Integer.toString(s.start()));
      m.put("end", Integer.toString(s.end()));
      m.put("length", Integer.toString(Math.max(0, s.end() - s.start())));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> requirements(List<RequirementResult> list, Ansi color) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RequirementResult q : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", q.text());
      m.put("kind", q.kind().id().replace('_', ' '));
      m.put("need", q.required() ? "required" : "preferred");
      m.put("status", q.status().id().replace('_', ' '));
      m.put("statusClass", cssId(q.status().id()));
      m.put("statusColor", statusColor(q.status(), color));
      m.put("reason", q.reason());
      List<Map<String, Object>> ev = new ArrayList<>();
      for (Evidence e : q.evidence()) {
        if (ev.size() < 2) {
          ev.add(evidence(e));
        }
      }
      m.put("evidence", ev);
      out.add(m);
    }
    return out;
  }

  /** The posting block, or null outside job-posting mode (the templates then show nothing). */
  private static @Nullable Map<String, Object> posting(
      FitReport.@Nullable PostingInfo p, Labels labels) {
    if (p == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", p.title().isEmpty() ? "the job posting" : p.title());
    m.put("company", p.company());
    m.put("match", p.match() == null ? "n/a" : one(p.match()));
    m.put("required", Integer.toString(p.required()));
    m.put("requiredMet", Integer.toString(p.requiredMet()));
    m.put("tone", p.match() == null ? "low" : labels.chartTone(p.match()));
    return m;
  }

  private static String statusColor(EvidenceStatus status, Ansi color) {
    return switch (status) {
      case FOUND -> color.good();
      case WEAK, LISTED -> color.warn();
      case MISSING -> color.bad();
    };
  }

  private static String statusColor(RequirementStatus status, Ansi color) {
    return switch (status) {
      case MET -> color.good();
      case PARTLY_MET -> color.warn();
      case NOT_MET -> color.bad();
      case NOT_SCORED -> color.dim();
    };
  }

  /**
   * What the view takes from the profile: names of specializations and levels, the tone of each
   * band (which the profile calibrates on real resumes: fixed thresholds would colour an excellent
   * 44 red) and the tones of other charts. Without a profile, names come from ids and the score is
   * toned as any chart.
   */
  private static final class Labels {
    private final RoleProfile profile;
    private final RoleProfile.ChartTones charts;

    Labels(@Nullable RoleProfile profile) {
      this.profile = profile;
      this.charts =
          profile == null ? new RoleProfile.ChartTones(null, null) : profile.scoring().chartTones();
    }

    String specialization(String id) {
      return profile == null || id == null
          ? label(id)
          : profile.specialization(id).map(RoleProfile.Specialization::name).orElse(label(id));
    }

    String level(String id) {
      return profile == null ? id : profile.level(id).map(RoleProfile.LevelSpec::name).orElse(id);
    }

    /** The score's tone: its band's in the profile, else the chart tone of the score. */
    String bandTone(String band, double overall) {
      return profile == null
          ? chartTone(overall)
          : profile.scoring().tone(band).orElseGet(() -> chartTone(overall));
    }

    String chartTone(double v) {
      return charts.of(v);
    }
  }

  /** A display name from an id: "ml-infrastructure" becomes "ML infrastructure". */
  static String label(String id) {
    if (id == null || id.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String w : id.split("-")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(
          switch (w) {
            case "ml", "nlp", "ai", "rl", "cv" -> w.toUpperCase(Locale.ROOT);
            default -> w;
          });
    }
    return capitalize(b.toString());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** A class-attribute-safe token (band names come from the profile, which is data). */
  private static String cssId(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static double clamp(double v, double lo, double hi) {
    return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f", clamp(fraction, 0, 1) * 100);
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
