package dev.rolefit.resume.internal;

import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.internal.Lexicon.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an entry's heading: splits it into title and organisation, and tells what kind of entry it
 * is from the title's words and the section it sits in. Rules are ordered from the most to the
 * least specific ("Research Assistant Professor" is faculty, "Research Intern" an internship).
 */
public final class EntryClassifier {
  // ASCII case folding: the words matched are English; Unicode folding costs several times more.
  private static final int CI = Pattern.CASE_INSENSITIVE;

  private static final Lexicon VOLUNTEER = Lexicon.of("volunteer*", "pro bono");
  private static final Lexicon FACULTY =
      Lexicon.of(
          "professor*",
          "lecturer",
          "faculty",
          "reader in",
          "group leader",
          "principal investigator",
          "head of the lab",
          "head of lab",
          "head of the laboratory",
          "head of the group",
          "head of group",
          "tenure*",
          "junior research group",
          "dozent",
          "privatdozent",
          "chair of the department",
          "chair of department",
          "chair in");
  private static final Lexicon POSTDOC =
      Lexicon.of("postdoc*", "post doc", "post docs", "post doctoral", "research fellow");
  private static final Lexicon NOT_POSTDOC =
      Lexicon.of(
          "junior research fellow",
          "phd research fellow",
          "doctoral research fellow",
          "graduate research fellow");
  private static final Lexicon INTERNSHIP =
      Lexicon.of(
          "intern",
          "interns",
          "internship*",
          "co-op",
          "coop",
          "summer analyst",
          "summer associate",
          "summer student",
          "summer researcher",
          "summer research",
          "student researcher",
          "working student",
          "werkstudent",
          "trainee*",
          "apprentice*",
          "placement",
          "externship");
  private static final Lexicon TEACHING =
      Lexicon.of(
          "teaching assistant",
          "teaching fellow",
          "teaching associate",
          "tutor",
          "tutors",
          "tutoring",
          "tuition",
          "grader",
          "demonstrator",
          "course assistant",
          "seminar supervisor",
          "exercise supervisor",
          "private lessons");
  private static final Lexicon RESEARCH_ASSISTANT =
      Lexicon.of(
          "research assistant",
          "research asst",
          "graduate research",
          "graduate student",
          "undergraduate research*",
          "research student",
          "student research*",
          "student assistant",
          "visiting student",
          "visiting phd",
          "visiting graduate",
          "visiting scholar",
          "visiting researcher",
          "research scholar",
          "research trainee",
          "junior research fellow",
          "research aide",
          "hiwi");
  // Abbreviations count only in capitals: "RA", "TA".
  private static final Pattern RA_CASE = Pattern.compile("\\bRA\\b");
  private static final Pattern TA_CASE = Pattern.compile("\\bTAs?\\b");
  private static final Lexicon DOCTORAL =
      Lexicon.of(
          "phd",
          "ph d",
          "doctorate",
          "doctoral",
          "dphil",
          "d phil",
          "doctor of",
          "doctor in",
          "dr rer",
          "dr sc");
  private static final Lexicon DEGREE =
      Lexicon.of(
          "masters",
          "master of",
          "master in",
          "master degree",
          "m sc",
          "m s",
          "msc",
          "mba",
          "m eng",
          "meng",
          "m a",
          "mphil",
          "m phil",
          "mtech",
          "m tech",
          "bachelor*",
          "b sc",
          "b s",
          "bsc",
          "b a",
          "btech",
          "b tech",
          "b eng",
          "beng",
          "b e",
          "ms in",
          "ms of",
          "bs in",
          "bs of",
          "ba in",
          "ba of",
          "ma in",
          "ma of",
          "be in",
          "diplom*",
          "degree",
          "high school",
          "secondary school",
          "lycee",
          "lyc\u00e9e",
          "gymnasium",
          "baccalaur*",
          "exchange student",
          "exchange program*",
          "exchange semester",
          "study abroad",
          "major in",
          "minor in",
          "undergraduate studies",
          "graduate studies",
          "classes preparatoires",
          "classes pr\u00e9paratoires",
          "a level",
          "a levels",
          "certificate in",
          "year abroad",
          "studies",
          "semester abroad");
  private static final Lexicon STUDENT_JOB =
      Lexicon.of(
          "student worker",
          "student job",
          "student employee",
          "campus job",
          "library assistant",
          "circulation assistant",
          "resident assistant",
          "dining",
          "barista",
          "cashier",
          "waiter",
          "waitress");

