package dev.rolefit.score;

import static dev.rolefit.model.RequirementStatus.MET;
import static dev.rolefit.model.RequirementStatus.NOT_MET;
import static dev.rolefit.model.RequirementStatus.NOT_SCORED;
import static dev.rolefit.model.RequirementStatus.PARTLY_MET;

import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.RequirementResult;
import dev.rolefit.model.GapKind;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.RequirementKind;
import dev.rolefit.model.RequirementStatus;
import dev.rolefit.model.SectionKind;
import dev.rolefit.posting.JobPosting;
import dev.rolefit.posting.internal.Degrees;
import dev.rolefit.posting.internal.Venues;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.PostingMatch;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Segment;
import dev.rolefit.resume.internal.CareerMonths;
import dev.rolefit.score.ResumeEvidence.Standing;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Job-posting mode: judges each item of a posting as met, partly met or not met by a resume, with
 * evidence from the resume and a one-line reason, and sums them into a posting match (0-100,
 * required items weigh twice what preferred ones do). Skills are judged through the profile, terms
 * the profile does not know through the same analysis over the resume; years through the months of
 * the jobs that show the subject; degrees by level and field; soft skills by what the candidate's
 * own work shows. Stateless and thread-safe.
 */
public final class RequirementJudge {
  private static final Pattern OR = Pattern.compile("(?i)\\b(or|one of|any of|either)\\b|/");
  // Words that introduce examples of what comes before them ("frameworks such as PyTorch").
  private static final String ILLUSTRATING =
      "such as|e\\.g\\.?|eg|like|for example|for instance|including";
  private static final Pattern EXAMPLES =
      Pattern.compile(
          "(?i)\\b(" + ILLUSTRATING + ")\\b|\\(|\\b(with|using|in)\\b(?=[^.;]*,[^.;]*\\bor\\b)");
  private static final Pattern HANDS_ON =
      Pattern.compile(
          "(?i)\\b(hands[- ]on|in production|production experience|track record|proven"
              + "|deep (expertise|experience|knowledge)|extensive (experience|expertise)"
              + "|expert[- ]level|in[- ]depth (experience|knowledge)"
              + "|experience (building|deploying|developing|implementing|training|shipping|designing"
              + "|running|operating|leading|writing|fine-tuning|scaling|applying)|have (built|shipped"
              + "|deployed|trained|developed|designed|operated|run|orchestrated|led|used|written"
              + "|maintained|scaled)|deploy\\w* \\w+ (to|in|into)"
              + " production)\\b");
  private static final Pattern GENERAL_SUBJECT =
      Pattern.compile(
          "(?i)^\\W*(of |in )?(\\w+ )?(professional|industry|industrial|relevant|related|work"
              + "|working|full[- ]time|post[- ]?graduate|hands[- ]on|practical|commercial)?\\s*"
              + "(work )?(experience|exp)?\\W*$");
  private static final Pattern RESEARCH = Pattern.compile("(?i)\\bresearch\\b");
  private static final Pattern INDUSTRY =
      Pattern.compile("(?i)\\b(industry|industrial|commercial|production|professional)\\b");
  private static final Pattern PURSUING =
      Pattern.compile(
          "(?i)\\b(pursuing|currently enrolled|enrolled in|working toward\\w*|candidate for"
              + "|current (student|phd|ms|master)|in progress|final[- ]year|graduating"
              + "|return(ing)? to (school|university|your studies))\\b");
  private static final Pattern RECENT_GRADUATE =
      Pattern.compile("(?i)\\b(recent(ly)? grad\\w*|new grad\\w*)\\b");
  private static final Pattern IN_PROGRESS =
      Pattern.compile(
          "(?i)\\b(expected|candidate|in progress|ongoing|present|current|anticipated|pursuing)\\b");
  private static final Pattern EQUIVALENT =
      Pattern.compile("(?i)\\bequivalent\\b.{0,30}\\bexperience\\b|\\bor equivalent\\b");
  // Words that say how much, not what: stemmed with the profile's analyzer at construction.
  private static final String GENERIC_WORDS =
      "experience experienced years year strong ability able work working skill skills knowledge"
          + " familiarity familiar understanding proficiency proficient excellent good solid deep"
          + " least etc including include such use using like other within across into from"
          + " demonstrated demonstrable proven track record relevant related plus preferred required"
          + " requirement must minimum hands practical industry professional expertise background"
          + " field area areas similar equivalent comfortable have has will you your our we the and"
          + " or of in on to for with by at as is are be an a one more desired ideal ideally bonus"
          + " nice great high level modern best new candidate effective effectively capable concepts"
          + " e.g i.e strongly highly significant substantial";
  // "graph-based machine learning", "AI-native engineering": a kind of the field, not the field.
  private static final Pattern KIND_BEFORE =
      Pattern.compile("(?i)\\b(\\p{L}[\\p{L}\\p{N}]*-(?:based|driven|centric))\\s+$");
  private static final Pattern KIND_AFTER =
      Pattern.compile("(?i)^([\\p{L}\\p{N}/]+-(?:native|first|powered)\\s+\\p{L}+)");
  // "Mathematical foundations of machine learning" asks for the mathematics, not the field.
  private static final Pattern FOUNDATIONS =
      Pattern.compile(
          "(?i)\\b(mathemati\\w*|math|statistic\\w*|theoretic\\w*)\\s+(foundations?|underpinnings"
              + "|grounding|basis)\\b");
  private static final Pattern ILLUSTRATION = Pattern.compile("(?i)(" + ILLUSTRATING + "|\\()");
  // Nouns that name a kind of thing without narrowing it: "methods such as", "frameworks like".
  private static final String CATEGORY_NOUNS =
      "method methods technique techniques framework frameworks tool tools library libraries"
          + " algorithm algorithms model models approach approaches system systems platform"
          + " platforms language languages package packages";
  // Code quality asked and shown: tests, reviews and CI show it; released code shows part of it.
  private static final Pattern CODE_ASKED =
      Pattern.compile(
          "(?i)\\b(clean|well[- ]tested|maintainable|readable|production[- ](quality|grade|ready)"
              + "|high[- ]quality|efficient|robust|reusable)\\b[^.;]{0,30}\\bcode\\b|\\bcode quality\\b");
  private static final Pattern CODE_TESTED =
      Pattern.compile(
          "(?i)\\b(unit[- ]tests?|integration tests?|test coverage|test suites?|pytest|junit"
              + "|code reviews?|reviewed code|ci/cd|continuous integration|refactor\\w*"
              + "|type[- ]check\\w*|lint\\w*)\\b");
  private static final Pattern CODE_SHARED =
      Pattern.compile(
          "(?i)\\b(open[- ]sourced?|released|published|maintain\\w*)\\b[^.;]{0,60}\\b(code|library"
              + "|package|suite|toolkit|framework|repository|repo|sdk)\\b|\\bgithub stars\\b|\\bpypi\\b");
  private static final Pattern TECH_TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9+#.]*");

