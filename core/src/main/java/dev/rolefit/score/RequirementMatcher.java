package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.match.MatchType;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.report.FitReport;
import dev.rolefit.report.FitReport.Evidence;
import dev.rolefit.report.FitReport.RequirementResult;
import dev.rolefit.report.FitReport.SkillResult;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.SectionKind;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job-posting mode: each requirement of a posting (its bullets and lines under requirement-like
 * headings) is met, partly met or not met by the resume. A requirement that names skills of the
 * profile is judged by those skills' status in the report; "N+ years" by the years counted; any
 * other by how many of its content words one resume bullet shares. Stateless and thread-safe.
 */
public final class RequirementMatcher {
  private static final Pattern PREFERRED_HEADING =
      Pattern.compile(
          "\\b(nice[- ]to[- ]have|preferred|bonus|plus|desirable|good to have|ideally)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUIRED_HEADING =
      Pattern.compile(
          "\\b(requirements?|qualifications?|must[- ]haves?|what you (bring|have|need)|you have"
              + "|about you|who you are|minimum)\\b",
          Pattern.CASE_INSENSITIVE);
  // "Skills" or "Experience" alone head a list; "Python experience" is a requirement.
  private static final Pattern REQUIRED_SHORT_HEADING =
      Pattern.compile(
          "(required |key |technical |relevant |your )?(skills|experience)( required)?\\s*:?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DUTIES_HEADING =
      Pattern.compile(
          "\\b(responsibilities|what you('ll| will) do|the role|your role|day[- ]to[- ]day|duties"
              + "|you will)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IGNORED_HEADING =
      Pattern.compile(
          "\\b(about (us|the company|the team)|benefits|perks|we offer|compensation|salary"
              + "|equal opportunity|how to apply)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREFERRED_LINE =
      Pattern.compile(
          "\\b(preferred|nice to have|a plus|is a plus|bonus|ideally|desirable)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARS =
      Pattern.compile(
          "(\\d{1,2})\\s*\\+?\\s*(?:or more\\s+)?(?:years|yrs)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "in",
          "on",
          "to",
          "for",
          "with",
          "by",
          "at",
          "as",
          "is",
          "are",
          "be",
          "you",
          "your",
          "we",
          "our",
          "will",
          "have",
          "has",
          "experience",
          "strong",
          "ability",
          "able",
          "work",
          "working",
          "skill",
          "knowledge",
          "familiarity",
          "understanding",
          "proficiency",
          "proficient",
          "year",
          "plus",
          "preferred",
          "required",
          "excellent",
          "good",
          "solid",
          "deep",
          "least",
          "etc",
          "e.g",
          "i.e",
          "including",
          "such",
          "using",
          "use",
          "like",
          "other",
          "within",
          "across",
          "into",
          "from");
  private static final int MAX_REQUIREMENTS = 60;
  private static final int MAX_HEADING_CHARS = 60;
  private static final double MET = 0.6;
  private static final double PARTLY = 0.3;

  private final ProfileIndex index;

  /**
   * Creates the matcher.
   *
   * @param index the compiled profile (its analyzers stem the words)
   */
  public RequirementMatcher(ProfileIndex index) {
    this.index = index;
  }

  /** What a posting line is, by the heading above it. */
  private enum Mode {
    INTRO,
    REQUIRED,
    PREFERRED,
    DUTIES,
    IGNORED
  }

  /**
   * Judges a posting's requirements against a report and the resume behind it.
   *
   * @param posting the posting parsed like a resume
   * @param postingMatches the profile's matches in the posting
   * @param resume the resume
   * @param report the resume's report (skill statuses, years)
   * @return the requirements in posting order
   */
  public List<RequirementResult> match(
      Resume posting, ResumeMatches postingMatches, Resume resume, FitReport report) {
    Map<Integer, Set<String>> skillsPerSegment = new LinkedHashMap<>();
    for (var e : postingMatches.skills().entrySet()) {
      for (Hit h : e.getValue()) {
        skillsPerSegment.computeIfAbsent(h.segment(), k -> new LinkedHashSet<>()).add(e.getKey());
      }
    }
    Map<String, SkillResult> bySkill = new LinkedHashMap<>();
    report.skills().forEach(s -> bySkill.put(s.id(), s));
    List<Set<String>> resumeWords = new ArrayList<>();
    for (Segment s : resume.segments()) {
      resumeWords.add(countsAsWork(s) ? words(s.text()) : Set.of());
    }
    boolean anyHeading = false;
    for (Segment s : posting.segments()) {
      anyHeading |= heading(s) != null;
    }
    List<RequirementResult> out = new ArrayList<>();
    Mode mode = anyHeading ? Mode.INTRO : Mode.REQUIRED;
    List<Segment> segs = posting.segments();
    for (int i = 0; i < segs.size() && out.size() < MAX_REQUIREMENTS; i++) {
      Segment s = segs.get(i);
      Mode h = heading(s);
      if (h != null) {
        mode = h;
        continue;
      }
      if (mode == Mode.INTRO || mode == Mode.IGNORED) {
        continue;
      }
      String text = s.text().replaceAll("\\s+", " ").strip();
      if (text.length() < 4) {
        continue;
      }
      boolean required = mode != Mode.PREFERRED && !PREFERRED_LINE.matcher(text).find();
      Set<String> skills = skillsPerSegment.getOrDefault(i, Set.of());
      out.add(judge(text, required, mode, skills, bySkill, resume, resumeWords, report));
    }
    return out;
  }

  private RequirementResult judge(
      String text,
      boolean required,
      Mode mode,
      Set<String> skills,
      Map<String, SkillResult> bySkill,
      Resume resume,
      List<Set<String>> resumeWords,
      FitReport report) {
    Matcher years = YEARS.matcher(text);
    RequirementResult byYears = null;
    if (years.find()) {
      double need = Double.parseDouble(years.group(1));
      double have = report.level().yearsOfExperience();
      String status = have >= need ? "met" : have >= need * 0.7 ? "partly_met" : "not_met";
      Evidence ev =
          new Evidence(
              "experience",
              String.format(Locale.ROOT, "%.1f years of professional experience counted", have),
              0,
              0,
              "exact");
      byYears = new RequirementResult(text, "experience", required, status, List.of(ev));
      if (skills.isEmpty()) {
        return byYears;
      }
    }
    if (!skills.isEmpty()) {
      int found = 0;
      int weak = 0;
      List<Evidence> evidence = new ArrayList<>();
      for (String id : skills) {
        SkillResult s = bySkill.get(id);
        if (s == null) {
          continue;
        }
        if (s.status().equals("found")) {
          found++;
        } else if (s.status().equals("weak") || s.status().equals("listed")) {
          weak++;
        }
        if (!s.evidence().isEmpty() && evidence.size() < 3) {
          evidence.add(s.evidence().get(0));
        }
      }
      // "Python or R": any one alternative meets an either-or requirement.
      boolean alternatives = text.toLowerCase(Locale.ROOT).matches(".*\\b(or|one of|any of)\\b.*");
      String status =
          found == skills.size() || (alternatives && found > 0)
              ? "met"
              : found + weak > 0 ? "partly_met" : "not_met";
      if (byYears != null) {
        // "4+ years of machine learning": both the years and the skill must hold.
        status = worse(status, byYears.status());
        evidence.add(0, byYears.evidence().get(0));
      } else if (!status.equals("met")) {
        // The skill's own name may be missing while a bullet says the same in other words.
        RequirementResult byWords = byWords(text, required, mode, resume, resumeWords);
        if (worse(status, byWords.status()).equals(status) && !byWords.status().equals(status)) {
          return byWords;
        }
      }
      return new RequirementResult(text, "skill", required, status, evidence);
    }
    return byWords(text, required, mode, resume, resumeWords);
  }

  private RequirementResult byWords(
      String text, boolean required, Mode mode, Resume resume, List<Set<String>> resumeWords) {
    Set<String> want = words(text);
    double best = 0;
    int bestSeg = -1;
    for (int j = 0; j < resumeWords.size(); j++) {
      Set<String> have = resumeWords.get(j);
      if (want.isEmpty() || have.isEmpty()) {
        continue;
      }
      int shared = 0;
      for (String w : want) {
        shared += have.contains(w) ? 1 : 0;
      }
      double cov = shared / (double) want.size();
      if (cov > best) {
        best = cov;
        bestSeg = j;
      }
    }
    String status = best >= MET ? "met" : best >= PARTLY ? "partly_met" : "not_met";
    List<Evidence> ev = new ArrayList<>();
    if (bestSeg >= 0 && best >= PARTLY) {
      Segment s = resume.segments().get(bestSeg);
      ev.add(
          Scorer.quote(
              resume,
              new Hit(s.start(), s.end(), bestSeg, s.section(), MatchType.STEM),
              MatchType.STEM));
    }
    return new RequirementResult(
        text, mode == Mode.DUTIES ? "responsibility" : "other", required, status, ev);
  }

  private static String worse(String a, String b) {
    List<String> order = List.of("not_met", "partly_met", "met");
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String t : index.stemTokens(text)) {
      if (t.length() > 1 && !STOP.contains(t) && !t.chars().allMatch(Character::isDigit)) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean countsAsWork(Segment s) {
    return s.section() != SectionKind.CONTACT
        && s.section() != SectionKind.SKILLS
        && s.type() != Segment.Type.LINE;
  }

  /** A short line with no bullet that names a posting section, or null. */
  private static Mode heading(Segment s) {
    String t = s.text().strip();
    if (s.type() == Segment.Type.BULLET
        || t.length() > MAX_HEADING_CHARS
        || (t.endsWith(".") && !t.endsWith(":"))) {
      return null;
    }
    if (IGNORED_HEADING.matcher(t).find()) {
      return Mode.IGNORED;
    }
    if (PREFERRED_HEADING.matcher(t).find()) {
      return Mode.PREFERRED;
    }
    if (DUTIES_HEADING.matcher(t).find()) {
      return Mode.DUTIES;
    }
    if (REQUIRED_HEADING.matcher(t).find() || REQUIRED_SHORT_HEADING.matcher(t).matches()) {
      return Mode.REQUIRED;
    }
    return null;
  }
}
