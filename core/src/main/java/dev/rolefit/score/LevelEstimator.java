package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.Level;
import dev.rolefit.model.SectionKind;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.LevelVotes;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates the career level from years of experience, titles and scope. Years: the parser's
 * professional months (overlaps merged; internships, research assistantships and doctorates count
 * half, which the field counts as partial experience), or the years the resume states if more.
 */
final class LevelEstimator {
  private final RoleProfile profile;
  // The weights of each vote, from the profile's scoring.levelEstimate.
  private final LevelVotes votes;

  LevelEstimator(RoleProfile profile) {
    this.profile = profile;
    this.votes = profile.scoring().levelEstimate();
  }

  /** The estimate with the facts it rests on. */
  record Estimate(Level level, double confidence, double years, List<String> signals) {}

  /**
   * The estimate: years, the titles, the scope phrases and the career stage each vote for a level;
   * the level with most votes wins, capped at mid below the senior years.
   *
   * @param m the resume's matches
   * @param mlEntries the dated entries (by index) that show machine learning
   */
  Estimate estimate(ResumeMatches m, java.util.BitSet mlEntries) {
    Resume r = m.resume();
    int fieldMonths = fieldMonths(r, mlEntries, votes.unrelatedWork());
    double years = years(r, fieldMonths);
    List<String> signals = yearSignals(r, fieldMonths);
    Map<Level, Double> score = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      score.put(l, votes.yearsWeight() * yearFit(l, years));
    }
    titleVotes(m, score, signals);
    scopeVotes(m, score, signals);
    double seniorMin = minYears(Level.SENIOR);
    Stage stage = stage(r, years, seniorMin);
    if (stage != null) {
      score.merge(stage.level(), votes.stageWeight(), Double::sum);
      signals.add("career stage: " + stage.why() + " (" + stage.level().id() + ")");
    }
    Level best = best(score);
    // A "Senior" or "Lead" title after a few years is mid level in this profile's terms.
    if (best == Level.SENIOR
        && years < seniorMin
        && (stage == null || stage.level() != Level.SENIOR)) {
      best = Level.MID;
      signals.add(
          String.format(
              Locale.ROOT, "senior needs %.0f+ years or a faculty post: read as mid", seniorMin));
    }
    return new Estimate(best, confidence(score, best), years, signals);
  }

  /** The years the estimate counts, said in words. */
  private List<String> yearSignals(Resume r, int fieldMonths) {
    List<String> signals = new ArrayList<>();
    signals.add(
        String.format(
            Locale.ROOT, "%.1f years of professional experience", r.monthsOfExperience() / 12.0));
    if (fieldMonths < r.monthsOfExperience()) {
      signals.add(
          String.format(
              Locale.ROOT,
              "%.1f years counted for the level: jobs that show no machine learning count %.0f%%",
              fieldMonths / 12.0,
              100 * votes.unrelatedWork()));
    }
    if (r.statedYears().isPresent()) {
      signals.add(
          String.format(Locale.ROOT, "states %d+ years of experience", r.statedYears().getAsInt()));
    }
    return signals;
  }

  /**
   * The titles' votes: the first title line (resumes list the latest role first) says the most;
   * older titles count once per level, as three internships are no more entry than one.
   */
  private void titleVotes(ResumeMatches m, Map<Level, Double> score, List<String> signals) {
    Map<Integer, Level> titleLevel = new LinkedHashMap<>();
    for (Level l : Level.values()) {
      for (Hit h : m.levelTitles().getOrDefault(l.id(), List.of())) {
        int seg = h.segment();
        Level prev = titleLevel.get(seg);
        titleLevel.put(seg, prev == null ? l : combine(prev, l));
      }
    }
    int first = titleLevel.keySet().stream().mapToInt(Integer::intValue).min().orElse(-1);
    java.util.EnumSet<Level> older = java.util.EnumSet.noneOf(Level.class);
    for (var e : titleLevel.entrySet()) {
      if (e.getKey() == first) {
        // A plain job title ("Data Scientist") says a professional post, not how senior.
        double plain = e.getValue() == Level.MID ? votes.plainTitle() : 1.0;
        score.merge(e.getValue(), votes.titleWeight() * votes.latestTitle() * plain, Double::sum);
      } else if (older.add(e.getValue())) {
        score.merge(e.getValue(), votes.titleWeight() * votes.olderTitle(), Double::sum);
      }
    }
    if (first >= 0) {
      signals.add(
          "latest title: \""
              + clip(m.resume().segments().get(first).text())
              + "\" ("
              + titleLevel.get(first).id()
              + ")");
    }
  }

  /** The scope phrases' votes: each phrase in work adds a step, up to the whole weight. */
  private void scopeVotes(ResumeMatches m, Map<Level, Double> score, List<String> signals) {
    for (Level l : Level.values()) {
      List<Hit> hits = m.levelSignals().getOrDefault(l.id(), List.of());
      long inBody = hits.stream().filter(LevelEstimator::isWorkSignal).count();
      if (inBody > 0) {
        score.merge(
            l, votes.signalWeight() * Math.min(1.0, votes.signalStep() * inBody), Double::sum);
        Hit h = hits.stream().filter(LevelEstimator::isWorkSignal).findFirst().orElseThrow();
        signals.add(
            "scope: \""
                + clip(m.resume().text().substring(h.start(), h.end()))
                + "\" ("
                + l.id()
                + ", "
                + inBody
                + (inBody == 1 ? " mention)" : " mentions)"));
      }
    }
  }

  /** The level with most votes; the lower level on a tie. */
  private static Level best(Map<Level, Double> score) {
    Level best = Level.ENTRY;
    for (Level l : Level.values()) {
      if (score.get(l) > score.get(best)) {
        best = l;
      }
    }
    return best;
  }

  /** From 0.5 (a tie) to 1 (no other level has a vote): how far the winner leads. */
  private static double confidence(Map<Level, Double> score, Level best) {
    double top = score.get(best);
    double second = 0;
    for (Level l : Level.values()) {
      if (l != best) {
        second = Math.max(second, score.get(l));
      }
    }
    return top <= 0 ? 0 : 0.5 + 0.5 * Math.min(1.0, (top - second) / top);
  }

  /** What the latest entries say of the career stage. */
  private record Stage(Level level, String why) {}

  private static final java.util.Set<EntryKind> WORK =
      java.util.EnumSet.of(
          EntryKind.EMPLOYMENT,
          EntryKind.POSTDOC,
          EntryKind.FACULTY,
          EntryKind.RESEARCH_ASSISTANT,
          EntryKind.INTERNSHIP);

  /**
   * The stage the latest entries show: a faculty post is senior, a postdoc mid; a degree in
   * progress, or only student research posts and internships since the last degree, is entry
   * (unless the years say senior: people do take a PhD late). Null when the entries say nothing.
   */
  private static Stage stage(Resume r, double years, double seniorMin) {
    Comparator<ExperienceEntry> latestFirst =
        Comparator.comparing((ExperienceEntry e) -> e.dates().to())
            .thenComparing(e -> e.dates().from())
            .reversed();
    List<ExperienceEntry> work = new ArrayList<>();
    List<ExperienceEntry> degrees = new ArrayList<>();
    for (ExperienceEntry e : r.experience()) {
      if (e.dates() == null) {
        continue;
      }
      if (WORK.contains(e.kind())) {
        work.add(e);
      } else if (e.kind() == EntryKind.EDUCATION) {
        degrees.add(e);
      }
    }
    work.sort(latestFirst);
    degrees.sort(latestFirst);
    ExperienceEntry latest = work.isEmpty() ? null : work.get(0);
    if (latest != null && latest.kind() == EntryKind.FACULTY) {
      return new Stage(Level.SENIOR, "faculty post");
    }
    if (latest != null && latest.kind() == EntryKind.POSTDOC) {
      return new Stage(Level.MID, "postdoc");
    }
    if (years >= seniorMin) {
      return null;
    }
    boolean jobNow =
        work.stream()
            .anyMatch(
                e ->
                    e.dates().present()
                        && (e.kind() == EntryKind.EMPLOYMENT
                            || e.kind() == EntryKind.POSTDOC
                            || e.kind() == EntryKind.FACULTY));
    if (!degrees.isEmpty() && degrees.get(0).dates().present() && !jobNow) {
      return new Stage(Level.ENTRY, "degree in progress");
    }
    if (latest != null
        && latest.internship()
        && (degrees.isEmpty() || !degrees.get(0).dates().to().isBefore(latest.dates().from()))) {
      return new Stage(Level.ENTRY, "student research posts and internships only since the degree");
    }
    return null;
  }

  private double minYears(Level l) {
    var spec = profile.level(l.id()).orElse(null);
    return spec == null || spec.years() == null ? Double.MAX_VALUE : spec.years().min();
  }

  /** Scope shows in work: not in a skills list, nor in a degree's thesis or coursework. */
  private static boolean isWorkSignal(Hit h) {
    return h.section() != SectionKind.SKILLS && h.section() != SectionKind.EDUCATION;
  }

  /** Entry words (intern, junior) win on a line; otherwise the higher level does. */
  private static Level combine(Level a, Level b) {
    if (a == Level.ENTRY || b == Level.ENTRY) {
      return Level.ENTRY;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }

  private double yearFit(Level l, double years) {
    var spec = profile.level(l.id()).orElse(null);
    if (spec == null || spec.years() == null) {
      return 0;
    }
    double min = spec.years().min();
    double max = spec.years().max();
    if (years >= min && years < max) {
      return 1.0;
    }
    double dist = years < min ? min - years : years - max;
    return Math.exp(-dist / votes.yearsDecay());
  }

  /**
   * Years in the field: the parser's weighted months (internships, research assistantships and
   * doctorates already count half), with jobs that show no machine learning discounted. A stated
   * "N+ years" counts when the dates show less, since a summary's claim often covers work the dates
   * leave out.
   */
  private static double years(Resume r, int fieldMonths) {
    double computed = fieldMonths / 12.0;
    return r.statedYears().isPresent() ? Math.max(computed, r.statedYears().getAsInt()) : computed;
  }

  /**
   * Professional months with each job whose description names no machine-learning skill counted at
   * {@code unrelatedWork}; all months when the resume shows machine learning nowhere (its level is
   * then its career level) or when a job has no description to judge by.
   */
  private static int fieldMonths(Resume r, java.util.BitSet shown, double unrelatedWork) {
    List<ExperienceEntry> entries = r.experience();
    if (shown.isEmpty()) {
      return r.monthsOfExperience();
    }
    java.util.Map<ExperienceEntry, Double> weight = new java.util.IdentityHashMap<>();
    for (int k = 0; k < entries.size(); k++) {
      ExperienceEntry x = entries.get(k);
      boolean judged = x.kind() == EntryKind.EMPLOYMENT && x.end() > x.headingEnd();
      weight.put(x, judged && !shown.get(k) ? x.weight() * unrelatedWork : x.weight());
    }
    int months = dev.rolefit.resume.internal.CareerMonths.professional(entries, weight::get);
    return Math.min(months, r.monthsOfExperience());
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 80 ? t.substring(0, 80) + "\u2026" : t;
  }
}
