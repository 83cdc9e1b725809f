package dev.rolefit.posting.internal;

import dev.rolefit.model.RequirementKind;
import dev.rolefit.posting.JobPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job posting's text: its title and company, its sections by their headings (what you will
 * do, requirements, preferred; about-us, benefits and legal text ignored) and one requirement per
 * bullet or sentence, with its kind. Stateless and thread-safe; bounded: at most {@link
 * #MAX_REQUIREMENTS} items of at most {@link #MAX_ITEM_CHARS} characters each.
 */
public final class PostingParser {
  /** The most items kept from one posting. */
  public static final int MAX_REQUIREMENTS = 80;

  /** The longest item kept whole; longer ones are cut at a word. */
  public static final int MAX_ITEM_CHARS = 400;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\"'])");
  private static final Pattern TITLE_SPLIT =
      Pattern.compile("\\s+(?:[-\u2013\u2014|@\u00b7]|at)\\s+");
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)^(job title|title|position|role|company|employer|organi[sz]ation)\\s*:\\s*(.+)$");
  private static final Pattern ABOUT_COMPANY =
      Pattern.compile("(?i)^about\\s+(?!us\\b|the\\b|you\\b|this\\b|our\\b|the role\\b)(.{2,40})$");
  private static final Pattern PREFERRED_MARK =
      Pattern.compile(
          "(?i)\\b(preferred|nice[- ]to[- ]have|(is )?a (big |strong )?plus|bonus|ideally|desir(ed|able)"
              + "|advantageous|an advantage|would be great|great if|nice if|would be a plus)\\b");
  private static final Pattern PAY =
      Pattern.compile(
          "(?i)([$\u00a3\u20ac]\\s?\\d|\\b(salary|salaries|compensation|pay range|base pay|per hour"
              + "|per month|stipend|equity|rsus?|401\\(?k|pension|paid leave|relocation (assistance"
              + "|package|support)|drug[- ]free|background check|health (insurance"
              + "|coverage)|dental|vision insurance)\\b)");
  private static final Pattern LEGAL =
      Pattern.compile(
          "(?i)\\b(equal (opportunity|employment)|without regard|regardless of|discriminat\\w*"
              + "|protected veteran|affirmative action|reasonable accommodation\\w*)\\b");
  private static final Pattern YOU_WILL =
      Pattern.compile("(?i)(in this role,? )?you('ll| will)\\b");
  // Prose that describes the team or the company rather than asking for something.
  private static final Pattern PITCH =
      Pattern.compile("(?i)(we|our|this team|the team|join|at [A-Z]\\w+,)\\b");
  private static final Pattern DUTY_VERB =
      Pattern.compile(
          "(Analy[sz]e|Apply|Architect|Build|Collaborate|Conduct|Contribute|Create|Define|Deliver"
              + "|Deploy|Design|Develop|Drive|Engineer|Evaluate|Explore|Implement|Improve|Investigate"
              + "|Lead|Maintain|Manage|Mentor|Monitor|Optimi[sz]e|Own|Partner|Prototype|Publish"
              + "|Research|Run|Scale|Ship|Support|Train|Use|Utili[sz]e|Work|Write)\\b(?!:)");
  private static final Pattern REQUIRED_MARK =
      Pattern.compile("(?i)\\b(required|must|minimum|at least)\\b");

  private final RequirementClassifier classifier = new RequirementClassifier();

  /** Creates a parser. */
  public PostingParser() {}

  /**
   * Parses a posting.
   *
   * @param text the posting's text (lines as extracted)
   * @return the posting; its requirements may be empty
   */
  public JobPosting parse(String text) {
    List<PostingLine> lines = PostingLine.split(text);
    boolean anyHeading = lines.stream().anyMatch(l -> l.heading() != null);
    PostingSection section = anyHeading ? PostingSection.INTRO : PostingSection.REQUIREMENTS;
    String title = "";
    String company = "";
    List<JobPosting.Requirement> out = new ArrayList<>();
    boolean firstLine = true;
    for (PostingLine line : lines) {
      if (out.size() >= MAX_REQUIREMENTS) {
        break;
      }
      String t = line.text();
      Matcher labelled = LABELLED.matcher(t);
      if (labelled.matches() && !line.bullet()) {
        String key = labelled.group(1).toLowerCase(Locale.ROOT);
        String value = labelled.group(2).strip();
        if (key.startsWith("comp") || key.startsWith("empl") || key.startsWith("org")) {
          company = company.isEmpty() ? clip(value, 80) : company;
        } else if (title.isEmpty()) {
          title = clip(value, 120);
        }
        firstLine = false;
        continue;
      }
      if (line.heading() != null) {
        section = line.heading();
        Matcher about = ABOUT_COMPANY.matcher(t.replaceAll("[:.]+$", ""));
        if (company.isEmpty() && about.matches() && section == PostingSection.IGNORED) {
          company = about.group(1).strip();
        }
        firstLine = false;
        if (line.inline().isEmpty()) {
          continue;
        }
        // "Location: Leeds" keeps its label; "Requirements: Python, SQL" is its list.
        t = section == PostingSection.IGNORED ? t + ": " + line.inline() : line.inline();
      } else if (firstLine && !line.bullet() && looksLikeTitle(t)) {
        firstLine = false;
        String[] parts = TITLE_SPLIT.split(t, 3);
        title = clip(parts[0].strip(), 120);
        if (parts.length > 1 && company.isEmpty()) {
          company = clip(parts[1].strip(), 80);
        }
        continue;
      }
      firstLine = false;
      addItems(t, line.bullet(), section, out);
    }
    return new JobPosting(title, company, out);
  }

  private void addItems(
      String text, boolean bullet, PostingSection section, List<JobPosting.Requirement> out) {
    List<String> pieces = new ArrayList<>();
    if (bullet) {
      pieces.add(text);
    } else {
      for (String s : SENTENCE_END.split(text)) {
        // "Nice to have: experience with A; experience with B; C." lists its items inline.
        if (s.split("; ").length > 2) {
          pieces.addAll(List.of(s.split(";\\s+")));
        } else {
          pieces.add(s);
        }
      }
    }
    for (String piece : pieces) {
      for (String item : splitRequiredPreferred(piece.strip())) {
        if (out.size() < MAX_REQUIREMENTS) {
          addItem(item, bullet, section, out);
        }
      }
    }
  }

  private void addItem(
      String item, boolean bullet, PostingSection section, List<JobPosting.Requirement> out) {
    String text = clip(item.replaceAll("\\s+", " ").strip(), MAX_ITEM_CHARS);
    if (text.length() < (bullet ? 1 : 4) || text.endsWith(":") || words(text) < 2 && !bullet) {
      return;
    }
    if (PAY.matcher(text).find() || LEGAL.matcher(text).find()) {
      return;
    }
    PostingSection where = section;
    if (section == PostingSection.INTRO && !bullet && YOU_WILL.matcher(text).lookingAt()) {
      // "You will build ..." in the opening paragraph states the duties.
      where = PostingSection.DUTIES;
    } else if (section == PostingSection.INTRO && bullet && DUTY_VERB.matcher(text).lookingAt()) {
      // Bullets of orders ("Design and implement ...") before any heading are the duties.
      where = PostingSection.DUTIES;
    }
    RequirementKind kind = classifier.kind(text, where);
    boolean listed;
    if (!kind.scored()) {
      // Where the job is and who may take it are listed wherever they stand, but a company line
      // under the title ("Acme | Pittsburgh, PA (on-site)") is not an item.
      listed =
          where != PostingSection.INTRO || bullet || text.startsWith("Location") || sentence(text);
    } else if (where == PostingSection.REQUIREMENTS
        || where == PostingSection.PREFERRED
        || where == PostingSection.DUTIES) {
      listed = bullet || !PITCH.matcher(text).lookingAt() || classifier.asks(text, kind);
    } else {
      listed = false;
    }
    if (!listed) {
      return;
    }
    boolean required =
        where != PostingSection.PREFERRED
            && !(PREFERRED_MARK.matcher(text).find() && !REQUIRED_MARK.matcher(text).find());
    out.add(
        new JobPosting.Requirement(
            text, kind, required, where.id(), RequirementClassifier.years(text)));
  }

  private static boolean sentence(String text) {
    return words(text) >= 4 && ".;!".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** "Master's degree required; PhD preferred" holds two items of different weight. */
  private static List<String> splitRequiredPreferred(String s) {
    int semi = s.indexOf(';');
    if (semi > 0 && semi < s.length() - 1) {
      String a = s.substring(0, semi).strip();
      String b = s.substring(semi + 1).strip();
      if (PREFERRED_MARK.matcher(b).find() && !PREFERRED_MARK.matcher(a).find()) {
        return List.of(a, b);
      }
    }
    return List.of(s);
  }

  private static boolean looksLikeTitle(String t) {
    return t.length() <= 100 && !t.endsWith(".") && words(t) <= 14;
  }

  private static int words(String t) {
    return t.isBlank() ? 0 : t.strip().split("\\s+").length;
  }

  private static String clip(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "\u2026";
  }
}
