package dev.rolefit.resume.internal;

import dev.rolefit.resume.EntryKind;
import dev.rolefit.resume.SectionKind;
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
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern VOLUNTEER = Pattern.compile("\\b(volunteer\\w*|pro bono)\\b", CI);
  private static final Pattern FACULTY =
      Pattern.compile(
          "\\b(professor|lecturer|faculty|reader in|group leader|principal investigator"
              + "|head of (the )?(lab|laboratory|group)|tenure|junior research group|dozent"
              + "|privatdozent|chair (of|in) (the )?(department|school|faculty))\\b",
          CI);
  private static final Pattern POSTDOC =
      Pattern.compile(
          "\\b(post-?docs?|post-?doctoral|postdoctoral|(?<!junior |phd |doctoral |graduate )research"
              + " fellow)\\b",
          CI);
  private static final Pattern INTERNSHIP =
      Pattern.compile(
          "\\b(intern|interns|internship|co-?op|summer (analyst|associate|student|researcher"
              + "|research)|student researcher|working student|werkstudent|trainee|apprentice"
              + "|apprenticeship|placement|externship)\\b",
          CI);
  private static final Pattern TEACHING_CI =
      Pattern.compile(
          "\\b(teaching assistant|teaching fellow|teaching associate|tutor|tutors|tutoring"
              + "|tuition|grader|demonstrator|course assistant|seminar supervisor"
              + "|exercise supervisor|private lessons)\\b",
          CI);
  private static final Pattern RESEARCH_ASSISTANT =
      Pattern.compile(
          "\\b(research assistant|research asst|graduate research|graduate student"
              + "|undergraduate research\\w*|research student|student research\\w*"
              + "|student assistant|visiting (student|phd|graduate|scholar|researcher)"
              + "|research scholar|research trainee|junior research fellow|research aide"
              + "|hiwi)\\b",
          CI);
  // Abbreviations count only in capitals: "RA", "TA".
  private static final Pattern RA_CASE = Pattern.compile("\\bRA\\b");
  private static final Pattern TA_CASE = Pattern.compile("\\bTAs?\\b");
  private static final Pattern DOCTORAL =
      Pattern.compile(
          "(\\bph\\.?\\s?d\\b\\.?|\\bdoctor(ate|al)\\b|\\bd\\.?\\s?phil\\b|\\bdoctor (of|in)\\b"
              + "|\\bdr\\.\\s?rer|\\bdoctoral (student|candidate|researcher))",
          CI);
  private static final Pattern DEGREE =
      Pattern.compile(
          "(\\bmasters?\\b|\\bm\\.\\s?sc?\\b\\.?|\\bmsc\\b|\\bmba\\b|\\bm\\.?\\s?eng\\b|\\bm\\.\\s?a\\."
              + "|\\bm\\.?\\s?phil\\b|\\bm\\.?\\s?tech\\b|\\bbachelor'?s?\\b|\\bb\\.\\s?sc?\\b\\.?"
              + "|\\bbsc\\b|\\bb\\.\\s?a\\.|\\bb\\.?\\s?tech\\b|\\bb\\.?\\s?eng\\b|\\bb\\.\\s?e\\."
              + "|\\b(ms|bs|ba|ma|be)\\b\\s*(in|of|,)|\\bdiplom\\w*|\\bdegree\\b|\\bhigh school\\b"
              + "|\\bsecondary school\\b|\\blyc[eé]e\\b|\\bgymnasium\\b|\\bbaccalaur\\w*"
              + "|\\bexchange (student|program\\w*|semester)|\\bstudy abroad\\b|\\bmajor in\\b"
              + "|\\bminor in\\b|\\bundergraduate studies\\b|\\bgraduate studies\\b"
              + "|\\bclasses pr[eé]paratoires\\b|\\ba-levels?\\b|\\bcertificate in\\b"
              + "|\\byear abroad\\b|\\bstudies\\b|\\bsemester abroad\\b)",
          CI);
  private static final Pattern STUDENT_JOB =
      Pattern.compile(
          "\\b(student (worker|job|employee)|campus job|library assistant|resident assistant"
              + "|dining|barista|cashier|waiter|waitress)\\b",
          CI);
  private static final Pattern ROLE =
      Pattern.compile(
          "\\b(engineer|scientist|researcher|analyst|developer|manager|director|consultant"
              + "|specialist|architect|lead|head|officer|founder|co-?founder|owner|president"
              + "|vice president|vp|cto|ceo|coo|cfo|partner|associate|assistant|intern|fellow"
              + "|professor|lecturer|postdoc|instructor|tutor|administrator|coordinator"
              + "|technician|programmer|designer|editor|writer|advisor|adviser|member|chair"
              + "|student|candidate|trainee|apprentice|volunteer|contractor|freelancer"
              + "|freelance|staff|principal|executive|supervisor|operator|accountant|nurse"
              + "|teacher|clerk|representative|secretary|maintainer|contributor|scholar"
              + "|visitor|visiting|employee|worker|mechanic|electrician|chef|cook|pilot)s?\\b",
          CI);
  private static final Pattern PROJECT = Pattern.compile("\\bprojects?\\b", CI);
  private static final Pattern MEMBERSHIP =
      Pattern.compile(
          "^(member|members|affiliate|associate member|fellow of|peer[- ]reviewer|reviewer)\\b",
          CI);
  private static final Pattern JOB =
      Pattern.compile(
          "\\b(engineer|scientist|researcher|analyst|developer|manager|director|consultant"
              + "|specialist|architect|founder|co-?founder|owner|professor|lecturer|postdoc"
              + "|administrator|technician|programmer|designer|accountant|nurse|teacher"
              + "|officer|executive|intern)s?\\b",
          CI);
  private static final Pattern ROLE_NOT_JOB =
      Pattern.compile(
          "\\b(committee|representative|organi[sz]er|chair|member|reviewer|judge|mentor"
              + "|volunteer|ambassador|delegate|coach|referee|captain|president of)\\b",
          CI);
  private static final Pattern ORG =
      Pattern.compile(
          "\\b(university|universit[äéà]t?|universidad|universit[eé]|college|institute|institut"
              + "|school|academy|inc|ltd|llc|gmbh|corp|corporation|company|co|labs?|laboratory"
              + "|laboratories|research|center|centre|foundation|hospital|bank|group|agency"
              + "|ministry|department|council|society|technologies|systems|solutions|ag|sa|plc"
              + "|ventures|capital|partners|consulting|startup|polytechnic|politecnico|eth|epfl"
              + "|mit|cnrs|inria|google|microsoft|meta|amazon|apple|nvidia|ibm|intel|deepmind"
              + "|openai|facebook|samsung|huawei|alibaba|tencent|baidu|bytedance|adobe|uber"
              + "|netflix|spotify|salesforce|oracle|sap)\\b",
          CI);
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
  private static final Pattern STATE_CODE =
      Pattern.compile(
          "(AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
              + "|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC"
              + "|KR|IT|DE|FR|JP|CN|IN|IL|ES|NL|CH|SE|AT|BE|DK|FI|NO|PL|PT|GR|IE|AU|NZ|SG|HK|TW"
              + "|UK|US|USA)\\.?");

  /** Leading words that introduce someone else: an advisor is not the entry's title. */
  private static final Pattern OTHER_PERSON =
      Pattern.compile(
          "^(advisor|adviser|advisors|supervisor|supervisors|supervised by|mentor|mentors"
              + "|manager|thesis|dissertation|committee|reference|references|host|hosts"
              + "|with prof|under prof|pi)\\b.*",
          CI);

  /** What icon fonts leave in text: replacement and private-use glyphs, "1⁄2"-like fractions. */
  private static final Pattern ICON_JUNK =
      Pattern.compile("[\\uFFFD\\uE000-\\uF8FF]|\\S*\\u2044\\S*");

  private static final Pattern SEPARATORS =
      Pattern.compile(
          "\\s*(?:\\||\u2022|\u00B7|\u22C4|\u2014|\\s[\u2013-]\\s|,|;|\\bat\\b|@|\\(|\\))\\s*");

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
    List<String> fragments = fragments(parts);
    String all = String.join(" | ", parts);
    String title = "";
    String org = "";
    String degreeFragment = "";
    for (String f : fragments) {
      if (degreeFragment.isEmpty() && (DEGREE.matcher(f).find() || DOCTORAL.matcher(f).find())) {
        degreeFragment = f;
      }
      if (title.isEmpty()
          && ROLE.matcher(f).find()
          && !ORG.matcher(f).find()
          && !OTHER_PERSON.matcher(f).matches()) {
        title = f;
      }
    }
    for (String f : fragments) {
      if (title.isEmpty() && ROLE.matcher(f).find() && !OTHER_PERSON.matcher(f).matches()) {
        title = f;
      }
    }
    boolean educationSection = section == SectionKind.EDUCATION;
    if (!degreeFragment.isEmpty() && (educationSection || title.isEmpty())) {
      title = degreeFragment;
    }
    for (String f : fragments) {
      if (!f.equals(title) && !OTHER_PERSON.matcher(f).matches() && ORG.matcher(f).find()) {
        org = f;
        break;
      }
    }
    if (title.isEmpty() && !fragments.isEmpty()) {
      title =
          fragments.get(0).equals(org) && fragments.size() > 1
              ? fragments.get(1)
              : fragments.get(0);
    }
    if (org.isEmpty()) {
      for (String f : fragments) {
        if (!f.equals(title) && !OTHER_PERSON.matcher(f).matches() && startsUpper(f)) {
          org = f;
          break;
        }
      }
    }
    String roleText = title.isEmpty() ? all : title;
    boolean doctoral = DOCTORAL.matcher(roleText).find();
    EntryKind kind = kind(roleText, all, section, sectionHeading);
    if (kind == null) {
      return null;
    }
    if (kind == EntryKind.EDUCATION) {
      doctoral =
          DOCTORAL.matcher(title.isEmpty() ? all : title).find()
              || (degreeFragment.isEmpty() && DOCTORAL.matcher(all).find());
    } else {
      doctoral = false;
    }
    return new Reading(kind, title, org.equals(title) ? "" : org, doctoral);
  }

  private static EntryKind kind(
      String role, String all, SectionKind section, String sectionHeading) {
    String heading = sectionHeading.toLowerCase(Locale.ROOT);
    if (section == SectionKind.TEACHING) {
      // Courses a lecturer taught are not entries; a teaching assistantship is.
      boolean ta = TEACHING_CI.matcher(role).find() || TA_CASE.matcher(role).find();
      return ta ? EntryKind.TEACHING_ASSISTANT : null;
    }
    if (VOLUNTEER.matcher(role).find()
        || heading.contains("volunteer")
        || heading.contains("voluntary")) {
      return EntryKind.VOLUNTEER;
    }
    if (FACULTY.matcher(role).find()) {
      return EntryKind.FACULTY;
    }
    if (POSTDOC.matcher(role).find()) {
      return EntryKind.POSTDOC;
    }
    if (INTERNSHIP.matcher(role).find()) {
      return EntryKind.INTERNSHIP;
    }
    if (TEACHING_CI.matcher(role).find() || TA_CASE.matcher(role).find()) {
      return EntryKind.TEACHING_ASSISTANT;
    }
    if (RESEARCH_ASSISTANT.matcher(role).find() || RA_CASE.matcher(role).find()) {
      return EntryKind.RESEARCH_ASSISTANT;
    }
    if (DOCTORAL.matcher(role).find() || DEGREE.matcher(role).find()) {
      return EntryKind.EDUCATION;
    }
    if (section == SectionKind.EDUCATION) {
      // A school line without a degree word ("Northbridge University 2014 – 2018").
      return ROLE.matcher(role).find() && !ORG.matcher(role).find()
          ? EntryKind.RESEARCH_ASSISTANT
          : EntryKind.EDUCATION;
    }
    if (section == SectionKind.PROJECTS
        || (PROJECT.matcher(role).find() && !ROLE.matcher(role).find())) {
      return EntryKind.PROJECT;
    }
    if (STUDENT_JOB.matcher(role).find()) {
      return EntryKind.OTHER;
    }
    if (MEMBERSHIP.matcher(role.strip()).find()) {
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
      return JOB.matcher(role).find() && !ROLE_NOT_JOB.matcher(role).find()
          ? EntryKind.EMPLOYMENT
          : null;
    }
    return null;
  }

  /**
   * The heading's pieces between separators, without places ("Mountain View, CA"), icon glyphs and
   * pieces without letters.
   */
  static List<String> fragments(List<String> parts) {
    List<String> raw = new ArrayList<>();
    for (String p : parts) {
      for (String f : SEPARATORS.split(p)) {
        String t = clean(f);
        if (!t.isEmpty() && hasLetters(t) && !OTHER_PERSON.matcher(t).matches()) {
          raw.add(t);
        }
      }
    }
    List<String> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      String f = raw.get(i);
      boolean place = isPlace(f);
      // A city before a state or country: "Mountain View | CA".
      if (!place && i + 1 < raw.size() && isPlace(raw.get(i + 1)) && cityLike(f)) {
        place = true;
      }
      if (!place) {
        out.add(f);
      }
    }
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
    return (ROLE.matcher(line).find() && !OTHER_PERSON.matcher(line.strip()).matches())
        || DEGREE.matcher(line).find()
        || DOCTORAL.matcher(line).find();
  }

  private static boolean isPlace(String f) {
    String l = f.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return PLACES.contains(l) || STATE_CODE.matcher(f.strip()).matches();
  }

  private static boolean cityLike(String f) {
    String[] words = f.split("\\s+");
    if (words.length > 3 || ROLE.matcher(f).find() || ORG.matcher(f).find()) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String s) {
    String t = ICON_JUNK.matcher(s).replaceAll(" ").strip();
    while (!t.isEmpty() && ",;:.-\u2013|".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && ",;:.-\u2013|\u2022".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t;
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

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }
}
