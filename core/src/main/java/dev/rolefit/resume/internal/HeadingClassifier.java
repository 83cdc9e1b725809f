package dev.rolefit.resume.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rolefit.extract.Line;
import dev.rolefit.model.SectionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a line's text names a section, and which: exact aliases, aliases whose words a
 * PDF ran together or spaced out ("EDUCATIONALQUALIFICATIONS", "E D U C A T I O N"), and, for
 * styled lines, aliases at the start or end ("Technical Skills &amp; Tools"). Whether a line is set
 * as a heading at all is the caller's business ({@link SectionSplitter}).
 */
public final class HeadingClassifier {
  static final String RESOURCE = "dev/rolefit/corpus/headings.yaml";
  static final int MAX_HEADING_WORDS = 8;
  static final int MAX_HEADING_CHARS = 56;
  private static final int MAX_RUN_TOGETHER = 60;

  /**
   * One-word aliases that are also ordinary words ("Research", "Software", "Graduate"): they make a
   * heading only when the line is set like one.
   */
  private static final Set<String> WEAK =
      Set.of(
          "research",
          "software",
          "graduate",
          "undergraduate",
          "work",
          "code",
          "media",
          "press",
          "bio",
          "other",
          "misc",
          "currently",
          "postdoc",
          "programming",
          "tools",
          "methods",
          "frameworks",
          "stack",
          "strengths",
          "abilities",
          "instruction",
          "organization",
          "organizing",
          "leadership",
          "career",
          "training",
          "studies",
          "thesis",
          "dissertation",
          "books",
          "articles",
          "posters",
          "keynotes",
          "tutorials",
          "seminars",
          "reviewer",
          "interests",
          "activities",
          "languages",
          "positions",
          "mentoring",
          "supervision",
          "funding",
          "service",
          "technologies",
          "expertise",
          "competencies",
          "specialties",
          "proficiencies",
          "accomplishments",
          "experiences",
          "qualifications",
          "highlights",
          "overview",
          "introduction",
          "about",
          "profile",
          "portfolio",
          "courses",
          "outreach",
          "references",
          "hobbies",
          "citizenship",
          "papers",
          "degrees",
          "academics",
          "refereeing",
          "reviewing",
          "advising",
          "grants",
          "patents",
          "manuscripts",
          "preprints",
          "talks",
          "presentations",
          "certificates",
          "licenses",
          "licences",
          "memberships",
          "affiliations",
          "recognition",
          "distinctions",
          "prizes",
          "scholarships",
          "fellowships");

  /**
   * One-word aliases that also label rows of tables and entries ("Languages Python, SQL",
   * "Positions"): alone on a line they make a heading only when the line is set like one.
   */
  private static final Set<String> NEEDS_STYLE =
      Set.of(
          "currently",
          "postdoc",
          "graduate",
          "undergraduate",
          "code",
          "media",
          "press",
          "bio",
          "other",
          "misc",
          "software",
          "tools",
          "methods",
          "frameworks",
          "stack",
          "programming",
          "languages",
          "positions",
          "studies",
          "thesis",
          "dissertation",
          "instruction",
          "organization",
          "organizing",
          "training",
          "technologies",
          "supervision",
          "funding",
          "reviewer",
          "mentoring",
          "leadership");

