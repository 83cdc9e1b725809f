package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A resume seen from a posting's side: which segments are the candidate's own work (jobs, projects,
 * publications, talks, teaching) and which are only claims (summary, skills list), with the stems
 * of each, computed once per resume and shared by every requirement.
 */
final class ResumeEvidence {
  /** Where a segment stands as evidence. */
  enum Standing {
    /** The candidate's own work: a job, project, publication, talk, course taught, degree. */
    WORK,
    /** A claim: the summary or the skills list. */
    CLAIM,
    /** Contact details and the like: never evidence. */
    NONE
  }

  private final Resume resume;
  private final ResumeMatches matches;
  private final List<Standing> standing = new ArrayList<>();
  private final Map<String, List<String>> impliedBy;
  private final List<Set<String>> stems = new ArrayList<>();
  private final int quoteContext;

  ResumeEvidence(ResumeMatches matches, ProfileIndex index) {
    this.matches = matches;
    this.quoteContext = index.profile().scoring().quoteContext();
    Map<String, List<String>> by = new HashMap<>();
    for (var sk : index.profile().skills()) {
      for (String x : sk.implies()) {
        by.computeIfAbsent(x, k -> new ArrayList<>()).add(sk.id());
      }
      for (String x : sk.includes()) {
        by.computeIfAbsent(x, k -> new ArrayList<>()).add(sk.id());
      }
    }
    this.impliedBy = by;
    this.resume = matches.resume();
    for (Segment s : resume.segments()) {
      Standing st = standing(s);
      standing.add(st);
      stems.add(
          st == Standing.NONE
              ? Set.of()
              : new HashSet<>(index.stemTokens(IrregularVerbs.present(s.text()))));
    }
  }

  private static Standing standing(Segment s) {
    SectionKind k = s.section();
    if (k == SectionKind.CONTACT) {
      return Standing.NONE;
    }
    if (k.isClaim()) {
      return Standing.CLAIM;
    }
    return Standing.WORK;
  }

  Resume resume() {
    return resume;
  }

  ResumeMatches matches() {
    return matches;
  }

  int size() {
    return stems.size();
  }

  Standing standing(int segment) {
    return standing.get(segment);
  }

  Set<String> stems(int segment) {
    return stems.get(segment);
  }

  Segment segment(int i) {
    return resume.segments().get(i);
  }

  /**
   * The best standing of a skill: its own hits (work beats a claim), else those of a skill that
   * includes or implies it (model serving implies model deployment); null when absent.
   */
  Standing skill(String id) {
    Standing own = ownSkill(id);
    if (own != null) {
      return own;
    }
    Standing best = null;
    for (String other : impliedBy.getOrDefault(id, List.of())) {
      Standing s = ownSkill(other);
      if (s == Standing.WORK) {
        return s;
      }
      best = s == null ? best : s;
    }
    return best;
  }

  private Standing ownSkill(String id) {
    Standing best = null;
    for (Hit h : matches.skills().getOrDefault(id, List.of())) {
      Standing s = h.segment() >= 0 ? standing.get(h.segment()) : Standing.NONE;
      if (s == Standing.WORK) {
        return s;
      }
      if (s == Standing.CLAIM) {
        best = s;
      }
    }
    return best;
  }

  /** A quote of the skill's best hit (work first), or of a skill implying it, or null. */
  @Nullable Evidence skillQuote(String id) {
    Evidence own = ownQuote(id);
    if (own != null) {
      return own;
    }
    for (String other : impliedBy.getOrDefault(id, List.of())) {
      Evidence e = ownQuote(other);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  private @Nullable Evidence ownQuote(String id) {
    Hit claim = null;
    for (Hit h : matches.skills().getOrDefault(id, List.of())) {
      if (h.segment() < 0) {
        continue;
      }
      if (standing.get(h.segment()) == Standing.WORK) {
        return Scorer.quote(resume, h, h.matchType(), quoteContext);
      }
      if (claim == null && standing.get(h.segment()) == Standing.CLAIM) {
        claim = h;
      }
    }
    return claim == null ? null : Scorer.quote(resume, claim, claim.matchType(), quoteContext);
  }

  /** A quote of a whole segment. */
  Evidence quote(int segment) {
    Segment s = segment(segment);
    return Scorer.quote(
        resume,
        new Hit(s.start(), s.end(), segment, s.section(), MatchType.STEM),
        MatchType.STEM,
        quoteContext);
  }

  /** The entries (jobs, degrees) and the segments each holds. */
  List<ExperienceEntry> entries() {
    return resume.experience();
  }

  /** Whether a skill, or one that implies or includes it, has a hit inside an entry. */
  boolean skillIn(String id, ExperienceEntry e) {
    if (ownSkillIn(id, e)) {
      return true;
    }
    for (String other : impliedBy.getOrDefault(id, List.of())) {
      if (ownSkillIn(other, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean ownSkillIn(String id, ExperienceEntry e) {
    for (Hit h : matches.skills().getOrDefault(id, List.of())) {
      if (h.start() >= e.start() && h.start() < e.end()) {
        return true;
      }
    }
    return false;
  }

  /** The stems of an entry's text (heading and description). */
  Set<String> entryStems(ExperienceEntry e) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < stems.size(); i++) {
      Segment s = segment(i);
      if (s.start() >= e.start() && s.start() < e.end()) {
        out.addAll(stems.get(i));
      }
    }
    return out;
  }
}
