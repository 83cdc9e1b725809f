package dev.rolefit.resume.internal;

import dev.rolefit.extract.Line;
import dev.rolefit.model.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person's name from the contact block, found only when the resume makes it plain: one of the
 * first lines, before any heading, of two to four capitalised words ("Jane Doe", "Ana María de la
 * Cruz", "Jane Q. Doe") with no digit, {@code @}, punctuation, role, organisation, place or section
 * word. Anything less certain gives no name: a wrong name in a shortlist is worse than none.
 */
public final class ContactName {
  /** How many non-blank lines from the top may hold the name. */
  static final int FIRST_LINES = 3;

  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 4;

  /** Particles and initials a name may add to its capitalised words ("de la", "Q."). */
  private static final int MAX_PARTICLES = 2;

  /** A capitalised word, with hyphenated or apostrophed parts ("Mary-Jane", "O'Neil"). */
  private static final Pattern WORD =
      Pattern.compile("\\p{Lu}(?:\\p{Ll}+|(?=['\u2019]))(?:[-'\u2019]\\p{Lu}?\\p{Ll}+)*");

  /** A middle initial ("Q."), never the first or the last word. */
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  /** Lower-case particles of family names, never the first or the last word. */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "di", "la",
          "le", "bin", "ibn", "al");

  /**
   * Words of a title line, a heading or a field that are never part of a name ("Machine Learning",
   * "Curriculum Vitae", "Data Science"); role words are found by {@link EntryClassifier}.
   */
  private static final Set<String> NOT_NAME =
      Set.of(
          "resume",
          "curriculum",
          "vitae",
          "contact",
          "profile",
          "summary",
          "objective",
          "page",
          "confidential",
          "personal",
          "information",
          "details",
          "machine",
          "learning",
          "data",
          "science",
          "sciences",
          "software",
          "research",
          "senior",
          "junior",
          "professional",
          "technical",
          "engineering",
          "computer",
          "technology",
          "sales",
          "marketing",
          "business",
          "finance",
          "financial",
          "human",
          "resources",
          "customer",
          "service",
          "services",
          "health",
          "care",
          "education",
          "experience",
          "skills",
          "management",
          "operations",
          "project",
          "product",
          "street",
          "avenue",
          "road",
          "university",
          "college",
          "school",
          "institute",
          "department",
          "inc",
          "ltd",
          "llc",
          "corp",
          "company",
          "group",
          "team",
          "career",
          "focus",
          "highlights",
          "qualifications",
          "overview",
          "accomplishments",
          "achievements",
          "interests",
          "references",
          "languages",
          "certifications",
          "activities",
          "about",
          "key",
          "core",
          "competencies",
          "strengths",
          "expertise",
          "background",
          "history",
          "work",
          "employment",
          "name",
          "city",
          "state");

  private ContactName() {}

  /**
   * The name in the contact block, or empty.
   *
   * @param lines the document's lines in reading order
   * @param kind each line's section kind
   * @param heading whether each line is a heading
   * @return the name as written (spaces made single), or "" when none is certain
   */
  public static String find(List<Line> lines, SectionKind[] kind, boolean[] heading) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < FIRST_LINES; i++) {
      String text = lines.get(i).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (heading[i] || kind[i] != SectionKind.CONTACT) {
        return "";
      }
      seen++;
      String name = of(text);
      if (!name.isEmpty()) {
        return name;
      }
    }
    return "";
  }

  /**
   * The line as a name, or "" when it is not certainly one.
   *
   * @param line one line of text
   * @return the name with single spaces, or ""
   */
  static String of(String line) {
    String[] words = line.strip().split("[ \t]+");
    if (words.length > MAX_WORDS + MAX_PARTICLES) {
      return "";
    }
    int capitalised = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean inner = i > 0 && i < words.length - 1;
      if (WORD.matcher(w).matches()) {
        if (NOT_NAME.contains(w.toLowerCase(Locale.ROOT))) {
          return "";
        }
        capitalised++;
      } else if (!inner || !(INITIAL.matcher(w).matches() || PARTICLES.contains(w))) {
        return "";
      }
    }
    if (capitalised < MIN_WORDS
        || capitalised > MAX_WORDS
        || words.length - capitalised > MAX_PARTICLES) {
      return "";
    }
    String name = String.join(" ", words);
    if (EntryClassifier.namesRole(name) || EntryClassifier.namesOrganisationOrPlace(name)) {
      return "";
    }
    return name;
  }
}