  /** Words of a job title, also the core of {@link #ROLE}. */
  private static final String[] JOB_WORDS = {
    "engineer",
    "scientist",
    "researcher",
    "analyst",
    "developer",
    "manager",
    "director",
    "consultant",
    "specialist",
    "architect",
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "professor",
    "lecturer",
    "postdoc",
    "administrator",
    "technician",
    "programmer",
    "designer",
    "accountant",
    "nurse",
    "teacher",
    "officer",
    "executive",
    "intern"
  };

  private static final Lexicon JOB = plural(JOB_WORDS);
  private static final Lexicon ROLE =
      plural(
          concat(
              JOB_WORDS,
              "lead",
              "leader",
              "head",
              "president",
              "vice president",
              "vp",
              "cto",
              "ceo",
              "coo",
              "cfo",
              "partner",
              "associate",
              "assistant",
              "fellow",
              "instructor",
              "tutor",
              "coordinator",
              "editor",
              "writer",
              "advisor",
              "adviser",
              "member",
              "chair",
              "student",
              "candidate",
              "trainee",
              "apprentice",
              "volunteer",
              "contractor",
              "freelancer",
              "freelance",
              "staff",
              "principal",
              "supervisor",
              "operator",
              "clerk",
              "representative",
              "secretary",
              "maintainer",
              "contributor",
              "scholar",
              "visitor",
              "visiting",
              "employee",
              "worker",
              "mechanic",
              "electrician",
              "chef",
              "cook",
              "pilot"));

  private static final Lexicon STUDENT = Lexicon.of("student");
  private static final Lexicon PROJECT = Lexicon.of("project", "projects");
  private static final Lexicon MEMBERSHIP =
      Lexicon.of(
          "member",
          "members",
          "affiliate",
          "associate member",
          "fellow of",
          "peer reviewer",
          "reviewer");

  private static final Lexicon ROLE_NOT_JOB =
      Lexicon.of(
          "committee",
          "representative",
          "organizer",
          "organiser",
          "chair",
          "member",
          "reviewer",
          "judge",
          "mentor",
          "volunteer",
          "ambassador",
          "delegate",
          "coach",
          "referee",
          "captain",
          "president of");
  private static final Lexicon ORG =
      Lexicon.of(
          "university",
          "universit\u00e4t",
          "universitat",
          "universidad",
          "universit\u00e9",
          "universite",
          "universit\u00e0",
          "universita",
          "college",
          "institute",
          "institut",
          "school",
          "academy",
          "inc",
          "ltd",
          "llc",
          "gmbh",
          "corp",
          "corporation",
          "company",
          "co",
          "lab",
          "labs",
          "laboratory",
          "laboratories",
          "research",
          "center",
          "centre",
          "foundation",
          "hospital",
          "bank",
          "group",
          "agency",
          "ministry",
          "department",
          "council",
          "society",
          "technologies",
          "systems",
          "solutions",
          "ag",
          "sa",
          "plc",
          "ventures",
          "capital",
          "partners",
          "consulting",
          "startup",
          "polytechnic",
          "politecnico",
          "eth",
          "epfl",
          "mit",
          "cnrs",
          "inria",
          "google",
          "microsoft",
          "meta",
          "amazon",
          "apple",
          "nvidia",
          "ibm",
          "intel",
          "deepmind",
          "openai",
          "facebook",
          "samsung",
          "huawei",
          "alibaba",
          "tencent",
          "baidu",
          "bytedance",
          "adobe",
          "uber",
          "netflix",
          "spotify",
          "salesforce",
          "oracle",
          "sap");

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  private static Lexicon plural(String... words) {
    String[] all = new String[words.length * 2];
    for (int i = 0; i < words.length; i++) {
      all[2 * i] = words[i];
      all[2 * i + 1] = words[i] + "s";
    }
    return Lexicon.of(all);
  }