  private final ProfileIndex index;
  // The match's weights and thresholds, from the profile's scoring.postingMatch.
  private final PostingMatch pm;
  private final Set<String> generic;
  private final Set<String> genericRaw = Set.of(GENERIC_WORDS.split(" "));
  // Skills shown by any machine-learning work: the field itself and the scoring's domain methods.
  private final Set<String> broad;
  // The field itself (machine learning, artificial intelligence): what any work in it shows.
  private final Set<String> umbrella;
  private final Set<String> domain;
  // Skills that show the mathematics under the field (the scoring's foundation groups).
  private final Set<String> foundations;
  private final Set<String> softSkills;
  private final Set<String> categoryNouns;

  /**
   * Creates the judge.
   *
   * @param index the compiled profile (its analyzers stem the words)
   */
  public RequirementJudge(ProfileIndex index) {
    this.index = index;
    this.pm = index.profile().scoring().postingMatch();
    this.generic = Set.copyOf(index.stemTokens(GENERIC_WORDS));
    var profile = index.profile();
    this.domain = Scorer.domainSkills(profile);
    Set<String> b = new HashSet<>(profile.scoring().domainSkills());
    Set<String> u = new HashSet<>();
    Set<String> soft = new HashSet<>();
    Set<String> math = new HashSet<>();
    for (var sk : profile.skills()) {
      if (profile.scoring().foundationGroups().contains(sk.group())) {
        math.add(sk.id());
      }
      if (profile.scoring().domainGroups().contains(sk.group()) && sk.specializations().isEmpty()) {
        b.add(sk.id());
        u.add(sk.id());
      }
      if ("soft".equals(sk.category())) {
        soft.add(sk.id());
      }
    }
    this.broad = Set.copyOf(b);
    this.umbrella = Set.copyOf(u);
    this.softSkills = Set.copyOf(soft);
    this.foundations = Set.copyOf(math);
    this.categoryNouns = Set.copyOf(index.stemTokens(CATEGORY_NOUNS));
  }

  /**
   * The judged posting.
   *
   * @param requirements the items, in posting order
   * @param match the posting match, 0..100, NaN when no item can be scored
   * @param gaps the unmet items worth something, most valuable first
   */
  public record Judged(
      List<RequirementResult> requirements, double match, List<FitReport.Gap> gaps) {
    /** Copies the lists. */
    public Judged {
      requirements = List.copyOf(requirements);
      gaps = List.copyOf(gaps);
    }
  }

  /**
   * Judges a posting's items against a resume.
   *
   * @param posting the parsed posting
   * @param items the profile skills each item names, and what is left of it, by item index
   * @param resume the resume's profile matches
   * @param report the resume's report (professional years)
   * @return the items judged, the match and the gaps
   */
  public Judged judge(
      JobPosting posting, List<PostingItems.Item> items, ResumeMatches resume, FitReport report) {
    ResumeEvidence ev = new ResumeEvidence(resume, index);
    Set<String> plain = plainWords(posting);
    List<RequirementResult> out = new ArrayList<>();
    for (int i = 0; i < posting.requirements().size(); i++) {
      JobPosting.Requirement q = posting.requirements().get(i);
      Verdict v = judge(q, items.get(i), ev, plain);
      out.add(
          new RequirementResult(q.text(), q.kind(), q.required(), v.status, v.reason, v.evidence));
    }
    return new Judged(out, match(out), gaps(out));
  }

  /** A status with its reason and evidence. */
  private record Verdict(RequirementStatus status, String reason, List<Evidence> evidence) {
    static Verdict of(RequirementStatus status, String reason, Evidence... ev) {
      List<Evidence> list = new ArrayList<>();
      for (Evidence e : ev) {
        if (e != null && list.size() < 3) {
          list.add(e);
        }
      }
      return new Verdict(status, reason, list);
    }

    int rank() {
      return RequirementJudge.rank(status);
    }
  }

