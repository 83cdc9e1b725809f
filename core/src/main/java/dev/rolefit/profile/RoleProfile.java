package dev.rolefit.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A role profile: the role's levels, specializations, responsibilities and skills, and the weights
 * of its score. Immutable; loaded and validated by {@link ProfileLoader}.
 *
 * @param schemaVersion the profile format's version (1)
 * @param role the role's identity
 * @param scoring the weights of the score
 * @param levels entry, mid and senior
 * @param specializations the role's specializations
 * @param responsibilities core and per-level responsibilities
 * @param skills the skills with aliases and examples
 * @param technicalContext words whose presence in a bullet makes an ambiguous name (R, Go, Spark)
 *     count as the technology
 */
public record RoleProfile(
    int schemaVersion,
    Role role,
    Scoring scoring,
    List<LevelSpec> levels,
    List<Specialization> specializations,
    List<Responsibility> responsibilities,
    List<Skill> skills,
    List<String> technicalContext) {

  /** Copies the lists; a missing list is empty (the validator says which must not be). */
  public RoleProfile {
    technicalContext = technicalContext == null ? List.of() : List.copyOf(technicalContext);
    levels = levels == null ? List.of() : List.copyOf(levels);
    specializations = specializations == null ? List.of() : List.copyOf(specializations);
    responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    skills = skills == null ? List.of() : List.copyOf(skills);
  }

  /**
   * The skill with an id.
   *
   * @param id the skill id
   * @return the skill, if any
   */
  public Optional<Skill> skill(String id) {
    return skills.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The specialization with an id.
   *
   * @param id the specialization id
   * @return the specialization, if any
   */
  public Optional<Specialization> specialization(String id) {
    return specializations.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The specialization a user's word names: its id, name or an alias, ignoring case.
   *
   * @param text what the user typed ("RL", "deep_learning", "nlp")
   * @return the specialization, if one is named
   */
  public Optional<Specialization> findSpecialization(String text) {
    return specializations.stream().filter(s -> s.isNamedBy(text)).findFirst();
  }

  /**
   * The id of the specialization a user's word names (id, name or alias, any case).
   *
   * @param text what the user typed
   * @return the specialization's id
   * @throws IllegalArgumentException when none is named; the message lists the valid values
   */
  public String specializationId(String text) {
    return requireSpecialization(text).id();
  }

  /**
   * The specialization a target names, by {@link #findSpecialization}: the one rule of the
   * library's targets and the command line's options alike.
   *
   * @param text the id, name or alias, any case
   * @return the specialization
   * @throws IllegalArgumentException naming the valid ids and aliases when none is named
   */
  public Specialization requireSpecialization(String text) {
    return findSpecialization(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown specialization '"
                        + text
                        + "'; one of "
                        + String.join(
                            ", ",
                            specializations.stream()
                                .map(
                                    s ->
                                        s.aliases().isEmpty()
                                            ? s.id()
                                            : s.id() + " (" + String.join(", ", s.aliases()) + ")")
                                .toList())));
  }

  /**
   * The level with an id.
   *
   * @param id entry, mid or senior
   * @return the level, if any
   */
  public Optional<LevelSpec> level(String id) {
    return levels.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The role's identity.
   *
   * @param id kebab-case id
   * @param name display name
   * @param version the profile's own version
   * @param definition one paragraph
   * @param source the part of the source document it serves
   */
  public record Role(String id, String name, String version, String definition, String source) {}

  /**
   * When a resume reads as keyword stuffing: many skills named only in lists and few shown in work,
   * or one list implausibly long. Then each listed-only skill earns {@code credit} instead.
   *
   * @param listedOnly listed-only skills from which the ratio is checked
   * @param ratio listed-only skills per skill shown in work, from which it is stuffing
   * @param longestList skills in one list line from which it is stuffing whatever else
   * @param credit strength of a listed-only skill in a stuffed resume
   */
  public record Stuffing(Integer listedOnly, Double ratio, Integer longestList, Double credit) {
    /** Fills the defaults. */
    public Stuffing {
      listedOnly = listedOnly == null ? 20 : listedOnly;
      ratio = ratio == null ? 2.0 : ratio;
      longestList = longestList == null ? 40 : longestList;
      credit = credit == null ? 0.05 : credit;
    }
  }

  /**
   * The sense of a skill whose name is also a common word ("communication", "regression"): a
   * mention in the candidate's work counts only in a bullet with one of the {@code requires} words
   * (if any are given) and none of the {@code excludes} words. Lists are exempt from {@code
   * requires}: a skills list names the skill in its sense.
   *
   * @param requires words or phrases one of which must be in the bullet (stems match; a phrase's
   *     words side by side, in order)
   * @param excludes words or phrases whose presence in the bullet rules the mention out
   */
  public record Context(List<String> requires, List<String> excludes) {
    /** Copies the lists. */
    public Context {
      requires = requires == null ? List.of() : List.copyOf(requires);
      excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /**
     * Whether the skill has any sense rule.
     *
     * @return true when words are required or excluded
     */
    public boolean any() {
      return !requires.isEmpty() || !excludes.isEmpty();
    }
  }

  /**
   * The weights of the score (documented in corpus/README.md).
   *
   * @param keywordsWeight share of the keywords score in the overall score
   * @param responsibilitiesWeight share of the responsibilities score in the overall score
   * @param requiredWeight effective skill weight from which a skill is required
   * @param requiredShare share of required skills in the keywords score
   * @param preferredSaturation share of preferred-skill weight that earns full preferred marks
   * @param evidence strength of one mention by section kind
   * @param frequencyCap mentions beyond this add nothing
   * @param impliedCredit credit for a skill only implied by another one
   * @param stemCredit credit for a match only through stemming
   * @param foundThreshold strength from which a skill is found
   * @param specializationBoost weight multiplier of responsibilities a specialization stresses
   * @param bands score bands, best first
   * @param domainGroups skill groups whose hits mark a bullet (and its job entry) as the role's own
   *     work
   * @param domainSkills further skill ids that mark a bullet as the role's own work
   * @param foundationGroups skill groups that show the mathematics under the field, which a
   *     posting's "mathematical foundations of machine learning" asks for beyond the field itself
   * @param unanchoredCredit credit of responsibility evidence outside the role's own work
   * @param listedCredit strength of a skill named only in a skills list, a summary or coursework,
   *     never shown in the candidate's own work
   * @param stuffing when a resume reads as keyword stuffing, and what listed skills then earn
   * @param levelFitPenalty when a target level is given, the share of the overall score lost per
   *     level between it and the estimated level, times the estimate's confidence
   * @param mentionBonus strength each further bullet naming a skill adds, up to {@code
   *     frequencyCap} bullets
   * @param quoteContext characters quoted on each side of a hit that lies in no bullet
   * @param responsibilityCoverage when a responsibility is shown, and how much
   * @param specializationFit how the specialization scores are read from skills
   * @param levelEstimate the votes of the level estimate
   * @param postingMatch the weights of the job-posting match
   * @param gaps how many gaps a report lists
   * @param chartTones from which a coverage or match in a report's charts is coloured good or fair
   */
  public record Scoring(
      double keywordsWeight,
      double responsibilitiesWeight,
      double requiredWeight,
      Double requiredShare,
      Double preferredSaturation,
      Map<String, Double> evidence,
      int frequencyCap,
      double impliedCredit,
      double stemCredit,
      double foundThreshold,
      Double specializationBoost,
      List<Band> bands,
      List<String> domainGroups,
      List<String> domainSkills,
      List<String> foundationGroups,
      Double unanchoredCredit,
      Double listedCredit,
      Stuffing stuffing,
      Double levelFitPenalty,
      Double mentionBonus,
      Integer quoteContext,
      ResponsibilityCoverage responsibilityCoverage,
      SpecializationFit specializationFit,
      LevelVotes levelEstimate,
      PostingMatch postingMatch,
      Gaps gaps,
      ChartTones chartTones) {

    /** Fills defaults of the optional weights and copies the collections. */
    public Scoring {
      requiredShare = requiredShare == null ? 0.7 : requiredShare;
      preferredSaturation = preferredSaturation == null ? 0.35 : preferredSaturation;
      specializationBoost = specializationBoost == null ? 1.5 : specializationBoost;
      evidence = evidence == null ? Map.of() : new LinkedHashMap<>(evidence);
      evidence = java.util.Collections.unmodifiableMap(evidence);
      bands = bands == null ? List.of() : List.copyOf(bands);
      domainGroups = domainGroups == null ? List.of() : List.copyOf(domainGroups);
      domainSkills = domainSkills == null ? List.of() : List.copyOf(domainSkills);
      foundationGroups = foundationGroups == null ? List.of() : List.copyOf(foundationGroups);
      unanchoredCredit = unanchoredCredit == null ? 1.0 : unanchoredCredit;
      listedCredit = listedCredit == null ? 0.3 : listedCredit;
      stuffing = stuffing == null ? new Stuffing(null, null, null, null) : stuffing;
      levelFitPenalty = levelFitPenalty == null ? 0.4 : levelFitPenalty;
      mentionBonus = mentionBonus == null ? 0.1 : mentionBonus;
      quoteContext = quoteContext == null ? 60 : quoteContext;
      responsibilityCoverage =
          responsibilityCoverage == null
              ? new ResponsibilityCoverage(null, null, null, null, null, null, null, null, null)
              : responsibilityCoverage;
      specializationFit =
          specializationFit == null
              ? new SpecializationFit(null, null, null, null, null, null)
              : specializationFit;
      levelEstimate =
          levelEstimate == null
              ? new LevelVotes(null, null, null, null, null, null, null, null, null, null)
              : levelEstimate;
      postingMatch =
          postingMatch == null
              ? new PostingMatch(null, null, null, null, null, null, null, null)
              : postingMatch;
      gaps = gaps == null ? new Gaps(null) : gaps;
      chartTones = chartTones == null ? new ChartTones(null, null) : chartTones;
    }

    /**
     * Strength of one mention in a section kind.
     *
     * @param section a section kind id
     * @return the strength, that of "other" if the kind is not listed
     */
    public double evidenceStrength(String section) {
      return evidenceStrength(section, "other");
    }

    /**
     * Strength of one mention in a section kind, with the kind to use when the profile does not
     * list it (an academic section weighs as its broader kind).
     *
     * @param section a section kind id
     * @param fallback the kind whose strength applies when {@code section} is not listed
     * @return the strength
     */
    public double evidenceStrength(String section, String fallback) {
      Double v = evidence.get(section);
      if (v == null) {
        v = evidence.get(fallback);
      }
      if (v == null) {
        v = evidence.getOrDefault("other", 0.5);
      }
      return v;
    }

    /**
     * The band of a score.
     *
     * @param score 0..100
     * @return the first band (best first) whose minimum the score reaches, else the lowest; {@link
     *     dev.rolefit.model.Band#NONE} when the profile has no bands
     */
    public dev.rolefit.model.Band band(double score) {
      int n = bands.size();
      for (int i = 0; i < n; i++) {
        if (score >= bands.get(i).min()) {
          return new dev.rolefit.model.Band(bands.get(i).name(), i, n);
        }
      }
      return n == 0
          ? dev.rolefit.model.Band.NONE
          : new dev.rolefit.model.Band(bands.get(n - 1).name(), n - 1, n);
    }

    /**
     * The tone a report colours a band with: its own {@code tone}, else by its place (the better
     * half good, the worse half low, a middle band fair).
     *
     * @param band a band name
     * @return good, fair or low; empty when no band has that name
     */
    public Optional<String> tone(String band) {
      for (int i = 0; i < bands.size(); i++) {
        Band b = bands.get(i);
        if (b.name().equals(band)) {
          if (b.tone() != null) {
            return Optional.of(b.tone());
          }
          int half = bands.size() / 2;
          return Optional.of(i < half ? "good" : i >= bands.size() - half ? "low" : "fair");
        }
      }
      return Optional.empty();
    }
  }

  /** The tones a band may be coloured with, best first. */
  public static final List<String> TONES = List.of("good", "fair", "low");

  /**
   * A score band.
   *
   * @param name e.g. strong
   * @param min lowest overall score of the band
   * @param tone how a report colours it: good, fair or low; null to colour it by its place
   */
  public record Band(String name, double min, String tone) {}

  /**
   * When a responsibility counts as shown, and how much. A bullet shows it when the
   * responsibility's action and object stand close together; otherwise the bullet most similar by
   * BM25 may show it partly.
   *
   * @param found coverage from which a responsibility is found
   * @param weak coverage from which it is weak (below: missing); at most {@code found}
   * @param perBullet the most responsibilities one bullet backs
   * @param objectAfter the most words between an action and the object after it
   * @param objectBefore the most words between an object and the action after it
   * @param shownBySection coverage of a responsibility shown by a section of its own
   * @param bm25Credit coverage per unit of BM25 similarity of the closest bullet
   * @param bm25Threshold the least BM25 similarity that counts
   * @param bm25Cap the most coverage BM25 similarity alone earns
   */
  public record ResponsibilityCoverage(
      Double found,
      Double weak,
      Integer perBullet,
      Integer objectAfter,
      Integer objectBefore,
      Double shownBySection,
      Double bm25Credit,
      Double bm25Threshold,
      Double bm25Cap) {
    /** Fills the defaults. */
    public ResponsibilityCoverage {
      found = found == null ? 0.75 : found;
      weak = weak == null ? 0.35 : weak;
      perBullet = perBullet == null ? 3 : perBullet;
      objectAfter = objectAfter == null ? 20 : objectAfter;
      objectBefore = objectBefore == null ? 10 : objectBefore;
      shownBySection = shownBySection == null ? 0.8 : shownBySection;
      bm25Credit = bm25Credit == null ? 0.6 : bm25Credit;
      bm25Threshold = bm25Threshold == null ? 0.5 : bm25Threshold;
      bm25Cap = bm25Cap == null ? 0.45 : bm25Cap;
    }
  }

  /**
   * How a specialization's 0..100 score is read from the strength of its distinctive skills: {@code
   * 100 x (1 - e^(-share / scale))}, the share counting in full only with {@code
   * domainSkillsForFull} domain skills found.
   *
   * @param scale the share that reads 63 of 100
   * @param domainSkillsForFull domain skills found from which the share counts in full
   * @param typicality how far a share is read against its specialization's {@code typicalShare}: it
   *     is multiplied by (geometric mean of the typical shares / its own)^typicality, so a
   *     specialization whose words every resume of the role uses (deep learning) needs more of them
   *     to lead than one whose words are rare (ML infrastructure); 0 turns it off
   */
  public record SpecializationFit(
      Double scale,
      Double domainSkillsForFull,
      Double typicality,
      Integer autoCandidates,
      Double minimum,
      Double secondaryWithin) {
    /** Fills the defaults. */
    public SpecializationFit {
      scale = scale == null ? 0.15 : scale;
      domainSkillsForFull = domainSkillsForFull == null ? 3.0 : domainSkillsForFull;
      typicality = typicality == null ? 0.0 : typicality;
      autoCandidates = autoCandidates == null ? 1 : autoCandidates;
      minimum = minimum == null ? 0.0 : minimum;
      secondaryWithin = secondaryWithin == null ? 0.8 : secondaryWithin;
    }
  }

  /**
   * The votes of the level estimate: years, titles, scope phrases and the career stage each vote
   * for a level with a weight.
   *
   * @param yearsWeight weight of the years' vote
   * @param yearsDecay years outside a level's range by which its years' vote falls to 1/e
   * @param titleWeight weight of a title's vote
   * @param latestTitle share of the title vote of the latest title
   * @param olderTitle share of the title vote of an older title (once per level)
   * @param plainTitle share of a plain (mid) latest title, which says a post, not how senior
   * @param signalWeight weight of the scope phrases' vote
   * @param signalStep share of the scope vote each phrase adds, up to all of it
   * @param stageWeight weight of the career stage (faculty, postdoc, student)
   * @param unrelatedWork share of a job's months counted when it shows none of the role's work
   */
  public record LevelVotes(
      Double yearsWeight,
      Double yearsDecay,
      Double titleWeight,
      Double latestTitle,
      Double olderTitle,
      Double plainTitle,
      Double signalWeight,
      Double signalStep,
      Double stageWeight,
      Double unrelatedWork) {
    /** Fills the defaults. */
    public LevelVotes {
      yearsWeight = yearsWeight == null ? 1.0 : yearsWeight;
      yearsDecay = yearsDecay == null ? 1.5 : yearsDecay;
      titleWeight = titleWeight == null ? 1.2 : titleWeight;
      latestTitle = latestTitle == null ? 1.0 : latestTitle;
      olderTitle = olderTitle == null ? 0.2 : olderTitle;
      plainTitle = plainTitle == null ? 0.5 : plainTitle;
      signalWeight = signalWeight == null ? 0.8 : signalWeight;
      signalStep = signalStep == null ? 0.25 : signalStep;
      stageWeight = stageWeight == null ? 3.0 : stageWeight;
      unrelatedWork = unrelatedWork == null ? 0.5 : unrelatedWork;
    }
  }

  /**
   * The weights of the job-posting match: each item met, partly met or not met, required items
   * weighing more.
   *
   * @param requiredWeight weight of a required item
   * @param preferredWeight weight of a preferred item
   * @param partlyCredit credit of an item partly met (met: 1)
   * @param wordsMet share of an item's words one bullet of work must hold to meet it
   * @param wordsPartly share from which it is partly met; at most {@code wordsMet}
   * @param yearsPartly share of the years asked for that partly meets a years item
   * @param certificationMet share of a certification's words a listed one must hold to meet it
   * @param equivalentYears professional years that meet a degree item accepting equivalent
   *     experience
   */
  public record PostingMatch(
      Double requiredWeight,
      Double preferredWeight,
      Double partlyCredit,
      Double wordsMet,
      Double wordsPartly,
      Double yearsPartly,
      Double certificationMet,
      Double equivalentYears) {
    /** Fills the defaults. */
    public PostingMatch {
      requiredWeight = requiredWeight == null ? 2.0 : requiredWeight;
      preferredWeight = preferredWeight == null ? 1.0 : preferredWeight;
      partlyCredit = partlyCredit == null ? 0.5 : partlyCredit;
      wordsMet = wordsMet == null ? 0.5 : wordsMet;
      wordsPartly = wordsPartly == null ? 0.34 : wordsPartly;
      yearsPartly = yearsPartly == null ? 0.7 : yearsPartly;
      certificationMet = certificationMet == null ? 0.7 : certificationMet;
      equivalentYears = equivalentYears == null ? 4.0 : equivalentYears;
    }
  }

  /**
   * The tones of a report's 0..100 charts other than the score (coverage by category, the posting
   * match), which have no bands of their own.
   *
   * @param good value from which a bar is good
   * @param fair value from which it is fair (below: low); at most {@code good}
   */
  public record ChartTones(Double good, Double fair) {
    /** Fills the defaults. */
    public ChartTones {
      good = good == null ? 65.0 : good;
      fair = fair == null ? 45.0 : fair;
    }

    /**
     * The tone of a value.
     *
     * @param v 0..100
     * @return good, fair or low
     */
    public String of(double v) {
      return v >= good ? "good" : v >= fair ? "fair" : "low";
    }
  }

  /**
   * How many gaps a report lists.
   *
   * @param max the most skill and responsibility gaps, most valuable first
   */
  public record Gaps(Integer max) {
    /** Fills the defaults. */
    public Gaps {
      max = max == null ? 25 : max;
    }
  }

  /**
   * A career level.
   *
   * @param id entry, mid or senior
   * @param name display name
   * @param summary own words
   * @param years typical professional years
   * @param titles title words that signal the level
   * @param signals scope phrases that signal the level
   * @param source the part of the source document it serves
   */
  public record LevelSpec(
      String id,
      String name,
      String summary,
      Years years,
      List<String> titles,
      List<String> signals,
      String source) {
    /** Copies the lists. */
    public LevelSpec {
      titles = titles == null ? List.of() : List.copyOf(titles);
      signals = signals == null ? List.of() : List.copyOf(signals);
    }
  }

  /**
   * A range of years.
   *
   * @param min lowest
   * @param max highest
   */
  public record Years(double min, double max) {}

  /**
   * A specialization.
   *
   * @param id kebab-case id
   * @param name display name
   * @param focus own words
   * @param responsibilities ids of the responsibilities it stresses
   * @param source the part of the source document it serves
   * @param aliases short names a user may type for it ("rl", "nlp"), case-insensitive
   * @param typicalShare the share of its distinctive skills a typical resume of the role shows, or
   *     null when not measured; see {@link SpecializationFit#typicality()}
   */
  public record Specialization(
      String id,
      String name,
      String focus,
      List<String> responsibilities,
      String source,
      List<String> aliases,
      Double typicalShare) {
    /** Copies the lists. */
    public Specialization {
      responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * Whether a user's word names this specialization: its id, name or an alias, ignoring case,
     * surrounding space and "_" for "-".
     *
     * @param text what the user typed
     * @return true when it names this specialization
     */
    public boolean isNamedBy(String text) {
      String t = text.strip().replace('_', '-');
      if (t.equalsIgnoreCase(id) || (name != null && t.equalsIgnoreCase(name))) {
        return true;
      }
      return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(t));
    }
  }

  /**
   * A responsibility.
   *
   * @param id kebab-case id
   * @param level core, entry, mid or senior
   * @param text own words
   * @param weight 0..1
   * @param concepts groups of alternative phrases; all groups together cover it fully
   * @param skills ids of skills that evidence it
   * @param shownBy section kinds whose own entries show it by themselves (own publications show
   *     that the candidate publishes; an advising section that they mentor)
   * @param actionImpliedIn section kinds whose entries stand for the action, so the object alone
   *     shows it there (a paper titled "Fast algorithms for ..." shows that its author designed an
   *     algorithm)
   * @param source the part of the source document it serves
   */
  public record Responsibility(
      String id,
      String level,
      String text,
      double weight,
      List<List<String>> concepts,
      List<String> skills,
      List<String> shownBy,
      List<String> actionImpliedIn,
      String source) {
    /** Copies the lists. */
    public Responsibility {
      concepts = concepts == null ? List.of() : concepts.stream().map(List::copyOf).toList();
      skills = skills == null ? List.of() : List.copyOf(skills);
      shownBy = shownBy == null ? List.of() : List.copyOf(shownBy);
      actionImpliedIn = actionImpliedIn == null ? List.of() : List.copyOf(actionImpliedIn);
    }

    /** The {@code level} of a responsibility every level has. */
    public static final String CORE = "core";

    /**
     * Whether a target of this level is asked for it: core responsibilities apply to every level,
     * the others to their own.
     *
     * @param target the target level
     * @return true when it is core or of the target's level
     */
    public boolean appliesTo(dev.rolefit.model.Level target) {
      return level.equals(CORE) || level.equals(target.id());
    }
  }

  /**
   * A skill.
   *
   * @param id kebab-case id
   * @param name display name (also matched)
   * @param category hard, soft, tool, domain or method
   * @param group finer grouping
   * @param weight base weight 0..1
   * @param specializations effective weight per specialization where it differs
   * @param aliases other names (matched like the name)
   * @param ambiguous names that match only with exact case and in a technical context
   * @param implies ids of skills this one implies (partial credit: PyTorch implies deep learning)
   * @param includes ids of skills this one fully includes (a PhD meets a Master's requirement)
   * @param sections the only section kinds that show this skill (degrees: education), or empty
   * @param shownBy section kinds whose entries show the skill by themselves (a talks section shows
   *     conference presentations), or empty
   * @param context the word sense: words one of which the bullet must hold, and words it must not
   * @param examples phrases that must and must not match
   * @param source the part of the source document it serves
   */
  public record Skill(
      String id,
      String name,
      String category,
      String group,
      double weight,
      Map<String, Double> specializations,
      List<String> aliases,
      List<String> ambiguous,
      List<String> implies,
      List<String> includes,
      List<String> sections,
      List<String> shownBy,
      Context context,
      Examples examples,
      String source) {
    /** Copies the collections. */
    public Skill {
      includes = includes == null ? List.of() : List.copyOf(includes);
      sections = sections == null ? List.of() : List.copyOf(sections);
      shownBy = shownBy == null ? List.of() : List.copyOf(shownBy);
      context = context == null ? new Context(List.of(), List.of()) : context;
      specializations =
          specializations == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(specializations));
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
      ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
      implies = implies == null ? List.of() : List.copyOf(implies);
      examples = examples == null ? new Examples(List.of(), List.of()) : examples;
    }

    /**
     * The weight for a specialization (its own if listed, else the base weight).
     *
     * @param specialization a specialization id, or null for none
     * @return 0..1
     */
    public double weightFor(@Nullable String specialization) {
      if (specialization != null) {
        Double w = specializations.get(specialization);
        if (w != null) {
          return w;
        }
      }
      return weight;
    }

    /**
     * The aliases whose words may stand apart ({@link RoleProfile#GAP}).
     *
     * @return the gapped aliases as written
     */
    @JsonIgnore
    public List<String> gappedForms() {
      return aliases.stream().filter(a -> a.contains(GAP)).toList();
    }

    /**
     * Every contiguous surface form: the name, the aliases and the ambiguous names.
     *
     * @return the forms, name first
     */
    @JsonIgnore
    public List<String> surfaceForms() {
      List<String> all = new java.util.ArrayList<>();
      all.add(name);
      for (String a : aliases) {
        if (!a.contains(GAP)) {
          all.add(a);
        }
      }
      for (String a : ambiguous) {
        if (!all.contains(a)) {
          all.add(a);
        }
      }
      return all;
    }
  }

  /**
   * The mark between words of an alias that may stand apart: "deployed ... model" also matches
   * "deployed two ranking models" (up to {@value #GAP_WORDS} words between, either order).
   */
  public static final String GAP = " ... ";

  /** The most words a {@link #GAP} stands for. */
  public static final int GAP_WORDS = 5;

  /**
   * Example phrases of a skill: a test runs them all.
   *
   * @param positive phrases in which the skill must be found
   * @param negative phrases in which it must not be found
   */
  public record Examples(List<String> positive, List<String> negative) {
    /** Copies the lists. */
    public Examples {
      positive = positive == null ? List.of() : List.copyOf(positive);
      negative = negative == null ? List.of() : List.copyOf(negative);
    }
  }
}