  private static final java.util.Set<String> PLACES =
      java.util.Set.of(
          "remote",
          "hybrid",
          "onsite",
          "on-site",
          "usa",
          "u.s.a",
          "u.s",
          "us",
          "uk",
          "u.k",
          "united states",
          "united kingdom",
          "england",
          "scotland",
          "wales",
          "ireland",
          "germany",
          "france",
          "canada",
          "china",
          "india",
          "japan",
          "italy",
          "spain",
          "switzerland",
          "netherlands",
          "the netherlands",
          "sweden",
          "norway",
          "finland",
          "denmark",
          "belgium",
          "austria",
          "poland",
          "portugal",
          "greece",
          "israel",
          "korea",
          "south korea",
          "republic of korea",
          "australia",
          "new zealand",
          "singapore",
          "russia",
          "brazil",
          "mexico",
          "argentina",
          "chile",
          "turkey",
          "iran",
          "egypt",
          "nigeria",
          "kenya",
          "south africa",
          "uae",
          "united arab emirates",
          "saudi arabia",
          "qatar",
          "taiwan",
          "hong kong",
          "czech republic",
          "czechia",
          "hungary",
          "romania",
          "ukraine",
          "vietnam",
          "thailand",
          "malaysia",
          "indonesia",
          "pakistan",
          "bangladesh",
          "nepal",
          "sri lanka",
          "colombia",
          "peru",
          "luxembourg",
          "estonia",
          "latvia",
          "lithuania",
          "slovenia",
          "croatia",
          "serbia",
          "bulgaria",
          "slovakia",
          "iceland",
          "alabama",
          "alaska",
          "arizona",
          "arkansas",
          "california",
          "colorado",
          "connecticut",
          "delaware",
          "florida",
          "georgia",
          "hawaii",
          "idaho",
          "illinois",
          "indiana",
          "iowa",
          "kansas",
          "kentucky",
          "louisiana",
          "maine",
          "maryland",
          "massachusetts",
          "michigan",
          "minnesota",
          "mississippi",
          "missouri",
          "montana",
          "nebraska",
          "nevada",
          "new hampshire",
          "new jersey",
          "new mexico",
          "new york",
          "north carolina",
          "north dakota",
          "ohio",
          "oklahoma",
          "oregon",
          "pennsylvania",
          "rhode island",
          "south carolina",
          "south dakota",
          "tennessee",
          "texas",
          "utah",
          "vermont",
          "virginia",
          "washington",
          "west virginia",
          "wisconsin",
          "wyoming",
          "ontario",
          "quebec",
          "british columbia",
          "alberta",
          "bavaria",
          "england, uk");
  private static final java.util.Set<String> STATE_CODES =
      java.util.Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY", "ON", "QC", "BC", "KR", "IT", "FR", "JP", "CN", "ES",
          "NL", "CH", "SE", "AT", "BE", "DK", "FI", "NO", "PL", "PT", "GR", "IE", "AU", "NZ", "SG",
          "HK", "TW", "UK", "US", "USA");

  /** Leading words that introduce someone else: an advisor is not the entry's title. */
  private static final Pattern OTHER_PERSON =
      Pattern.compile(
          "^(advisors?|advisers?|supervisors?|mentors?|hosts?|thesis|dissertation|committee"
              + "|references?|managers?)\\s*[:\\-\u2010\u2011\u2013].*"
              + "|^(supervised by|advised by|hosted by|with prof|under prof|with dr|under dr)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** What icon fonts leave in text: replacement and private-use glyphs, "1⁄2"-like fractions. */
  private static final Pattern ICON_JUNK =
      Pattern.compile(
          "[\\uFFFD\\uE000-\\uF8FF]|(?<!\\S)\\S*\\u2044\\S*"); // word starts only: linear

  private EntryClassifier() {}

  /**
   * An entry's heading, read.
   *
   * @param kind what the entry is
   * @param title the role or degree
   * @param organisation the employer or school, or ""
   * @param doctoral whether it is a doctorate
   */
  public record Reading(EntryKind kind, String title, String organisation, boolean doctoral) {}

  /**
   * Reads a heading.
   *
   * @param parts the heading's lines with the dates taken out, in order
   * @param section the section the entry sits in
   * @param sectionHeading the heading of that section as written (a volunteering section)
   * @return the reading, or null if the heading does not read as a career entry (no role, no
   *     organisation, no degree: a date in a list of something else)
   */
  public static Reading read(List<String> parts, SectionKind section, String sectionHeading) {
    List<Piece> located = located(parts);
    List<String> fragments = new ArrayList<>(located.size());
    List<Words> words = new ArrayList<>(located.size());
    for (Piece p : located) {
      fragments.add(p.text());
      words.add(Words.of(p.text()));
    }
    String all = String.join(" | ", parts);
    int title = -1;
    int degree = -1;
    int rank = 0;
    for (int i = 0; i < fragments.size(); i++) {
      Words w = words.get(i);
      if (degree < 0 && (DEGREE.in(w) || DOCTORAL.in(w))) {
        degree = i;
      }
      // The title is the piece whose last word names a role ("Data Science Research Intern"),
      // else one with a role and no organisation word, else any piece with a role.
      int r = !ROLE.in(w) ? 0 : ROLE.hasWord(w.lastWord()) ? 3 : !ORG.in(w) ? 2 : 1;
      if (r > rank) {
        rank = r;
        title = i;
      }
    }
    if (degree >= 0 && (section == SectionKind.EDUCATION || title < 0)) {
      title = degree;
    }
    int org = -1;
    if (title >= 0) {
      // "Scientist, NLP — Wayfair": across a strong separator from the title, the organisation.
      int seg = located.get(title).segment();
      for (int i = 0; i < fragments.size() && org < 0; i++) {
        if (located.get(i).segment() != seg && ORG.in(words.get(i))) {
          org = i;
        }
      }
      for (int i = 0; i < fragments.size() && org < 0; i++) {
        if (located.get(i).segment() != seg
            && startsUpper(fragments.get(i))
            && !ROLE.in(words.get(i))) {
          org = i;
        }
      }
    }
    for (int i = 0; i < fragments.size() && org < 0; i++) {
      if (i != title && ORG.in(words.get(i))) {
        org = i;
      }
    }
    if (title < 0 && !fragments.isEmpty()) {
      title = org == 0 && fragments.size() > 1 ? 1 : 0;
    }
    for (int i = 0; i < fragments.size() && org < 0; i++) {
      if (i != title && startsUpper(fragments.get(i))) {
        org = i;
      }
    }
    String titleText = title < 0 ? "" : fragments.get(title);
    String orgText = org < 0 || org == title ? "" : fragments.get(org);
    Words roleWords = title < 0 ? Words.of(all) : words.get(title);
    Words allWords = Words.of(all);
    EntryKind kind =
        kind(titleText.isEmpty() ? all : titleText, roleWords, allWords, section, sectionHeading);
    if (kind == null) {
      return null;
    }
    boolean doctoral =
        kind == EntryKind.EDUCATION
            && (DOCTORAL.in(roleWords) || (degree < 0 && DOCTORAL.in(allWords)));
    return new Reading(kind, titleText, orgText.equals(titleText) ? "" : orgText, doctoral);
  }

  private static EntryKind kind(
      String role, Words roleWords, Words allWords, SectionKind section, String sectionHeading) {
    String heading = sectionHeading.toLowerCase(Locale.ROOT);
    boolean ta = TEACHING.in(roleWords) || (role.contains("TA") && TA_CASE.matcher(role).find());
    if (section == SectionKind.TEACHING) {
      // Courses a lecturer taught are not entries; a teaching assistantship is.
      return ta ? EntryKind.TEACHING_ASSISTANT : null;
    }
    if (VOLUNTEER.in(roleWords) || heading.contains("volunteer") || heading.contains("voluntary")) {
      return EntryKind.VOLUNTEER;
    }
    if (FACULTY.in(roleWords)) {
      return EntryKind.FACULTY;
    }
    if (POSTDOC.in(roleWords) && !NOT_POSTDOC.in(roleWords)) {
      return EntryKind.POSTDOC;
    }
    if (INTERNSHIP.in(roleWords)) {
      return EntryKind.INTERNSHIP;
    }
    if (ta) {
      return EntryKind.TEACHING_ASSISTANT;
    }
    if (RESEARCH_ASSISTANT.in(roleWords) || (role.contains("RA") && RA_CASE.matcher(role).find())) {
      return EntryKind.RESEARCH_ASSISTANT;
    }
    if (section == SectionKind.PROJECTS) {
      return EntryKind.PROJECT; // a thesis project is a project
    }
    if (DOCTORAL.in(roleWords) || DEGREE.in(roleWords)) {
      return EntryKind.EDUCATION;
    }
    if (STUDENT_JOB.in(roleWords)) {
      return EntryKind.OTHER;
    }
    if (STUDENT.in(roleWords)) {
      return EntryKind.EDUCATION; // "Information Technology Student": studying, not a job
    }
    if (section == SectionKind.EDUCATION) {
      // A school line without a degree word ("Northbridge University 2014 – 2018").
      return ROLE.in(roleWords) && !ORG.in(roleWords)
          ? EntryKind.RESEARCH_ASSISTANT
          : EntryKind.EDUCATION;
    }
    if (section == SectionKind.PROJECTS || (PROJECT.in(roleWords) && !ROLE.in(roleWords))) {
      return EntryKind.PROJECT;
    }
    if (MEMBERSHIP.startsIn(roleWords)) {
      return EntryKind.OTHER;
    }
    if (section.isWork()) {
      // A dated entry under a work heading is a job unless its words say otherwise.
      return EntryKind.EMPLOYMENT;
    }
    if (section == SectionKind.OTHER
        || section == SectionKind.CONTACT
        || section == SectionKind.SUMMARY) {
      // Outside the career sections only a plain job title makes an entry, not a committee seat.
      return JOB.in(roleWords) && !ROLE_NOT_JOB.in(roleWords) ? EntryKind.EMPLOYMENT : null;
    }
    return null;
  }

  /**
   * The heading's pieces between separators, without places ("Mountain View, CA"), icon glyphs and
   * pieces without letters.
   */
  static List<String> fragments(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (Piece p : located(parts)) {
      out.add(p.text());
    }
    return out;
  }

  /**
   * A piece of a heading and the segment it is in: lines, and the parts of a line between strong
   * separators ("|", "—", " – ", "@", " at "), are segments; commas cut pieces within one.
   */
  private record Piece(String text, int segment) {}

  private static List<Piece> located(List<String> parts) {
    List<Piece> raw = new ArrayList<>();
    int segment = 0;
    for (String p : parts) {
      for (Piece f : pieces(p, segment)) {
        String t = clean(f.text());
        if (!t.isEmpty() && hasLetters(t) && !otherPerson(t)) {
          raw.add(new Piece(t, f.segment()));
        }
        segment = Math.max(segment, f.segment());
      }
      segment++;
    }
    List<Piece> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String f = raw.get(i).text();
      boolean place = isPlace(f);
      // A city before a state or country: "Mountain View | CA".
      if (!place && i + 1 < raw.size() && isPlace(raw.get(i + 1).text()) && cityLike(f)) {
        place = true;
      }
      if (!place) {
        out.add(raw.get(i));
      }
    }
    return out;
  }

  /**
   * Cuts a heading line at its separators: "|", bullets and middle dots, an em dash, a dash with
   * spaces around it, commas, semicolons, "at", "@" and brackets. A loop: it runs on every entry.
   */
  private static List<Piece> pieces(String p, int firstSegment) {
    List<Piece> out = new ArrayList<>(4);
    int segment = firstSegment;
    int start = 0;
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      int cut = 0;
      boolean strong = false;
      if (c == '|'
          || c == '\u2022'
          || c == '\u00B7'
          || c == '\u22C4'
          || c == '\u2014'
          || c == '@') {
        cut = 1;
        strong = true;
      } else if (c == ',' || c == ';' || c == '(' || c == ')') {
        cut = 1;
      } else if ((c == '\u2013' || c == '-')
          && i > 0
          && i + 1 < n
          && p.charAt(i - 1) == ' '
          && p.charAt(i + 1) == ' ') {
        cut = 1;
        strong = true;
      } else if (c == 'a'
          && i > 0
          && i + 2 < n
          && p.charAt(i - 1) == ' '
          && p.charAt(i + 1) == 't'
          && p.charAt(i + 2) == ' ') {
        cut = 2; // " at "
        strong = true;
      }
      if (cut > 0) {
        out.add(new Piece(p.substring(start, i), segment));
        segment += strong ? 1 : 0;
        start = i + cut;
        i += cut - 1;
      }
    }
    out.add(new Piece(p.substring(start), segment));
    return out;
  }

  /**
   * How many letters of a date line's remaining text could name the entry (places and icons left
   * out): a line with a few letters of a city is a line of dates, not a title.
   *
   * @param rest the line without its dates
   * @return the letters
   */
  public static int nameLetters(String rest) {
    if (letters(rest) < MIN_NAME_LETTERS) {
      return letters(rest); // too few letters to name anything, places or not
    }
    int n = 0;
    for (String f : fragments(List.of(rest))) {
      for (int i = 0; i < f.length(); i++) {
        n += Character.isLetter(f.charAt(i)) ? 1 : 0;
      }
    }
    return n;
  }

  /**
   * Whether a line names a role or a degree ("Assistant Professor, School of Informatics").
   *
   * @param line the text
   * @return true if a role or degree word is in it
   */
  public static boolean namesRole(String line) {
    Words w = Words.of(line);
    return (ROLE.in(w) && !otherPerson(line.strip())) || DEGREE.in(w) || DOCTORAL.in(w);
  }

  /**
   * Whether a line names an organisation or a place ("Corvid Labs", "Acme, Lisbon, Portugal").
   *
   * @param line the text
   * @return true if an organisation word or a known place is in it
   */
  public static boolean namesOrganisationOrPlace(String line) {
    if (ORG.in(Words.of(line))) {
      return true;
    }
    for (Piece p : pieces(line, 0)) {
      if (isPlace(clean(p.text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(String f) {
    String t = f.strip();
    if (t.length() <= 4
        && STATE_CODES.contains(t.endsWith(".") ? t.substring(0, t.length() - 1) : t)) {
      return true;
    }
    return t.length() <= 24 && PLACES.contains(t.toLowerCase(Locale.ROOT));
  }

  private static boolean cityLike(String f) {
    String[] words = f.split(" ");
    Words lexical = Words.of(f);
    if (words.length > 3 || ROLE.in(lexical) || ORG.in(lexical)) {
      return false;
    }
    for (String w : words) {
      boolean postcode = !w.isEmpty() && Character.isDigit(w.charAt(0));
      if (w.isEmpty() || (!Character.isUpperCase(w.charAt(0)) && !postcode)) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String s) {
    String t = hasIconJunk(s) ? ICON_JUNK.matcher(s).replaceAll(" ").strip() : s.strip();
    while (!t.isEmpty() && ",;:.-\u2013|".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && ",;:.-\u2013|\u2022".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
  }

  private static final int MIN_NAME_LETTERS = 10;
  private static final java.util.Set<String> OTHER_PERSON_WORDS =
      java.util.Set.of(
          "advisor",
          "advisors",
          "adviser",
          "advisers",
          "supervisor",
          "supervisors",
          "mentor",
          "mentors",
          "host",
          "hosts",
          "thesis",
          "dissertation",
          "committee",
          "reference",
          "references",
          "manager",
          "managers",
          "supervised",
          "advised",
          "hosted",
          "with",
          "under");

  /** Whether a piece introduces someone else ("Advisor: Prof. X"); the pattern runs rarely. */
  private static boolean otherPerson(String t) {
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    return end > 0
        && OTHER_PERSON_WORDS.contains(t.substring(0, end).toLowerCase(Locale.ROOT))
        && OTHER_PERSON.matcher(t).matches();
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isLetter(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean hasIconJunk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFFFD' || c == '\u2044' || (c >= '\uE000' && c <= '\uF8FF')) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetters(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A name's first word has a capital ("Corvid Labs", "eQuill"), prose often has none. */
  private static boolean startsUpper(String s) {
    for (int i = 0; i < s.length() && s.charAt(i) != ' '; i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