  /**
   * Words that are no tool even when capitalised: those the posting also writes in lower case
   * ("Model Risk Committee" beside "model results"), and the company's and title's words.
   */
  private static Set<String> plainWords(JobPosting posting) {
    Set<String> out = new HashSet<>();
    StringBuilder all = new StringBuilder(posting.company()).append(' ').append(posting.title());
    for (String w : all.toString().split("[^\\p{L}\\p{N}+#]+")) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    for (JobPosting.Requirement q : posting.requirements()) {
      for (String w : q.text().split("[^\\p{L}\\p{N}+#]+")) {
        if (!w.isEmpty()
            && w.equals(w.toLowerCase(Locale.ROOT))
            && Character.isLetter(w.charAt(0))) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private Verdict judge(
      JobPosting.Requirement q, PostingItems.Item item, ResumeEvidence ev, Set<String> plain) {
    String text = q.text();
    Set<String> skills = item.skills().keySet();
    String residue = item.residue();
    List<String> terms = terms(residue, plain);
    return switch (q.kind()) {
      case LOCATION -> Verdict.of(NOT_SCORED, "Where the job is: for you to check, not scored.");
      case WORK_AUTHORIZATION ->
          Verdict.of(NOT_SCORED, "The right to work: for you to check, not scored.");
      case EXPERIENCE -> years(q, skills, residue, ev);
      case DEGREE -> degree(text, ev);
      case SOFT_SKILL -> soft(text, ev);
      case CERTIFICATION -> certification(text, ev);
      case PUBLICATIONS -> publications(text, ev);
      case RESPONSIBILITY, SKILL -> {
        if (skills.isEmpty() && CODE_ASKED.matcher(text).find()) {
          yield code(ev);
        }
        if (!SoftSkills.asked(text).isEmpty()
            && softSkills.containsAll(skills)
            && terms.isEmpty()) {
          // "Communicate with executives and cross-functional stakeholders": a soft skill.
          yield soft(text, ev);
        }
        if (skills.isEmpty() && terms.isEmpty()) {
          yield words(text, ev);
        }
        // For a duty, skill() already weighs the words of the bullets when the things fall short.
        yield skill(text, item, terms, ev, q.kind() == RequirementKind.RESPONSIBILITY);
      }
    };
  }

  private static Verdict better(Verdict a, Verdict b) {
    if (b == null) {
      return a;
    }
    return b.rank() > a.rank() ? b : a;
  }

  // ---- skills and terms -------------------------------------------------------------------

  /** One thing an item names (a profile skill or a term), with how the resume shows it. */
  private record Thing(String name, Standing standing, Evidence quote) {}

  private Verdict skill(
      String text, PostingItems.Item item, List<String> terms, ResumeEvidence ev, boolean duty) {
    Named named = named(text, item, terms, ev);
    if (named.head().isEmpty() && named.examples().isEmpty()) {
      return words(text, ev);
    }
    satisfyImplied(item, named.head(), ev);
    boolean handsOn = HANDS_ON.matcher(text).find();
    List<Thing> all = standFor(named.head(), best(named.examples()));
    List<Evidence> quotes = new ArrayList<>();
    for (Thing t : all) {
      if (t.quote() != null && quotes.size() < 3) {
        quotes.add(t.quote());
      }
    }
    if (names(all, null).size() > 0
        && headShownWhole(text, named.examplesAt(), item, named.head())) {
      // "Preference optimization methods such as RLHF or DPO": the examples only illustrate.
      all.removeIf(t -> t.standing() == null);
    }
    Verdict v = verdict(all, named.anyOne(), duty, handsOn, quotes);
    if (v.status() != NOT_MET && umbrella.containsAll(item.skills().keySet()) && terms.isEmpty()) {
      String kind = kindOfField(text, item);
      List<String> has = concat(names(all, Standing.WORK), names(all, Standing.CLAIM));
      if (!kind.isEmpty() && !mentioned(kind, ev)) {
        // "Graph-based machine learning" is not shown by machine learning on tables.
        return new Verdict(
            NOT_MET, "Has " + join(has) + ", but nothing shows " + kind + " work.", quotes);
      }
      if (!foundations.isEmpty()
          && FOUNDATIONS.matcher(text).find()
          && foundations.stream().noneMatch(id -> ev.skill(id) != null)) {
        return new Verdict(
            NOT_MET, "Has " + join(has) + ", but nothing shows its mathematics.", quotes);
      }
    }
    // The skill's own name may be missing while a bullet says the same in other words.
    return v.status() == MET || !duty && !handsOn ? v : better(v, words(text, ev));
  }

  /**
   * What an item names, split at its examples: "deep learning frameworks such as PyTorch or JAX"
   * asks for the head, and one example is enough.
   *
   * @param head the things before the examples
   * @param examples the things after "such as", "e.g." or "with A, B or C"
   * @param examplesAt where the examples start, {@code Integer.MAX_VALUE} when there are none
   * @param anyOne whether the head is a list of alternatives ("A or B")
   */
  private record Named(List<Thing> head, List<Thing> examples, int examplesAt, boolean anyOne) {}

  private Named named(String text, PostingItems.Item item, List<String> terms, ResumeEvidence ev) {
    java.util.regex.Matcher ex = EXAMPLES.matcher(text);
    int examplesAt = ex.find() ? ex.start() : Integer.MAX_VALUE;
    boolean anyOne =
        OR.matcher(examplesAt == Integer.MAX_VALUE ? text : text.substring(0, examplesAt)).find();
    List<Thing> head = new ArrayList<>();
    List<Thing> examples = new ArrayList<>();
    for (var e : item.skills().entrySet()) {
      String id = e.getKey();
      Thing t = new Thing(name(id), standing(id, ev), ev.skillQuote(id));
      (e.getValue() >= examplesAt ? examples : head).add(t);
    }
    for (String term : terms) {
      Thing t = term(term, ev);
      (item.residue().indexOf(term) >= examplesAt ? examples : head).add(t);
    }
    return new Named(head, examples, examplesAt, anyOne);
  }

  /** The head's things, where an example shown stands for the kind it is an example of. */
  private static List<Thing> standFor(List<Thing> head, Thing bestExample) {
    List<Thing> all = new ArrayList<>();
    for (Thing t : head) {
      boolean stands =
          t.standing() == null && bestExample != null && bestExample.standing() != null;
      all.add(stands ? new Thing(t.name(), bestExample.standing(), bestExample.quote()) : t);
    }
    if (bestExample != null) {
      all.add(bestExample);
    }
    return all;
  }

  /** The status of an item's things by how the resume shows each: in work, listed or not at all. */
  private static Verdict verdict(
      List<Thing> all, boolean anyOne, boolean duty, boolean handsOn, List<Evidence> quotes) {
    List<String> shown = names(all, Standing.WORK);
    List<String> listed = names(all, Standing.CLAIM);
    List<String> missing = names(all, null);
    boolean allThere = missing.isEmpty() || anyOne && !(shown.isEmpty() && listed.isEmpty());
    boolean allShown = listed.isEmpty() && missing.isEmpty() || anyOne && !shown.isEmpty();
    if (allShown) {
      return new Verdict(MET, "Shown in your work: " + join(shown) + ".", quotes);
    }
    if (allThere && duty && shown.isEmpty()) {
      // A duty is work done; a skills list does not show it was done.
      return new Verdict(
          NOT_MET,
          "Only listed (" + join(listed) + "); no job or project shows this work.",
          quotes);
    }
    if (allThere && handsOn && shown.isEmpty()) {
      return new Verdict(
          PARTLY_MET,
          "Only listed (" + join(listed) + "); no job or project shows you using it.",
          quotes);
    }
    if (allThere) {
      // Once a bullet shows the activity, the tools named with it may be anywhere on the resume.
      String reason =
          shown.isEmpty()
              ? "Listed in your skills: " + join(listed) + "."
              : "Shown or listed: " + join(concat(shown, listed)) + ".";
      return new Verdict(MET, reason, quotes);
    }
    if (!shown.isEmpty() || !listed.isEmpty()) {
      // A duty names several things; doing most of them is doing the duty.
      boolean most = duty && shown.size() * 2 > all.size();
      return new Verdict(
          most ? MET : PARTLY_MET,
          "Has " + join(concat(shown, listed)) + "; not found: " + join(missing) + ".",
          quotes);
    }
    return new Verdict(NOT_MET, "Not found in the resume: " + join(missing) + ".", quotes);
  }

  /**
   * Whether the words before "such as" are all named skills the candidate's work shows, so the
   * examples after it illustrate rather than add ("EHR data standards such as FHIR" names more).
   */
  private boolean headShownWhole(
      String text, int examplesAt, PostingItems.Item item, List<Thing> head) {
    if (examplesAt == Integer.MAX_VALUE
        || !ILLUSTRATION.matcher(text.substring(examplesAt)).lookingAt()
        || head.isEmpty()
        || head.stream().anyMatch(t -> t.standing() != Standing.WORK)) {
      return false;
    }
    Set<String> left =
        content(item.residue().substring(0, Math.min(examplesAt, item.residue().length())));
    left.removeAll(categoryNouns);
    return left.isEmpty();
  }

  /** The kind of the field an item narrows to ("graph-based", "AI-native"), or "". */
  private static String kindOfField(String text, PostingItems.Item item) {
    for (int at : item.skills().values()) {
      var before = KIND_BEFORE.matcher(text.substring(0, at));
      if (before.find()) {
        return before.group(1);
      }
      var after = KIND_AFTER.matcher(text.substring(at));
      if (after.find()) {
        return after.group(1);
      }
    }
    return "";
  }

  private boolean mentioned(String kind, ResumeEvidence ev) {
    // What the kind adds: "graph" of "graph-based", "AI native" of "AI-native engineering".
    String adds =
        kind.replaceAll("(?i)-(based|driven|centric)$", "").replaceAll("\\s+\\p{L}+$", "");
    List<String> want = new ArrayList<>(index.stemTokens(adds));
    want.removeAll(generic);
    return want.isEmpty() || lookUp(kind, want, ev).standing() != null;
  }

  /** A skill's standing; the field itself ("machine learning") is shown by any work in it. */
  private Standing standing(String id, ResumeEvidence ev) {
    Standing s = ev.skill(id);
    if (s != Standing.WORK && umbrella.contains(id)) {
      for (String d : domain) {
        if (ev.skill(d) == Standing.WORK) {
          return Standing.WORK;
        }
      }
    }
    return s;
  }

  /** A missing skill counts as there when another the item names implies or includes it. */
  private void satisfyImplied(PostingItems.Item item, List<Thing> things, ResumeEvidence ev) {
    var profile = index.profile();
    for (int i = 0; i < things.size(); i++) {
      Thing t = things.get(i);
      if (t.standing() != null) {
        continue;
      }
      for (String other : item.skills().keySet()) {
        var sk = profile.skill(other);
        Standing st = ev.skill(other);
        if (st == null || sk.isEmpty()) {
          continue;
        }
        boolean implies =
            sk.get().implies().stream().anyMatch(x -> name(x).equals(t.name()))
                || sk.get().includes().stream().anyMatch(x -> name(x).equals(t.name()));
        if (implies) {
          things.set(i, new Thing(t.name(), st, t.quote()));
          break;
        }
      }
    }
  }

  private static Thing best(List<Thing> things) {
    Thing best = null;
    for (Thing t : things) {
      if (best == null || order(t.standing()) > order(best.standing())) {
        best = t;
      }
    }
    return best;
  }

  private static int order(Standing s) {
    return s == Standing.WORK ? 2 : s == Standing.CLAIM ? 1 : 0;
  }

  private static List<String> names(List<Thing> things, Standing standing) {
    List<String> out = new ArrayList<>();
    for (Thing t : things) {
      if (t.standing() == standing) {
        out.add(t.name());
      }
    }
    return out;
  }

  private String name(String id) {
    return index.profile().skill(id).map(RoleProfile.Skill::name).orElse(id);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** A term the profile does not know, looked up with the profile's analysis over the resume. */
  private Thing term(String term, ResumeEvidence ev) {
    return lookUp(term, index.stemTokens(term), ev);
  }

  /** Where the resume holds all these stems in one segment, work before claims. */
  private static Thing lookUp(String term, List<String> want, ResumeEvidence ev) {
    Standing best = null;
    Evidence quote = null;
    for (int i = 0; i < ev.size() && !want.isEmpty(); i++) {
      Standing s = ev.standing(i);
      if (s == Standing.NONE || !ev.stems(i).containsAll(want)) {
        continue;
      }
      if (s == Standing.WORK) {
        return new Thing(term, s, ev.quote(i));
      }
      if (best == null) {
        best = s;
        quote = ev.quote(i);
      }
    }
    return new Thing(term, best, quote);
  }

  /**
   * Tool-like words of an item the profile did not match: names written with capitals or digits
   * ("Snowflake", "dbt" is not caught, "Ray", "CUDA", "C#"), not the item's first word.
   */
  List<String> terms(String residue, Set<String> plain) {
    Set<String> out = new LinkedHashSet<>();
    var m = TECH_TOKEN.matcher(residue);
    boolean first = true;
    while (m.find()) {
      String t = m.group().replaceAll("[.]+$", "");
      boolean isFirst = first;
      first = false;
      boolean titleWord =
          t.length() > 1 && t.substring(1).equals(t.substring(1).toLowerCase(Locale.ROOT));
      if ((isFirst || sentenceStart(residue, m.start())) && titleWord || t.length() < 2) {
        continue;
      }
      boolean capital = Character.isUpperCase(t.charAt(0));
      boolean inner =
          t.chars().skip(1).anyMatch(Character::isUpperCase) || t.matches(".*[0-9+#].*");
      if (!(capital || inner)) {
        continue;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (NOT_TERMS.contains(lower)
          || plain.contains(lower) && !inner
          || index.stemTokens(t).stream().allMatch(generic::contains)) {
        continue;
      }
      out.add(t);
    }
    return List.copyOf(out);
  }

  /** Whether a word opens a sentence or a clause after a colon ("... to: Improve user ..."). */
  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && i < at - 1 && ".:;!?&".indexOf(text.charAt(i)) >= 0;
  }

  // Capitalised words that are not tools: degree names, places, team words.
  private static final Set<String> NOT_TERMS =
      Set.of(
          "phd",
          "ms",
          "bs",
          "msc",
          "bsc",
          "ba",
          "ma",
          "master",
          "masters",
          "bachelor",
          "bachelors",
          "experience",
          "strong",
          "excellent",
          "familiarity",
          "knowledge",
          "proficiency",
          "ability",
          "understanding",
          "a",
          "an",
          "the",
          "you",
          "we",
          "our",
          "your",
          "must",
          "nice",
          "plus",
          "bonus",
          "preferred",
          "required",
          "ideally",
          "at",
          "in",
          "and",
          "or",
          "with",
          "etc",
          "e.g",
          "i.e",
          "eg",
          "ie",
          "us",
          "uk",
          "eu",
          "ml",
          "ai",
          "api",
          "apis");

  // ---- words (duties and plain sentences) -------------------------------------------------

  private Verdict words(String text, ResumeEvidence ev) {
    Set<String> want = content(text);
    double bestWork = 0;
    int bestWorkSeg = -1;
    double bestClaim = 0;
    int bestClaimSeg = -1;
    for (int j = 0; j < ev.size() && !want.isEmpty(); j++) {
      Standing s = ev.standing(j);
      if (s == Standing.NONE || ev.segment(j).type() == Segment.Type.LINE && s == Standing.WORK) {
        continue;
      }
      Set<String> have = ev.stems(j);
      int shared = 0;
      for (String w : want) {
        shared += have.contains(w) ? 1 : 0;
      }
      double cov = shared / (double) want.size();
      if (s == Standing.WORK && cov > bestWork) {
        bestWork = cov;
        bestWorkSeg = j;
      } else if (s == Standing.CLAIM && cov > bestClaim) {
        bestClaim = cov;
        bestClaimSeg = j;
      }
    }
    if (bestWork >= pm.wordsMet()) {
      return Verdict.of(MET, "A bullet of your work says the same.", ev.quote(bestWorkSeg));
    }
    if (bestWork >= pm.wordsPartly()) {
      return Verdict.of(PARTLY_MET, "A bullet of your work comes close.", ev.quote(bestWorkSeg));
    }
    if (bestClaim >= pm.wordsMet()) {
      return Verdict.of(
          PARTLY_MET,
          "Claimed in your summary or skills, not shown in your work.",
          ev.quote(bestClaimSeg));
    }
    return Verdict.of(NOT_MET, "Nothing in the resume shows this.");
  }

  private Set<String> content(String text) {
    Set<String> out = new LinkedHashSet<>();
    // Drop the generic words before stemming: "experiments" and "experience" share a stem.
    StringBuilder kept = new StringBuilder();
    for (String w : IrregularVerbs.present(text).split("[^\\p{L}\\p{N}+#.-]+")) {
      if (!w.isEmpty() && !genericRaw.contains(w.toLowerCase(Locale.ROOT))) {
        kept.append(w).append(' ');
      }
    }
    for (String t : index.stemTokens(kept.toString())) {
      if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
        out.add(t);
      }
    }
    return out;
  }

  // ---- years ------------------------------------------------------------------------------

  private Verdict years(
      JobPosting.Requirement q, Set<String> skills, String residue, ResumeEvidence ev) {
    int need = q.years();
    String subject = q.text().replaceFirst("(?i).*?\\b(years?|yrs)\\b", "");
    String rest = residue.replaceFirst("(?i).*?\\b(years?|yrs)\\b", "");
    Set<String> words = content(rest);
    words.removeIf(w -> w.length() < 3);
    // "Years of research experience in X": research is how, X is what must be shown.
    words.removeAll(index.stemTokens("research"));
    boolean general =
        skills.isEmpty() && (words.isEmpty() || GENERAL_SUBJECT.matcher(subject).matches());
    boolean industry = INDUSTRY.matcher(q.text()).find();
    boolean research = RESEARCH.matcher(q.text()).find() && !industry;
    double have;
    String what;
    List<Evidence> quotes = new ArrayList<>();
    if (general) {
      have = ev.resume().monthsOfExperience() / 12.0;
      if (ev.resume().statedYears().isPresent()) {
        have = Math.max(have, ev.resume().statedYears().getAsInt());
      }
      what = "of professional experience";
      for (ExperienceEntry e : ev.entries()) {
        if (e.weight() > 0 && quotes.size() < 3) {
          quotes.add(entryQuote(e));
        }
      }
    } else {
      List<ExperienceEntry> showing = new ArrayList<>();
      boolean anyOf = OR.matcher(rest).find();
      for (ExperienceEntry e : ev.entries()) {
        if (shows(e, skills, words, anyOf, ev)) {
          showing.add(e);
        }
      }
      int months =
          CareerMonths.professional(
              showing,
              e -> {
                if (e.kind() == EntryKind.EDUCATION) {
                  return e.doctoral() && !industry ? 1.0 : 0.0;
                }
                if (industry && (e.kind() == EntryKind.FACULTY || e.kind() == EntryKind.POSTDOC)) {
                  return 0.0;
                }
                if (research && e.kind() == EntryKind.RESEARCH_ASSISTANT) {
                  // Years of research: a doctoral research assistantship is research full time.
                  return 1.0;
                }
                return Math.max(e.weight(), e.kind() == EntryKind.RESEARCH_ASSISTANT ? 0.5 : 0.0);
              });
      have = months / 12.0;
      for (ExperienceEntry e : showing) {
        if (quotes.size() < 3) {
          quotes.add(entryQuote(e));
        }
      }
      what = "in jobs that show " + subjectName(skills, words, subject);
    }
    String haveText = String.format(Locale.ROOT, "%.1f years %s", have, what);
    String needText = " (the posting asks for " + need + ")";
    if (have >= need) {
      return new Verdict(MET, haveText + needText + ".", quotes);
    }
    if (have >= pm.yearsPartly() * need && have > 0) {
      return new Verdict(PARTLY_MET, haveText + needText + ".", quotes);
    }
    if (have == 0 && !general && seenAnywhere(skills, ev)) {
      // Named in the skills list or a summary, but no dated job shows it: its years are unknown.
      return new Verdict(
          PARTLY_MET,
          "Named in the resume, but no dated job shows it, so its years cannot be counted"
              + needText
              + ".",
          quotes);
    }
    return new Verdict(NOT_MET, haveText + needText + ".", quotes);
  }

  private static boolean seenAnywhere(Set<String> skills, ResumeEvidence ev) {
    for (String id : skills) {
      if (ev.skill(id) != null) {
        return true;
      }
    }
    return false;
  }

  private static Evidence entryQuote(ExperienceEntry e) {
    return new Evidence(e.section(), clip(e.heading()), e.start(), e.headingEnd(), MatchType.ENTRY);
  }

  private String subjectName(Set<String> skills, Set<String> words, String subject) {
    if (!skills.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String id : skills) {
        names.add(name(id));
      }
      return join(names);
    }
    String s =
        subject
            .replaceAll("(?i)^\\W*(of|in|with)?\\s*(\\w+ )?experience\\s*(in|with|of)?\\s*", "")
            .strip();
    return s.isEmpty() ? String.join(" ", words) : clip(s.replaceAll("[.;]+$", ""));
  }

  private boolean shows(
      ExperienceEntry e, Set<String> skills, Set<String> words, boolean anyOf, ResumeEvidence ev) {
    Set<String> look = new HashSet<>(skills);
    if (skills.stream().anyMatch(broad::contains)) {
      // "Experience building machine learning models": any machine-learning work shows it.
      look.addAll(domain);
    }
    for (String id : look) {
      if (ev.skillIn(id, e)) {
        return true;
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    Set<String> have = ev.entryStems(e);
    int shared = 0;
    for (String w : words) {
      shared += have.contains(w) ? 1 : 0;
    }
    // "Credit risk or other statistical models": one of the alternatives is enough.
    return shared >= Math.max(1, Math.ceil(words.size() / (anyOf ? 3.0 : 2.0)));
  }

  // ---- degrees ----------------------------------------------------------------------------

  /** A degree the resume holds or is working towards. */
  private record Held(
      Degrees.Level level, Set<String> fields, boolean inProgress, Evidence quote) {}

  private Verdict degree(String text, ResumeEvidence ev) {
    EnumSet<Degrees.Level> asked = Degrees.levels(text);
    Set<String> fields = Degrees.fields(text.replaceAll("(?i)\\bdegree\\b", ""));
    boolean related = Degrees.acceptsRelated(text) || fields.isEmpty();
    // "Final year or recent graduate": a student or a graduate will do.
    boolean pursuing = PURSUING.matcher(text).find() && !RECENT_GRADUATE.matcher(text).find();
    Degrees.Level min = asked.isEmpty() ? Degrees.Level.BACHELOR : asked.iterator().next();
    List<Held> held = held(ev);
    Held best = null;
    RequirementStatus bestStatus = NOT_MET;
    String bestReason = held.isEmpty() ? "No degree found in the resume." : "";
    for (Held h : held) {
      boolean fieldOk = fieldOk(h.fields(), fields, related);
      boolean levelOk;
      if (pursuing) {
        levelOk = asked.isEmpty() || asked.contains(h.level());
      } else {
        levelOk = h.level().compareTo(min) >= 0;
      }
      RequirementStatus status;
      String reason;
      String name =
          h.level().display()
              + (h.fields().isEmpty() ? "" : " in " + String.join(", ", h.fields()));
      if (pursuing) {
        if (h.inProgress() && levelOk && fieldOk) {
          status = MET;
          reason = "You are working towards a " + name + ".";
        } else if (levelOk && fieldOk) {
          status = PARTLY_MET;
          reason = "You hold a " + name + "; the posting asks for a current student.";
        } else if (h.inProgress()) {
          status = NOT_MET;
          reason = "You are working towards a " + name + ", not the degree or field asked for.";
        } else {
          status = NOT_MET;
          reason = "Your " + name + " is not the degree asked for.";
        }
      } else if (levelOk && fieldOk && !h.inProgress()) {
        status = MET;
        reason =
            "Your "
                + name
                + " meets a "
                + min.display()
                + " requirement"
                + (fields.isEmpty() ? "." : " in this field.");
      } else if (levelOk && fieldOk) {
        status = PARTLY_MET;
        reason = "Your " + name + " is in progress.";
      } else if (levelOk) {
        status = NOT_MET;
        reason = "Your " + name + " is in another field than the posting names.";
      } else if (fieldOk) {
        status = NOT_MET;
        reason = "Your " + name + " is below the " + min.display() + " asked for.";
      } else {
        status = NOT_MET;
        reason = "Your " + name + " is neither the level nor the field asked for.";
      }
      if (best == null || rank(status) > rank(bestStatus)) {
        best = h;
        bestStatus = status;
        bestReason = reason;
      }
    }
    if (bestStatus != MET && EQUIVALENT.matcher(text).find()) {
      double years = ev.resume().monthsOfExperience() / 12.0;
      if (years >= pm.equivalentYears()) {
        return Verdict.of(
            MET,
            String.format(
                Locale.ROOT,
                "The posting accepts equivalent experience: %.1f years of professional experience.",
                years),
            best == null ? null : best.quote());
      }
    }
    return Verdict.of(bestStatus, bestReason, best == null ? null : best.quote());
  }

  /** Better verdicts rank higher: met over partly met over the rest. */
  private static int rank(RequirementStatus status) {
    return switch (status) {
      case MET -> 2;
      case PARTLY_MET -> 1;
      case NOT_MET, NOT_SCORED -> 0;
    };
  }

  private static boolean fieldOk(Set<String> have, Set<String> want, boolean related) {
    if (want.isEmpty() && related) {
      return true;
    }
    for (String f : have) {
      if (want.contains(f) || related && Degrees.quantitative(f)) {
        return true;
      }
    }
    // A degree line without a field ("PhD, 2019") says nothing against the field.
    return have.isEmpty() && related;
  }

  private List<Held> held(ResumeEvidence ev) {
    List<Held> out = new ArrayList<>();
    YearMonth anchor = ev.resume().anchor().month();
    Set<Integer> seen = new HashSet<>();
    for (ExperienceEntry e : ev.entries()) {
      if (e.kind() != EntryKind.EDUCATION && e.section() != SectionKind.EDUCATION) {
        continue;
      }
      String line = e.title() + " " + e.heading();
      EnumSet<Degrees.Level> levels = Degrees.levels(line);
      if (levels.isEmpty()) {
        continue;
      }
      boolean progress =
          e.dates().present()
              || e.dates().to().isAfter(anchor)
              || IN_PROGRESS.matcher(e.heading()).find();
      Evidence quote =
          new Evidence(e.section(), clip(e.heading()), e.start(), e.headingEnd(), MatchType.ENTRY);
      out.add(new Held(highest(levels), Degrees.fields(line), progress, quote));
      for (int i = 0; i < ev.size(); i++) {
        if (ev.segment(i).start() >= e.start() && ev.segment(i).start() < e.headingEnd()) {
          seen.add(i);
        }
      }
    }
    // Degree lines outside any dated entry (an education section of plain lines).
    for (int i = 0; i < ev.size(); i++) {
      Segment s = ev.segment(i);
      if (seen.contains(i) || s.section() != SectionKind.EDUCATION) {
        continue;
      }
      EnumSet<Degrees.Level> levels = Degrees.levels(s.text());
      if (levels.isEmpty()) {
        continue;
      }
      String around = s.text() + " " + (i + 1 < ev.size() ? ev.segment(i + 1).text() : "");
      out.add(
          new Held(
              highest(levels),
              Degrees.fields(s.text()),
              IN_PROGRESS.matcher(around).find(),
              ev.quote(i)));
    }
    return out;
  }

  private static Degrees.Level highest(EnumSet<Degrees.Level> levels) {
    Degrees.Level top = Degrees.Level.BACHELOR;
    for (Degrees.Level l : levels) {
      top = l;
    }
    return top;
  }

  // ---- soft skills, certifications, publications -----------------------------------------

  private Verdict soft(String text, ResumeEvidence ev) {
    List<SoftSkills.Family> asked = SoftSkills.asked(text);
    if (asked.isEmpty()) {
      return words(text, ev);
    }
    List<String> shown = new ArrayList<>();
    List<String> claimed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Evidence> quotes = new ArrayList<>();
    for (SoftSkills.Family f : asked) {
      int work = -1;
      int claim = -1;
      for (int i = 0; i < ev.size() && work < 0; i++) {
        Standing s = ev.standing(i);
        if (s == Standing.NONE || !f.shown().matcher(ev.segment(i).text()).find()) {
          continue;
        }
        if (s == Standing.WORK) {
          work = i;
        } else if (claim < 0 && f.asked().matcher(ev.segment(i).text()).find()) {
          claim = i;
        }
      }
      if (work < 0 && sectionShows(f, ev)) {
        work = firstOf(ev, f);
      }
      if (work >= 0) {
        shown.add(f.name());
        if (quotes.size() < 3) {
          quotes.add(ev.quote(work));
        }
      } else if (claim >= 0) {
        claimed.add(f.name());
        if (quotes.size() < 3) {
          quotes.add(ev.quote(claim));
        }
      } else {
        missing.add(f.name());
      }
    }
    if (missing.isEmpty() && claimed.isEmpty()) {
      return new Verdict(MET, "Your work shows " + join(shown) + ".", quotes);
    }
    if (!shown.isEmpty() || !claimed.isEmpty()) {
      String reason =
          shown.isEmpty()
              ? "Claimed (" + join(claimed) + ") but no job or project shows it."
              : "Your work shows " + join(shown) + "; not " + join(concat(claimed, missing)) + ".";
      return new Verdict(PARTLY_MET, reason, quotes);
    }
    return new Verdict(NOT_MET, "Nothing in your work shows " + join(missing) + ".", quotes);
  }

  /** Talks, publications and teaching sections show communication by being there. */
  private static boolean sectionShows(SoftSkills.Family f, ResumeEvidence ev) {
    return f.name().equals("communication") && firstOf(ev, f) >= 0;
  }

  private static int firstOf(ResumeEvidence ev, SoftSkills.Family f) {
    for (int i = 0; i < ev.size(); i++) {
      SectionKind k = ev.segment(i).section();
      if (k == SectionKind.TALKS || k == SectionKind.PUBLICATIONS || k == SectionKind.TEACHING) {
        return i;
      }
    }
    return -1;
  }

  /** "Write clean, well-tested code": tests and reviews show it; released code shows part. */
  private static Verdict code(ResumeEvidence ev) {
    int shared = -1;
    for (int i = 0; i < ev.size(); i++) {
      if (ev.standing(i) != Standing.WORK) {
        continue;
      }
      String t = ev.segment(i).text();
      if (CODE_TESTED.matcher(t).find()) {
        return Verdict.of(MET, "Your work shows tested or reviewed code.", ev.quote(i));
      }
      if (shared < 0 && CODE_SHARED.matcher(t).find()) {
        shared = i;
      }
    }
    if (shared >= 0) {
      return Verdict.of(
          PARTLY_MET,
          "You released code others use; nothing shows how it is tested or reviewed.",
          ev.quote(shared));
    }
    return Verdict.of(NOT_MET, "Nothing in your work shows the quality of your code.");
  }

  private Verdict certification(String text, ResumeEvidence ev) {
    Set<String> want = content(text.replaceAll("(?i)\\b(certifi\\w*|certified|licen\\w*)\\b", " "));
    double best = 0;
    int at = -1;
    boolean anyCert = false;
    for (int i = 0; i < ev.size(); i++) {
      if (ev.standing(i) == Standing.NONE) {
        continue;
      }
      String t = ev.segment(i).text();
      boolean cert =
          ev.segment(i).section() == SectionKind.CERTIFICATIONS
              || t.toLowerCase(Locale.ROOT).contains("certif");
      if (!cert) {
        continue;
      }
      anyCert = true;
      int shared = 0;
      for (String w : want) {
        shared += ev.stems(i).contains(w) ? 1 : 0;
      }
      double cov = want.isEmpty() ? 1 : shared / (double) want.size();
      if (cov > best) {
        best = cov;
        at = i;
      }
    }
    if (best >= pm.certificationMet()) {
      return Verdict.of(MET, "The resume lists this certification.", ev.quote(at));
    }
    if (anyCert && best > 0) {
      return Verdict.of(
          PARTLY_MET, "You list a related certification, not this one.", ev.quote(at));
    }
    return Verdict.of(NOT_MET, "No such certification in the resume.");
  }

  private Verdict publications(String text, ResumeEvidence ev) {
    Set<String> venues = new LinkedHashSet<>();
    var m = Venues.PATTERN.matcher(text);
    while (m.find()) {
      venues.add(m.group().toLowerCase(Locale.ROOT));
    }
    int anyPub = -1;
    for (int i = 0; i < ev.size(); i++) {
      Segment s = ev.segment(i);
      boolean pub = s.section() == SectionKind.PUBLICATIONS || s.section() == SectionKind.TALKS;
      if (!pub) {
        continue;
      }
      if (anyPub < 0) {
        anyPub = i;
      }
      var v = Venues.PATTERN.matcher(s.text());
      while (v.find()) {
        String venue = v.group().toLowerCase(Locale.ROOT);
        if (venues.isEmpty()
            || venues.contains(venue)
            || venue.equals("nips") && venues.contains("neurips")) {
          return Verdict.of(MET, "You have published at " + v.group() + ".", ev.quote(i));
        }
      }
    }
    if (anyPub >= 0) {
      return Verdict.of(
          venues.isEmpty() ? MET : NOT_MET,
          venues.isEmpty()
              ? "The resume lists publications."
              : "You have publications, not at the venues named.",
          ev.quote(anyPub));
    }
    return Verdict.of(NOT_MET, "No publications in the resume.");
  }

  // ---- the match and the gaps --------------------------------------------------------------

  private double weight(RequirementResult q) {
    return q.required() ? pm.requiredWeight() : pm.preferredWeight();
  }

  private double credit(RequirementResult q) {
    return switch (q.status()) {
      case MET -> 1.0;
      case PARTLY_MET -> pm.partlyCredit();
      case NOT_MET, NOT_SCORED -> 0.0;
    };
  }

  private double totalWeight(List<RequirementResult> reqs) {
    double w = 0;
    for (RequirementResult q : reqs) {
      w += q.status() == NOT_SCORED ? 0 : weight(q);
    }
    return w;
  }

  private double match(List<RequirementResult> reqs) {
    double total = totalWeight(reqs);
    if (total == 0) {
      return Double.NaN;
    }
    double got = 0;
    for (RequirementResult q : reqs) {
      got += q.status() == NOT_SCORED ? 0 : weight(q) * credit(q);
    }
    return Math.round(1000 * got / total) / 10.0;
  }

  private List<FitReport.Gap> gaps(List<RequirementResult> reqs) {
    double total = totalWeight(reqs);
    List<RequirementResult> open = new ArrayList<>();
    for (RequirementResult q : reqs) {
      if (q.status() != NOT_SCORED && q.status() != MET) {
        open.add(q);
      }
    }
    open.sort(
        Comparator.comparing((RequirementResult q) -> !q.required())
            .thenComparing(q -> q.status() == PARTLY_MET)
            .thenComparing(q -> -weight(q) * (1 - credit(q))));
    List<FitReport.Gap> out = new ArrayList<>();
    for (RequirementResult q : open) {
      double gain = Math.round(1000 * weight(q) * (1 - credit(q)) / total) / 10.0;
      if (gain < 0.1) {
        continue;
      }
      String need = q.required() ? "required" : "preferred";
      String head =
          q.status() == NOT_MET ? "Not met (" + need + "): " : "Partly met (" + need + "): ";
      out.add(
          new FitReport.Gap(
              GapKind.REQUIREMENT, q.kind().id(), head + clip(q.text()), gain, advice(q)));
    }
    return out;
  }

  /** What to do about an unmet item; never "repeat the posting's words". */
  static String advice(RequirementResult q) {
    boolean partly = q.status() == PARTLY_MET;
    return switch (q.kind()) {
      case EXPERIENCE ->
          "If earlier jobs involved this, say so in those jobs' bullets so their dates count;"
              + " otherwise the years are a real gap for this posting.";
      case DEGREE ->
          "List each degree with its level, field and year (or expected year) in Education;"
              + " if you lack it, look for equivalent experience the posting accepts.";
      case SOFT_SKILL ->
          "Show it with a concrete example in a bullet (who you worked with or presented to, and"
              + " what came of it); an adjective in a summary is not evidence.";
      case CERTIFICATION ->
          "If you hold it, list it with its issuer and year; if not, weigh whether it is worth"
              + " earning for this role.";
      case PUBLICATIONS ->
          "List your papers with their venues and years in a Publications section.";
      default ->
          partly
              ? "If you have done this, add a bullet to the job or project where you did it: what"
                  + " you built with it and the result."
              : "If you have done this, describe where and how in a bullet with the result; if not,"
                  + " it is a gap to close (a project or course) before you apply.";
    };
  }

  private static String join(List<String> names) {
    return String.join(", ", names);
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 120 ? t : t.substring(0, 119) + "\u2026";
  }
}
