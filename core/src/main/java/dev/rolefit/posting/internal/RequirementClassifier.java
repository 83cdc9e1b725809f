package dev.rolefit.posting.internal;

import dev.rolefit.model.RequirementKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells what a posting item asks for, from its words and the section it sits in. */
public final class RequirementClassifier {
  private static final Pattern WORK_AUTH =
      Pattern.compile(
          "(?i)\\b(authori[sz]ed to work|eligible to work|legally (work|authori[sz]ed)|work authori[sz]ation|right to work|visas?|sponsorship"
              + "|sponsor|citizenship|citizen|green card|permanent resident|security clearance"
              + "|clearance|export control)\\b");
  private static final Pattern LOCATION =
      Pattern.compile(
          "(?i)(^location\\b|\\b(on[- ]?site|in[- ]office|hybrid|relocat\\w*|remote|based in|commut\\w*|travel up to|willing(ness)? to"
              + " travel|days a week in|days per week in|time zone|timezone)\\b)");
  private static final Pattern DEGREE =
      Pattern.compile(
          "(?i)(\\b(bachelor'?s?|master'?s?|ph\\.?\\s?d\\.?|doctorate|doctoral|degree|diploma"
              + "|undergraduate|graduate student|pursuing|enrolled|returning to school|recent graduate|new grad|final[- ]year|b\\.?sc?\\.?|m\\.?sc?\\.?"
              + "|b\\.?a\\.?|m\\.?eng|b\\.?eng|b\\.?tech|m\\.?tech|mba)(?=\\W|$))");
  private static final Pattern CERT =
      Pattern.compile("(?i)\\b(certifi\\w*|certified|licen[cs]e[ds]?|accreditation)\\b");
  private static final Pattern PUBLICATIONS =
      Pattern.compile(
          "(?i)\\b(publications?|published|publishing|first[- ]author|papers?)\\b.*\\b(at|in)\\b");
  // "MS" or "BA" alone can be other things; a degree line also names a field or a level.
  private static final Pattern DEGREE_WORDS =
      Pattern.compile(
          "(?i)\\b(degree|bachelor|master|ph\\.?\\s?d|doctora|diploma|pursuing|enrolled|graduate"
              + "|returning to school|recent graduate|new grad|final[- ]year"
              + "|\\bin (computer|statistics|math|physics|engineering|a (related|quantitative|"
              + "technical)))");
  private static final Pattern SOFT =
      Pattern.compile(
          "(?i)\\b(communicat\\w*|collaborat\\w*|stakeholders?|interpersonal|team player|teamwork"
              + "|mentor\\w*|coach\\w*|leadership|lead(ing)? (a |the )?teams?|present(ing|ation)?s?"
              + " (to|findings|results)|storytelling|cross[- ]functional|self[- ]starter"
              + "|self[- ]motivated|independen(t|tly|ce)|autonom\\w*|ownership|curiosity|curious"
              + "|growth mindset|problem[- ]solv\\w*|attention to detail|adaptab\\w*|organi[sz]ation"
              + "al skills|written and (oral|verbal)|verbal and written|oral and written"
              + "|influenc\\w*|empath\\w*|fast[- ]paced|ambiguity|prioriti[sz]\\w*)\\b");
  private static final Pattern TECH_HINT =
      Pattern.compile(
          "(?i)\\b(python|java|c\\+\\+|scala|sql|r|pytorch|tensorflow|jax|spark|kubernetes|docker"
              + "|aws|gcp|azure|model\\w*|learning|algorithm\\w*|statistic\\w*|data|framework\\w*"
              + "|libraries|language\\w*|software|cloud|pipelines?|systems?)\\b");
  private static final Pattern ASKS =
      Pattern.compile(
          "(?i)\\b(experience|years?|degree|must|should|required|requires?|preferred|proficien\\w*"
              + "|familiar\\w*|knowledge|understanding|expertise|skills?|ability|able to|strong"
              + "|solid|track record|background|you have|you will|you'll|we('re| are) looking"
              + "|ideal candidate|plus|bonus)\\b");
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)"
              + "(?:\\s*(?:-|\u2013|to)\\s*\\d{1,2})?\\s*\\+?\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:or more\\s+)?"
              + "(?:years?|yrs)\\b");
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15));

  /** Creates a classifier. */
  public RequirementClassifier() {}

  /**
   * The item's kind. Order matters: a degree line may name years and fields, a years line may name
   * skills, and only what is left is judged by its skills or as a duty.
   *
   * @param text the item
   * @param section where it sits
   * @return its kind
   */
  public RequirementKind kind(String text, PostingSection section) {
    if (WORK_AUTH.matcher(text).find()) {
      return RequirementKind.WORK_AUTHORIZATION;
    }
    if (LOCATION.matcher(text).find() || isPlace(text)) {
      return RequirementKind.LOCATION;
    }
    if (DEGREE.matcher(text).find() && degreeWords(text)) {
      return RequirementKind.DEGREE;
    }
    if (years(text) > 0) {
      return RequirementKind.EXPERIENCE;
    }
    if (CERT.matcher(text).find()) {
      return RequirementKind.CERTIFICATION;
    }
    if (PUBLICATIONS.matcher(text).find() || Venues.PATTERN.matcher(text).find()) {
      return RequirementKind.PUBLICATIONS;
    }
    if (SOFT.matcher(text).find() && !TECH_HINT.matcher(withoutSoft(text)).find()) {
      return RequirementKind.SOFT_SKILL;
    }
    return section == PostingSection.DUTIES
        ? RequirementKind.RESPONSIBILITY
        : RequirementKind.SKILL;
  }

  /**
   * Whether a sentence of prose asks for something (bullets always do).
   *
   * @param text the sentence
   * @param kind its kind
   * @return true for a requirement, false for pitch or context
   */
  public boolean asks(String text, RequirementKind kind) {
    return kind == RequirementKind.DEGREE
        || kind == RequirementKind.EXPERIENCE
        || kind == RequirementKind.WORK_AUTHORIZATION
        || ASKS.matcher(text).find();
  }

  /**
   * The years an item asks for: the lower end of a range, 0 when it names none.
   *
   * @param text the item
   * @return the years, 0..50
   */
  public static int years(String text) {
    Matcher m = YEARS.matcher(text);
    while (m.find()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int v = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
      // "in the last 2 years" or "a 4-year degree" are not experience asked for.
      String before =
          text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
      if (v > 0 && v <= 50 && !before.contains("last") && !before.contains("past")) {
        return v;
      }
    }
    return 0;
  }

  /** A line that is only a place: "Singapore", "Berlin, Germany" (countries by their names). */
  private static boolean isPlace(String text) {
    String t = text.strip().replaceAll("[.;]+$", "");
    if (t.length() > 60) {
      return false;
    }
    String[] parts = t.split("\\s*[,/|]\\s*");
    return COUNTRIES.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT));
  }

  // Country names in English from the JDK's own list, so no gazetteer needs keeping.
  private static final Set<String> COUNTRIES = countries();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    out.addAll(List.of("usa", "us", "uk", "united states of america"));
    return Set.copyOf(out);
  }

  private static boolean degreeWords(String text) {
    return DEGREE_WORDS.matcher(text).find();
  }

  private static String withoutSoft(String text) {
    return SOFT.matcher(text).replaceAll(" ");
  }
}