  /** Words that make a line an entry's title, not a heading ("Research Intern"). */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "intern",
          "engineer",
          "scientist",
          "assistant",
          "associate",
          "researcher",
          "analyst",
          "developer",
          "manager",
          "director",
          "professor",
          "lecturer",
          "fellow",
          "consultant",
          "student",
          "candidate",
          "lead",
          "head",
          "officer",
          "specialist",
          "architect",
          "postdoc",
          "instructor",
          "tutor",
          "founder",
          "owner",
          "chair",
          "member",
          "university",
          "inc",
          "ltd",
          "llc",
          "gmbh",
          "corp",
          "institute",
          "college",
          "school",
          "laboratory",
          "lab",
          "labs",
          "company",
          "group");

  private final Map<String, SectionKind> aliases;
  private final Map<String, SectionKind> despaced;
  private final Set<String> vocabulary;

  private HeadingClassifier(Map<String, SectionKind> aliases) {
    this.aliases = aliases;
    this.despaced = new LinkedHashMap<>();
    this.vocabulary = new HashSet<>();
    aliases.forEach(
        (a, k) -> {
          despaced.putIfAbsent(a.replace(" ", ""), k);
          for (String w : a.split(" ")) {
            if (w.length() >= 2) {
              vocabulary.add(w);
            }
          }
        });
  }

  /**
   * Loads the bundled heading aliases.
   *
   * @return the classifier
   */
  public static HeadingClassifier bundled() {
    try (InputStream in = HeadingClassifier.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, List<String>> raw =
          new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      Map<String, SectionKind> map = new LinkedHashMap<>();
      raw.forEach(
          (kind, list) -> {
            SectionKind k = SectionKind.of(kind);
            for (String a : list) {
              map.putIfAbsent(key(a), k);
            }
          });
      return new HeadingClassifier(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Classifies a line on its own, as a heading of a document without styles would be: the old
   * single-line rule, kept for callers that see one line at a time.
   *
   * @param line the line with its layout
   * @param bodyFontSize the document's typical font size (0 if unknown)
   * @return the section kind if the line is a heading
   */
  public Optional<SectionKind> classify(Line line, float bodyFontSize) {
    String text = line.text().strip();
    if (!shaped(text)) {
      return Optional.empty();
    }
    boolean styled =
        line.headingStyle()
            || line.bold()
            || isCaps(text)
            || (bodyFontSize > 0 && line.fontSize() > bodyFontSize + 1.5f);
    return Optional.ofNullable(kind(text, styled, styled && !line.bold()));
  }

  /**
   * Whether a line's text has the shape of a heading: short, no bullet, few words.
   *
   * @param text the line's text
   * @return true if it could be a heading
   */
  static boolean shaped(String text) {
    return shapedKey(text) != null;
  }

  /**
   * The key of a line shaped like a heading, or null if it is not.
   *
   * @param text the line's text
   * @return its key, or null
   */
  static @Nullable String shapedKey(String text) {
    if (text.isEmpty() || text.length() > MAX_HEADING_CHARS || text.startsWith("\u2022")) {
      return null;
    }
    String key = key(text);
    return !key.isEmpty() && words(key) <= MAX_HEADING_WORDS ? key : null;
  }

  /**
   * The section a heading's text names.
   *
   * @param text the heading's text
   * @param styled whether the line is set apart (bold, capitals, larger, a heading style)
   * @param stronglyStyled whether it is set apart by more than bold (capitals, size, a heading
   *     style): only then may an alias at the start or end of a longer line name it, since bold
   *     lines are often entry titles ("Research Intern")
   * @return the kind, or null if the text names none
   */
  SectionKind kind(String text, boolean styled, boolean stronglyStyled) {
    return kind(text, key(text), styled, stronglyStyled);
  }

  /**
   * The section a heading's text names, its key already made.
   *
   * @param text the heading's text
   * @param key {@link #key} of the text
   * @param styled whether the line is set apart
   * @param stronglyStyled whether it is set apart by more than bold
   * @return the kind, or null
   */
  @Nullable SectionKind kind(String text, String key, boolean styled, boolean stronglyStyled) {
    if (key.isEmpty()) {
      return null;
    }
    SectionKind exact = aliases.get(key);
    if (exact != null) {
      return styled || !NEEDS_STYLE.contains(key) ? exact : null;
    }
    // "Publications (selected)" or "Experience (most recent first)" name the section before them.
    String bare = QUALIFIER.matcher(text).replaceFirst("");
    if (bare.length() < text.length() && !bare.isBlank()) {
      SectionKind k = aliases.get(key(bare));
      if (k != null) {
        return styled || !NEEDS_STYLE.contains(key(bare)) ? k : null;
      }
    }
    boolean spacedOut = isSpacedOut(key);
    if (spacedOut || isCaps(text)) {
      String joined = key.replace(" ", "");
      SectionKind k = despaced.get(joined);
      if (k != null) {
        return k;
      }
      // Words run together have no space left between them; nothing else needs splitting.
      String split = spacedOut || key.indexOf(' ') < 0 ? splitRunTogether(joined) : null;
      if (split != null) {
        SectionKind s = aliases.get(split);
        if (s != null) {
          return s;
        }
        key = split;
      }
    }
    if (!stronglyStyled || hasDigit(text)) {
      return null;
    }
    String[] words = key.split(" ");
    for (String w : words) {
      if (ROLE_WORDS.contains(w)) {
        return null;
      }
    }
    // A styled short line that starts or ends with an alias ("Technical Skills & Tools"): the
    // longest such alias, looked up word boundary by word boundary.
    SectionKind found = null;
    int foundLength = 0;
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      String head = key.substring(0, i);
      String tail = key.substring(i + 1);
      for (String a : new String[] {head, tail}) {
        SectionKind k = aliases.get(a);
        if (k != null && a.length() > foundLength && !WEAK.contains(a)) {
          found = k;
          foundLength = a.length();
        }
      }
    }
    return found;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a heading text is a one-word alias that is also an ordinary word ("Research").
   *
   * @param text the text
   * @return true for such words
   */
  boolean isOrdinaryWord(String text) {
    return WEAK.contains(key(text));
  }

  /** Words that tell what an unknown heading's section holds, most specific first. */
  private static final String[][] KEYWORDS = {
    {"advising", "supervision", "supervised", "advisees", "mentees", "mentoring", "students"},
    {"reviewing", "reviewer", "referee", "refereeing", "editorial"},
    {"teaching", "lectures", "taught"},
    {"talks", "presentations", "seminars", "posters", "keynotes"},
    {"grants", "funding", "grant"},
    {
      "service",
      "organization",
      "organisation",
      "organizing",
      "committee",
      "committees",
      "outreach",
      "synergistic"
    },
    {"other", "volunteer", "voluntary", "volunteering", "hobbies", "languages", "references"},
    {"publications", "papers", "preprints", "patents", "articles", "manuscripts"},
    {"awards", "honors", "honours", "prizes", "scholarships", "fellowships", "distinctions"},
    {"coursework", "courses"},
    {"certifications", "certificates", "licenses", "licences", "memberships"},
    {"projects", "portfolio"},
    {"skills", "competencies", "technologies", "tools"},
    {"education", "degrees", "studies"},
    {"appointments", "positions", "postdoctoral"},
    {"experience", "employment", "career", "work"},
  };

  /**
   * The kind a heading's words suggest when it is no alias ("Co-Supervision of Students" is
   * advising, "Organization of Conferences" service), or null.
   *
   * @param text the heading's text
   * @return the kind, or null
   */
  @Nullable SectionKind kindByKeyword(String text) {
    String key = " " + key(text) + " ";
    for (String[] group : KEYWORDS) {
      for (int i = 1; i < group.length; i++) {
        if (key.contains(" " + group[i] + " ")) {
          return SectionKind.of(group[0]);
        }
      }
    }
    return null;
  }

  /** "e d u c a t i o n": letters spaced out by a PDF's letter spacing. */
  private static boolean isSpacedOut(String key) {
    if (key.length() < 5) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ((i % 2 == 0) == (c == ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits words a PDF ran together ("educationalqualifications") into heading words, preferring
   * the fewest words; null if the text is not made of heading words only.
   */
  @Nullable String splitRunTogether(String joined) {
    int n = joined.length();
    if (n < 6 || n > MAX_RUN_TOGETHER) {
      return null;
    }
    int[] words = new int[n + 1];
    int[] prev = new int[n + 1];
    java.util.Arrays.fill(words, Integer.MAX_VALUE);
    words[0] = 0;
    for (int i = 0; i < n; i++) {
      if (words[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (int j = i + 2; j <= n; j++) {
        if (words[i] + 1 < words[j] && isHeadingWord(joined.substring(i, j))) {
          words[j] = words[i] + 1;
          prev[j] = i;
        }
      }
    }
    if (words[n] == Integer.MAX_VALUE || words[n] < 2) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int j = n; j > 0; j = prev[j]) {
      sb.insert(0, joined.substring(prev[j], j));
      if (prev[j] > 0) {
        sb.insert(0, ' ');
      }
    }
    return sb.toString();
  }

  private boolean isHeadingWord(String w) {
    return vocabulary.contains(w) || w.equals("and") || w.equals("of") || w.equals("educational");
  }

  static boolean isCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters >= 3;
  }

  private static int words(String key) {
    int n = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        n++;
      }
    }
    return isSpacedOut(key) ? 1 : n;
  }

  /** Lower-case letters and single spaces; "&" reads as "and". A loop: it runs on every line. */
  private static final java.util.regex.Pattern QUALIFIER =
      java.util.regex.Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*:?\\s*$");

  static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 4);
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(Character.toLowerCase(c));
      } else if (c == '&') {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append("and");
        space = true;
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
