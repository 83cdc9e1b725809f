package dev.rolefit.score;

import dev.rolefit.match.Hit;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import dev.rolefit.profile.RoleProfile.Skill;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Section;
import dev.rolefit.resume.Segment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whose work a mention shows. A skill shows in the candidate's own work (jobs, research posts,
 * projects, own papers and thesis, talks given, courses taught); it is only named in a skills list,
 * a summary, coursework or an award; and it is no evidence at all in other people's work (students
 * advised, papers reviewed, committees), inside an organisation's or a venue's name ("The Linux
 * Foundation", "Journal of Communication"), as a client's industry, or in a heading.
 */
final class Ownership {
  /** What a mention shows. */
  enum Kind {
    /** The candidate's own work. */
    OWN,
    /** Named only: a list, a summary, coursework. */
    LISTED,
    /** Not the candidate's skill. */
    NONE
  }

  // Words that end a name of an organisation or a venue, or stand in it.
  private static final Set<String> NAME_WORDS =
      Set.of(
          "journal",
          "conference",
          "proceedings",
          "transactions",
          "workshop",
          "symposium",
          "foundation",
          "society",
          "association",
          "institute",
          "institut",
          "university",
          "universität",
          "universite",
          "université",
          "laboratory",
          "laboratories",
          "lab",
          "labs",
          "center",
          "centre",
          "council",
          "agency",
          "academy",
          "inc",
          "corp",
          "corporation",
          "ltd",
          "llc",
          "gmbh",
          "company",
          "group",
          "press",
          "letters",
          "magazine",
          "school",
          "college",
          "department",
          "faculty",
          "division",
          "ministry",
          "bank",
          "hospital",
          "consortium",
          "committee",
          "review",
          "forum",
          "summit",
          "congress",
          "organization",
          "organisation");
  private static final Set<String> CONNECTORS =
      Set.of("of", "on", "for", "and", "in", "the", "&", "de", "des", "du", "für", "fur");
  private static final List<String> CLIENT_WORDS =
      List.of("client", "customer", "industries", "industry", "sectors", "sector", "verticals");
  private static final int CLIENT_WINDOW = 40;
  // "Relevant coursework:", "Courses taken:", "Selected modules -": a list of classes.
  private static final Pattern COURSEWORK =
      Pattern.compile(
          "\\b(?:(?:relevant|selected|related|key|core|graduate|major)\\s+)?"
              + "(?:coursework|courses(?:\\s+taken)?|modules|classes)\\s*[:\\-\u2013]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Resume resume;
  private final List<int[]> names;
  private final List<int[]> headings;
  private final List<int[]> jobs;
  private final List<int[]> titles;
  private final boolean sectioned;
  private BitSet ownWork;

  Ownership(Resume resume) {
    this.resume = resume;
    this.names = properNames(resume.text());
    this.headings = new ArrayList<>();
    boolean any = false;
    for (Section s : resume.sections()) {
      if (!s.heading().isEmpty()) {
        headings.add(new int[] {s.start(), s.start() + s.heading().length()});
      }
      any |= s.kind() != SectionKind.CONTACT;
    }
    this.sectioned = any;
    this.jobs = new ArrayList<>();
    this.titles = new ArrayList<>();
    for (ExperienceEntry e : resume.experience()) {
      titles.add(new int[] {e.start(), e.headingEnd()});
      if (e.kind() != EntryKind.EDUCATION && e.kind() != EntryKind.OTHER) {
        jobs.add(new int[] {e.start(), e.end()});
      }
    }
  }

  /**
   * Whether an offset of the text lies inside the name of an organisation or a venue.
   *
   * @param offset an offset into the resume text
   * @return true inside such a name
   */
  boolean inName(int offset) {
    return startsIn(offset, names);
  }

  /**
   * What one mention of a skill shows.
   *
   * @param h the mention
   * @param skill the skill
   * @return own work, named only, or nothing
   */
  Kind of(Hit h, Skill skill) {
    if (inside(h, headings) || inside(h, names) || afterClient(h)) {
      return Kind.NONE;
    }
    SectionKind k = h.section();
    if (k == SectionKind.EDUCATION
        && h.segment() >= 0
        && isCoursework(resume.segments().get(h.segment()))) {
      return skill.sections().isEmpty() ? Kind.LISTED : Kind.NONE;
    }
    if (!skill.sections().isEmpty()) {
      return skill.sections().contains(k.id()) ? Kind.OWN : Kind.NONE;
    }
    switch (k) {
      case ADVISING:
      case REVIEWING:
      case SERVICE:
        return Kind.NONE;
      case EXPERIENCE:
      case APPOINTMENTS:
      case RESEARCH_EXPERIENCE:
      case PROJECTS:
      case PUBLICATIONS:
      case TALKS:
      case TEACHING:
      case EDUCATION:
        return Kind.OWN;
      default:
        // A job written outside the work sections, or a resume without headings at all.
        return !sectioned || inside(h, jobs) ? Kind.OWN : Kind.LISTED;
    }
  }

  /**
   * Whether a mention in the education section is in the candidate's thesis, which is own work as
   * much as a paper.
   *
   * @param h the mention
   * @return true for a thesis or dissertation line
   */
  boolean inThesis(Hit h) {
    if (h.section() != SectionKind.EDUCATION || h.segment() < 0) {
      return false;
    }
    String s = resume.segments().get(h.segment()).text().toLowerCase(Locale.ROOT);
    return s.contains("thesis") || s.contains("dissertation");
  }

  /**
   * Whether a line of the education section lists courses taken ("Relevant coursework: ..."), which
   * names subjects rather than shows them.
   *
   * @param s a segment
   * @return true for a coursework line
   */
  static boolean isCoursework(Segment s) {
    if (s.section() != SectionKind.EDUCATION && s.section() != SectionKind.COURSEWORK) {
      return false;
    }
    return COURSEWORK.matcher(s.text()).find();
  }

  /**
   * Sentences and bullets that tell what the candidate did: jobs, research posts, projects, own
   * papers, talks, teaching, studies, students advised, service, grants and awards won, and any job
   * written elsewhere; not headings, entry titles, skills lists, coursework or the summary. (For a
   * responsibility the sentence must also hold an action, so "supervised five students" in an
   * advising section counts where the bare word "mentoring" in a list does not.) Computed once;
   * callers only read it.
   *
   * @return the own-work segments by index
   */
  BitSet ownWork() {
    if (ownWork != null) {
      return ownWork;
    }
    Resume r = resume;
    BitSet out = new BitSet(r.segments().size());
    for (int i = 0; i < r.segments().size(); i++) {
      Segment s = r.segments().get(i);
      if (s.type() == Segment.Type.LINE || startsIn(s.start(), titles) || isCoursework(s)) {
        continue;
      }
      boolean mine =
          switch (s.section()) {
            case EXPERIENCE,
                APPOINTMENTS,
                RESEARCH_EXPERIENCE,
                PROJECTS,
                PUBLICATIONS,
                TALKS,
                TEACHING,
                EDUCATION,
                ADVISING,
                REVIEWING,
                SERVICE,
                GRANTS,
                AWARDS ->
                true;
            case SKILLS, COURSEWORK, SUMMARY, CONTACT, CERTIFICATIONS -> false;
            default -> !sectioned || startsIn(s.start(), jobs);
          };
      out.set(i, mine);
    }
    ownWork = out;
    return out;
  }

  private static boolean startsIn(int offset, List<int[]> spans) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Hit h, List<int[]> spans) {
    for (int[] s : spans) {
      if (h.start() >= s[0] && h.end() <= s[1]) {
        return true;
      }
    }
    return false;
  }

  /** "for clients in AI and fintech": an industry served is not a skill. */
  private boolean afterClient(Hit h) {
    int from = Math.max(0, h.start() - CLIENT_WINDOW);
    if (h.segment() >= 0) {
      from = Math.max(from, resume.segments().get(h.segment()).start());
    }
    String before = resume.text().substring(from, h.start()).toLowerCase(Locale.ROOT);
    for (String w : CLIENT_WORDS) {
      if (before.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spans of capitalised names that hold an organisation or venue word: "Journal of Machine
   * Learning Research", "The Linux Foundation", "Stanford AI Lab".
   */
  static List<int[]> properNames(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int runStart = -1;
    int runEnd = -1;
    int runWords = 0;
    boolean runHasName = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '&') {
        if (c != ' ' && c != '\t') {
          // Anything but a space ends a name: a line, a comma, a dash, a bracket.
          if (runHasName && runWords >= 2) {
            out.add(new int[] {runStart, runEnd});
          }
          runStart = -1;
          runWords = 0;
          runHasName = false;
        }
        i++;
        continue;
      }
      int j = i;
      while (j < n
          && (Character.isLetterOrDigit(text.charAt(j))
              || text.charAt(j) == '&'
              || text.charAt(j) == '-')) {
        j++;
      }
      String w = text.substring(i, j);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (capital || (runStart >= 0 && CONNECTORS.contains(lower))) {
        if (runStart < 0) {
          runStart = i;
        }
        runEnd = j;
        runWords++;
        runHasName |= capital && NAME_WORDS.contains(lower);
      } else {
        if (runHasName && runWords >= 2) {
          out.add(new int[] {runStart, runEnd});
        }
        runStart = -1;
        runWords = 0;
        runHasName = false;
      }
      i = j;
    }
    if (runHasName && runWords >= 2) {
      out.add(new int[] {runStart, runEnd});
    }
    return out;
  }
}
