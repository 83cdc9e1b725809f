package dev.rolefit.profile.internal;

import dev.rolefit.profile.Problem;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Band;
import dev.rolefit.profile.RoleProfile.LevelSpec;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Scoring;
import dev.rolefit.profile.RoleProfile.Skill;
import dev.rolefit.profile.RoleProfile.Specialization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The semantic checks of a role profile (the schema checks are Jackson's), including the limits
 * that keep the compiled profile small: a profile that passes them analyses a resume quickly.
 */
public final class ProfileValidator {
  /** The most aliases (plain and ambiguous) of one skill; the bundled profile has at most 13. */
  public static final int MAX_ALIASES_PER_SKILL = 100;

  /** The most aliases of all skills together; the bundled profile has about 1,000. */
  public static final int MAX_ALIASES = 10_000;

  /** The most skills; the bundled profile has about 250. */
  public static final int MAX_SKILLS = 2_000;

  /** The most responsibilities; the bundled profile has 36. */
  public static final int MAX_RESPONSIBILITIES = 500;

  /** The most specializations; the bundled profile has 6. */
  public static final int MAX_SPECIALIZATIONS = 100;

  /** The most concept groups of one responsibility; the bundled profile has at most 3. */
  public static final int MAX_CONCEPT_GROUPS = 10;

  /** The most terms of one concept group; the bundled profile has at most 45. */
  public static final int MAX_TERMS_PER_CONCEPT = 200;

  /** The most concept terms of all responsibilities together; the bundled profile has ~1,400. */
  public static final int MAX_CONCEPT_TERMS = 10_000;

  /**
   * The most entries of one word list: a level's titles or signals, a sense rule's words, the
   * technical context (the bundled profile's longest, the technical context, has about 100).
   */
  public static final int MAX_LIST = 1_000;

  /** The longest alias, term, title or context word, in characters; the bundled one has 53. */
  public static final int MAX_PHRASE_CHARS = 200;

  /** The longest responsibility text, in characters; the bundled one has 136. */
  public static final int MAX_TEXT_CHARS = 2_000;

  /** The largest specialization boost. */
  public static final double MAX_BOOST = 10;

  /** The largest weight of one vote of the level estimate or one posting item. */
  public static final double MAX_VOTE = 10;

  // The section kinds a skill's evidence may be restricted to: the parser's own names.
  private static final Set<String> SECTION_KINDS =
      Arrays.stream(dev.rolefit.model.SectionKind.values())
          .map(dev.rolefit.model.SectionKind::id)
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> LEVELS = Set.of("core", "entry", "mid", "senior");
  private static final List<String> CAREER_LEVELS = List.of("entry", "mid", "senior");
  private static final Set<String> CATEGORIES = Set.of("hard", "soft", "tool", "domain", "method");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** One problem before its line is looked up: where (a JSON pointer), the key and the message. */
  private record Found(String pointer, String key, String message) {}

  private final List<Found> out = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();

  private ProfileValidator() {}

  /**
   * Validates a parsed profile.
   *
   * @param p the profile
   * @param text the YAML it came from (to find line numbers)
   * @param file the file name for messages
   * @return the problems in line order; empty when valid
   */
  public static List<Problem> validate(RoleProfile p, String text, String file) {
    ProfileValidator v = new ProfileValidator();
    v.check(p);
    if (v.out.isEmpty()) {
      return List.of();
    }
    LineLocator where = new LineLocator(text);
    List<Problem> problems = new ArrayList<>();
    for (Found f : v.out) {
      problems.add(new Problem(file, where.at(f.pointer()), f.key(), f.message()));
    }
    problems.sort(Comparator.comparingInt(Problem::line));
    return List.copyOf(problems);
  }

  /** Every check, in the order of the file's sections. */
  private void check(RoleProfile p) {
    header(p);
    if (p.scoring() == null) {
      add("/scoring", "scoring", "is missing");
    } else {
      scoring(p.scoring());
    }
    list("/technicalContext", "technicalContext", p.technicalContext(), "words");
    levels(p.levels());
    Set<String> specIds = specializations(p.specializations());
    Set<String> skillIds = skillIds(p.skills());
    Set<String> respIds = new HashSet<>();
    responsibilities(p.responsibilities(), skillIds, respIds);
    skills(p.skills(), specIds, skillIds);
    if (p.scoring() != null) {
      references(p, skillIds);
    }
    stressed(p.specializations(), respIds);
  }

  private void header(RoleProfile p) {
    if (p.schemaVersion() != 1) {
      add("/schemaVersion", "schemaVersion", "must be 1");
    }
    if (p.role() == null
        || blank(p.role().id())
        || blank(p.role().name())
        || blank(p.role().version())) {
      add("/role", "role", "needs id, name and version");
    }
  }

  /** The specializations' ids, names and aliases; returns their ids. */
  private Set<String> specializations(List<Specialization> specs) {
    count(
        "/specializations",
        "specializations",
        specs.size(),
        MAX_SPECIALIZATIONS,
        "specializations");
    if (specs.isEmpty()) {
      add("/specializations", "specializations", "needs at least one specialization");
    }
    Set<String> specIds = new HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      Specialization s = specs.get(i);
      String at = "/specializations/" + i;
      checkId(at, s.id(), "specializations");
      specIds.add(s.id());
      if (blank(s.name())) {
        add(at + "/name", "specializations." + s.id() + ".name", "is empty");
      }
      Double typical = s.typicalShare();
      if (typical != null && !(typical > 0 && typical <= 1)) {
        add(
            at + "/typicalShare",
            "specializations." + s.id() + ".typicalShare",
            "must be in (0, 1], was " + typical);
      }
    }
    specializationAliases(specs);
    return specIds;
  }

  private Set<String> skillIds(List<Skill> skills) {
    Set<String> skillIds = new HashSet<>();
    for (int i = 0; i < skills.size(); i++) {
      checkId("/skills/" + i, skills.get(i).id(), "skills");
      skillIds.add(skills.get(i).id());
    }
    return skillIds;
  }

  /** The responsibilities each specialization stresses must exist. */
  private void stressed(List<Specialization> specs, Set<String> respIds) {
    for (int i = 0; i < specs.size(); i++) {
      Specialization s = specs.get(i);
      unknown(
          "/specializations/" + i + "/responsibilities",
          "specializations." + s.id() + ".responsibilities",
          s.responsibilities(),
          respIds,
          "unknown responsibility '%s'");
    }
  }

  /** A short name must name one specialization only, so "rl" can never mean two. */
  private void specializationAliases(List<Specialization> specs) {
    for (int i = 0; i < specs.size(); i++) {
      Specialization s = specs.get(i);
      for (int k = 0; k < s.aliases().size(); k++) {
        String a = s.aliases().get(k);
        String at = "/specializations/" + i + "/aliases/" + k;
        String key = "specializations." + s.id() + ".aliases";
        if (blank(a)) {
          add(at, key, "an alias is empty");
          continue;
        }
        for (Specialization o : specs) {
          if (o != s && o.isNamedBy(a)) {
            add(at, key, "alias '" + a + "' also names specialization '" + o.id() + "'");
          }
        }
      }
    }
  }

  /** Every number of the scoring block within its documented range. */
  private void scoring(Scoring s) {
    weights(s);
    evidence(s);
    bands(s.bands());
    stuffing(s.stuffing());
    coverage(s.responsibilityCoverage());
    var fit = s.specializationFit();
    above("specializationFit.scale", fit.scale(), 0, 10);
    in("specializationFit.domainSkillsForFull", fit.domainSkillsForFull(), 1, 1000);
    in("specializationFit.typicality", fit.typicality(), 0, 2);
    whole("specializationFit.autoCandidates", fit.autoCandidates(), 1, 10);
    in("specializationFit.minimum", fit.minimum(), 0, 100);
    above("specializationFit.secondaryWithin", fit.secondaryWithin(), 0, 1);
    levelVotes(s.levelEstimate());
    postingMatch(s.postingMatch());
    whole("gaps.max", s.gaps().max(), 1, 1000);
    in("chartTones.good", s.chartTones().good(), 0, 100);
    in("chartTones.fair", s.chartTones().fair(), 0, 100);
    notAbove("chartTones.fair", s.chartTones().fair(), "good", s.chartTones().good());
  }

  /** The score's shares, credits and thresholds. */
  private void weights(Scoring s) {
    unit("keywordsWeight", s.keywordsWeight());
    unit("responsibilitiesWeight", s.responsibilitiesWeight());
    unit("requiredWeight", s.requiredWeight());
    unit("foundThreshold", s.foundThreshold());
    unit("impliedCredit", s.impliedCredit());
    unit("stemCredit", s.stemCredit());
    unit("requiredShare", s.requiredShare());
    above("preferredSaturation", s.preferredSaturation(), 0, 1);
    in("specializationBoost", s.specializationBoost(), 0, MAX_BOOST);
    if (s.frequencyCap() < 1) {
      add(
          "/scoring/frequencyCap",
          "scoring.frequencyCap",
          "must be at least 1, was " + s.frequencyCap());
    }
    unit("unanchoredCredit", s.unanchoredCredit());
    unit("listedCredit", s.listedCredit());
    unit("levelFitPenalty", s.levelFitPenalty());
    unit("mentionBonus", s.mentionBonus());
    whole("quoteContext", s.quoteContext(), 0, 1000);
  }

  private void evidence(Scoring s) {
    s.evidence()
        .forEach(
            (k, v) -> {
              if (!inUnit(v)) {
                add(
                    "/scoring/evidence" + LineLocator.step(k),
                    "scoring.evidence." + k,
                    "must be in [0, 1], was " + v);
              }
            });
  }

  private void bands(List<Band> bands) {
    if (bands.isEmpty()) {
      add("/scoring/bands", "scoring.bands", "needs at least one band");
    }
    for (int i = 0; i < bands.size(); i++) {
      var b = bands.get(i);
      if (blank(b.name()) || !(b.min() >= 0 && b.min() <= 100)) {
        add(
            "/scoring/bands/" + i,
            "scoring.bands",
            "each band needs a name and a min in [0, 100], was " + b);
      }
      if (b.tone() != null && !RoleProfile.TONES.contains(b.tone())) {
        add(
            "/scoring/bands/" + i + "/tone",
            "scoring.bands.tone",
            "must be one of " + String.join(", ", RoleProfile.TONES) + ", was '" + b.tone() + "'");
      }
    }
  }

  private void stuffing(RoleProfile.Stuffing st) {
    unit("stuffing.credit", st.credit());
    if (st.listedOnly() < 1
        || st.longestList() < 1
        || !(st.ratio() > 0 && st.ratio() < Double.POSITIVE_INFINITY)) {
      add(
          "/scoring/stuffing",
          "scoring.stuffing",
          "listedOnly and longestList must be at least 1, ratio above 0");
    }
  }

  private void coverage(RoleProfile.ResponsibilityCoverage rc) {
    above("responsibilityCoverage.found", rc.found(), 0, 1);
    unit("responsibilityCoverage.weak", rc.weak());
    notAbove("responsibilityCoverage.weak", rc.weak(), "found", rc.found());
    whole("responsibilityCoverage.perBullet", rc.perBullet(), 1, 100);
    whole("responsibilityCoverage.objectAfter", rc.objectAfter(), 0, 100);
    whole("responsibilityCoverage.objectBefore", rc.objectBefore(), 0, 100);
    unit("responsibilityCoverage.shownBySection", rc.shownBySection());
    unit("responsibilityCoverage.bm25Credit", rc.bm25Credit());
    unit("responsibilityCoverage.bm25Threshold", rc.bm25Threshold());
    unit("responsibilityCoverage.bm25Cap", rc.bm25Cap());
  }

  private void levelVotes(RoleProfile.LevelVotes lv) {
    in("levelEstimate.yearsWeight", lv.yearsWeight(), 0, MAX_VOTE);
    above("levelEstimate.yearsDecay", lv.yearsDecay(), 0, 50);
    in("levelEstimate.titleWeight", lv.titleWeight(), 0, MAX_VOTE);
    unit("levelEstimate.latestTitle", lv.latestTitle());
    unit("levelEstimate.olderTitle", lv.olderTitle());
    unit("levelEstimate.plainTitle", lv.plainTitle());
    in("levelEstimate.signalWeight", lv.signalWeight(), 0, MAX_VOTE);
    unit("levelEstimate.signalStep", lv.signalStep());
    in("levelEstimate.stageWeight", lv.stageWeight(), 0, MAX_VOTE);
    unit("levelEstimate.unrelatedWork", lv.unrelatedWork());
  }

  private void postingMatch(RoleProfile.PostingMatch pm) {
    above("postingMatch.requiredWeight", pm.requiredWeight(), 0, MAX_VOTE);
    in("postingMatch.preferredWeight", pm.preferredWeight(), 0, MAX_VOTE);
    unit("postingMatch.partlyCredit", pm.partlyCredit());
    above("postingMatch.wordsMet", pm.wordsMet(), 0, 1);
    unit("postingMatch.wordsPartly", pm.wordsPartly());
    notAbove("postingMatch.wordsPartly", pm.wordsPartly(), "wordsMet", pm.wordsMet());
    unit("postingMatch.yearsPartly", pm.yearsPartly());
    above("postingMatch.certificationMet", pm.certificationMet(), 0, 1);
    in("postingMatch.equivalentYears", pm.equivalentYears(), 0, 50);
  }

  private void levels(List<LevelSpec> levels) {
    Set<String> levelIds = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      LevelSpec l = levels.get(i);
      String at = "/levels/" + i;
      checkId(at, l.id(), "levels");
      levelIds.add(l.id());
      if (l.id() != null && ID.matcher(l.id()).matches() && !CAREER_LEVELS.contains(l.id())) {
        add(at + "/id", "levels.id", "'" + l.id() + "' is not one of entry, mid, senior");
      }
      String key = "levels." + l.id();
      var y = l.years();
      if (y != null
          && !(y.min() >= 0 && y.max() >= y.min() && y.max() < Double.POSITIVE_INFINITY)) {
        add(
            at + "/years",
            key + ".years",
            "needs 0 <= min <= max, was min " + y.min() + ", max " + y.max());
      }
      list(at + "/titles", key + ".titles", l.titles(), "titles");
      list(at + "/signals", key + ".signals", l.signals(), "signals");
    }
    for (String l : CAREER_LEVELS) {
      if (!levelIds.contains(l)) {
        add("/levels", "levels", "missing level '" + l + "'");
      }
    }
  }

  private void responsibilities(
      List<Responsibility> resps, Set<String> skillIds, Set<String> respIds) {
    count(
        "/responsibilities",
        "responsibilities",
        resps.size(),
        MAX_RESPONSIBILITIES,
        "responsibilities");
    int terms = 0;
    for (int i = 0; i < resps.size(); i++) {
      Responsibility r = resps.get(i);
      checkId("/responsibilities/" + i, r.id(), "responsibilities");
      respIds.add(r.id());
      terms += responsibility(r, "/responsibilities/" + i, skillIds);
    }
    if (terms > MAX_CONCEPT_TERMS) {
      add(
          "/responsibilities",
          "responsibilities",
          "has "
              + terms
              + " concept terms in all; the limit is "
              + MAX_CONCEPT_TERMS
              + " (a longer list makes every resume slow to match)");
    }
  }

  /** One responsibility's fields; returns its number of concept terms. */
  private int responsibility(Responsibility r, String at, Set<String> skillIds) {
    String key = "responsibilities." + r.id();
    if (!LEVELS.contains(String.valueOf(r.level()))) {
      add(at + "/level", key + ".level", "must be one of core, entry, mid, senior");
    }
    if (!inUnit(r.weight())) {
      add(at + "/weight", key + ".weight", "must be in [0, 1]");
    }
    int terms = concepts(r, at, key);
    if (blank(r.text())) {
      add(at + "/text", key + ".text", "is empty");
    } else if (r.text().length() > MAX_TEXT_CHARS) {
      add(at + "/text", key + ".text", "is longer than " + MAX_TEXT_CHARS + " characters");
    }
    sectionKinds(at + "/shownBy", key + ".shownBy", r.shownBy());
    sectionKinds(at + "/actionImpliedIn", key + ".actionImpliedIn", r.actionImpliedIn());
    unknown(at + "/skills", key + ".skills", r.skills(), skillIds, "unknown skill '%s'");
    return terms;
  }

  /** A responsibility's concept groups: not empty, not too many, no empty or long term. */
  private int concepts(Responsibility r, String at, String key) {
    if (r.concepts().isEmpty() || r.concepts().stream().anyMatch(List::isEmpty)) {
      add(at + "/concepts", key + ".concepts", "needs non-empty concept groups");
    }
    count(at + "/concepts", key + ".concepts", r.concepts().size(), MAX_CONCEPT_GROUPS, "groups");
    int terms = 0;
    for (int g = 0; g < r.concepts().size(); g++) {
      List<String> group = r.concepts().get(g);
      terms += group.size();
      count(
          at + "/concepts/" + g,
          key + ".concepts",
          group.size(),
          MAX_TERMS_PER_CONCEPT,
          "terms in one group");
      for (int t = 0; t < group.size(); t++) {
        if (group.get(t).isBlank()) {
          add(at + "/concepts/" + g + "/" + t, key + ".concepts", "empty term");
        }
        phrase(at + "/concepts/" + g + "/" + t, key + ".concepts", group.get(t));
      }
    }
    return terms;
  }

  private void skills(List<Skill> skills, Set<String> specIds, Set<String> skillIds) {
    count("/skills", "skills", skills.size(), MAX_SKILLS, "skills");
    Map<String, String> aliasOwner = new HashMap<>();
    int aliases = 0;
    for (int i = 0; i < skills.size(); i++) {
      aliases += skill(skills.get(i), "/skills/" + i, specIds, skillIds, aliasOwner);
    }
    if (aliases > MAX_ALIASES) {
      add(
          "/skills",
          "skills",
          "have "
              + aliases
              + " aliases in all; the limit is "
              + MAX_ALIASES
              + " (a longer list makes the profile slow to load)");
    }
  }

  /** One skill's fields; returns its number of aliases (ambiguous ones included). */
  private int skill(
      Skill s, String at, Set<String> specIds, Set<String> skillIds, Map<String, String> owners) {
    String key = "skills." + s.id();
    if (blank(s.name())) {
      add(at + "/name", key + ".name", "is empty");
    } else {
      phrase(at + "/name", key + ".name", s.name());
      claim(owners, s, s.name(), at + "/name", key + ".name");
    }
    if (!CATEGORIES.contains(String.valueOf(s.category()))) {
      add(at + "/category", key + ".category", "must be one of hard, soft, tool, domain, method");
    }
    if (blank(s.group())) {
      add(at + "/group", key + ".group", "is missing (a skill needs a group)");
    }
    if (!inUnit(s.weight())) {
      add(at + "/weight", key + ".weight", "must be in [0, 1], was " + s.weight());
    }
    skillSpecializations(s, at, key, specIds);
    int own = s.aliases().size() + s.ambiguous().size();
    if (own > MAX_ALIASES_PER_SKILL) {
      add(
          at + "/aliases",
          key + ".aliases",
          "has "
              + own
              + " aliases (ambiguous ones included); the limit is "
              + MAX_ALIASES_PER_SKILL
              + " per skill");
    }
    aliases(s, at, key, owners);
    ambiguous(s, at, key, owners);
    unknown(at + "/implies", key + ".implies", s.implies(), skillIds, "unknown skill '%s'");
    for (int j = 0; j < s.includes().size(); j++) {
      String inc = s.includes().get(j);
      if (!skillIds.contains(inc) || inc.equals(s.id())) {
        add(at + "/includes/" + j, key + ".includes", "unknown skill '" + inc + "'");
      }
    }
    sectionKinds(at + "/sections", key + ".sections", s.sections());
    sectionKinds(at + "/shownBy", key + ".shownBy", s.shownBy());
    words(at + "/context/requires", key + ".context.requires", s.context().requires());
    words(at + "/context/excludes", key + ".context.excludes", s.context().excludes());
    return own;
  }

  /** A skill's weights per specialization: known specializations, weights in [0, 1]. */
  private void skillSpecializations(Skill s, String at, String key, Set<String> specIds) {
    s.specializations()
        .forEach(
            (spec, w) -> {
              String sp = at + "/specializations" + LineLocator.step(spec);
              if (!specIds.contains(spec)) {
                add(sp, key + ".specializations", "unknown specialization '" + spec + "'");
              }
              if (w == null || !inUnit(w)) {
                add(sp, key + ".specializations." + spec, "must be in [0, 1]");
              }
            });
  }

  private void ambiguous(Skill s, String at, String key, Map<String, String> owners) {
    for (int j = 0; j < s.ambiguous().size(); j++) {
      String a = s.ambiguous().get(j);
      if (a.isBlank()) {
        add(at + "/ambiguous/" + j, key + ".ambiguous", "empty alias");
      } else {
        phrase(at + "/ambiguous/" + j, key + ".ambiguous", a);
        claim(owners, s, a, at + "/ambiguous/" + j, key + ".ambiguous");
      }
    }
  }

  private void aliases(Skill s, String at, String key, Map<String, String> aliasOwner) {
    for (int j = 0; j < s.aliases().size(); j++) {
      String a = s.aliases().get(j);
      String here = at + "/aliases/" + j;
      if (a.isBlank()) {
        add(here, key + ".aliases", "empty alias");
        continue;
      }
      phrase(here, key + ".aliases", a);
      if (!a.contains(RoleProfile.GAP.strip())) {
        claim(aliasOwner, s, a, here, key + ".aliases");
        continue;
      }
      // "a ... b" only: a gap needs a word on each side, spaced off.
      for (String part : (" " + a + " ").split(Pattern.quote(RoleProfile.GAP), -1)) {
        if (part.isBlank() || part.contains(RoleProfile.GAP.strip())) {
          add(here, key + ".aliases", "'" + a + "' needs words on both sides of '...'");
          break;
        }
      }
    }
  }

  /** One skill per surface form: a form two skills claim would credit both for one mention. */
  private void claim(Map<String, String> owners, Skill s, String form, String at, String key) {
    String norm = form.strip().toLowerCase(Locale.ROOT);
    String owner = owners.putIfAbsent(norm, s.id());
    if (owner != null && !owner.equals(s.id())) {
      add(at, key, "alias '" + form + "' is already claimed by skill '" + owner + "'");
    }
  }

  private void references(RoleProfile p, Set<String> skillIds) {
    unknown(
        "/scoring/domainSkills",
        "scoring.domainSkills",
        p.scoring().domainSkills(),
        skillIds,
        "unknown skill '%s'");
    Set<String> groups = new HashSet<>();
    p.skills().forEach(s -> groups.add(s.group()));
    unknown(
        "/scoring/domainGroups",
        "scoring.domainGroups",
        p.scoring().domainGroups(),
        groups,
        "no skill is in group '%s'");
    unknown(
        "/scoring/foundationGroups",
        "scoring.foundationGroups",
        p.scoring().foundationGroups(),
        groups,
        "no skill is in group '%s'");
  }

  /** Every reference of a list that names nothing known, at its own line. */
  private void unknown(
      String at, String key, List<String> refs, Set<String> known, String message) {
    for (int i = 0; i < refs.size(); i++) {
      if (!known.contains(refs.get(i))) {
        add(at + "/" + i, key, String.format(Locale.ROOT, message, refs.get(i)));
      }
    }
  }

  private void sectionKinds(String at, String key, List<String> kinds) {
    for (int i = 0; i < kinds.size(); i++) {
      if (!SECTION_KINDS.contains(kinds.get(i))) {
        add(
            at + "/" + i,
            key,
            "unknown section kind '"
                + kinds.get(i)
                + "' (one of "
                + new TreeSet<>(SECTION_KINDS)
                + ")");
      }
    }
  }

  /** A sense rule's words: none empty, not too many, none too long. */
  private void words(String at, String key, List<String> words) {
    list(at, key, words, "words");
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).isBlank()) {
        add(at + "/" + i, key, "empty word");
      }
    }
  }

  /** A list of phrases: not too many, none too long. */
  private void list(String at, String key, List<String> phrases, String noun) {
    count(at, key, phrases.size(), MAX_LIST, noun);
    for (int i = 0; i < phrases.size(); i++) {
      phrase(at + "/" + i, key, phrases.get(i));
    }
  }

  private void phrase(String at, String key, String phrase) {
    if (phrase.length() > MAX_PHRASE_CHARS) {
      add(
          at,
          key,
          "'"
              + phrase.substring(0, 20)
              + "...' is longer than "
              + MAX_PHRASE_CHARS
              + " characters");
    }
  }

  private void count(String at, String key, int n, int max, String noun) {
    if (n > max) {
      add(at, key, "has " + n + " " + noun + "; the limit is " + max);
    }
  }

  private void checkId(String at, String id, String list) {
    if (id == null || !ID.matcher(id).matches()) {
      add(at + "/id", list + ".id", "'" + id + "' is not a kebab-case id");
      return;
    }
    Integer n = seen.merge(list + ":" + id, 1, Integer::sum);
    if (n > 1) {
      add(at + "/id", list + ".id", "duplicate id '" + id + "'");
    }
  }

  /** A scoring number in [0, 1]; {@code key} is its path under {@code scoring}. */
  private void unit(String key, double v) {
    in(key, v, 0, 1);
  }

  /** A scoring number in [lo, hi]; NaN is not. */
  private void in(String key, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      scoringProblem(key, "must be in [" + num(lo) + ", " + num(hi) + "], was " + v);
    }
  }

  /** A scoring number in (lo, hi]. */
  private void above(String key, double v, double lo, double hi) {
    if (!(v > lo && v <= hi)) {
      scoringProblem(key, "must be in (" + num(lo) + ", " + num(hi) + "], was " + v);
    }
  }

  /** A whole scoring number in [lo, hi]. */
  private void whole(String key, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      scoringProblem(key, "must be a whole number in [" + lo + ", " + hi + "], was " + v);
    }
  }

  /** A lower threshold of a pair must not exceed the upper one beside it. */
  private void notAbove(String key, double v, String otherName, double other) {
    if (v > other) {
      scoringProblem(key, "must be at most " + otherName + " (" + other + "), was " + v);
    }
  }

  private void scoringProblem(String key, String message) {
    add("/scoring/" + key.replace('.', '/'), "scoring." + key, message);
  }

  /** A bound as written in the documentation: 1, not 1.0. */
  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** In [0, 1]; NaN is not. */
  private static boolean inUnit(double v) {
    return v >= 0 && v <= 1;
  }

  private void add(String pointer, String key, String message) {
    out.add(new Found(pointer, key, message));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
