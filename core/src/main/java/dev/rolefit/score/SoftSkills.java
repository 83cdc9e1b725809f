package dev.rolefit.score;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Soft skills a posting asks for, and the deeds in a candidate's own work that show them: a person
 * who presented results to executives communicates; one who partnered with product managers
 * collaborates. Adjectives in a summary are claims, not evidence.
 */
final class SoftSkills {
  /**
   * A soft skill.
   *
   * @param name its name in reasons
   * @param asked what in a requirement asks for it
   * @param shown what in a work bullet shows it
   */
  record Family(String name, Pattern asked, Pattern shown) {}

  static final List<Family> FAMILIES =
      List.of(
          family(
              "communication",
              "communicat\\w*|present\\w*|written|verbal|oral|storytelling|explain\\w*|articulat\\w*"
                  + "|convey\\w*|interpersonal",
              "present(ed|ing|s)?\\b|presentations?|talks?|spoke|speaker|keynote|authored"
                  + "|co-authored|published|publications?|documentation|documented"
                  + "|(wrote|written|writing) (a |the |an )?(\\w+ ){0,2}(papers?|reports?|docs?"
                  + "|documentation|blog|articles?|proposals?|guides?|tutorials?|memos?|specs?)"
                  + "|reports? (to|for)|reported|briefed|explained|communicated|tutorials?"
                  + "|workshops?|taught|teach\\w*|lectur\\w*|blog|white ?papers?|demo(ed|s)?"),
          family(
              "working with stakeholders",
              "stakeholders?|business partners|executives|non-technical|leadership team|clients"
                  + "|customers",
              "(present|report|brief|partner|work|collaborat|communicat|consult|advis|met\\b|meet"
                  + "|interview|explain|align|gather|translat|engag|liais|support|train)\\w*\\b[^.;]{0,60}"
                  + "\\b(stakeholders?|executives?|leadership|business (teams?|partners|units?|leaders)"
                  + "|clients?|customers?|product (managers?|teams?|owners?)|non-technical"
                  + "|clinicians|marketing|sales|finance team|vp\\b|c-suite|board|management"
                  + "|committee|regulators?|directors?|partners|audiences?|physicians|operations team)"),
          family(
              "collaboration",
              "collaborat\\w*|cross[- ]functional|team player|teamwork|partner\\w*|work(ing)? closely"
                  + "|with (product|engineering|design|research) (teams?|managers?)",
              "collaborat\\w*|partnered|partnering|cross[- ]functional|worked (closely )?with"
                  + "|working (closely )?with|together with|alongside|coordinated|jointly|co-authored"
                  + "|with (product|engineering|design|research|data|clinical|platform) (teams?"
                  + "|managers?|engineers?|scientists?)|team of (\\d+|two|three|four|five|six|seven"
                  + "|eight|nine|ten)|with a team|in a team|teammates|multidisciplinary"),
          family(
              "mentoring",
              "mentor\\w*|coach\\w*|grow(ing)? (the )?team|develop(ing)? (junior|others)|teach\\w*",
              "mentor\\w*|supervis\\w*|advis(ed|ing) \\w*\\s?(students|interns|engineers)|coached"
                  + "|trained|onboarded|taught|teaching assistant|guided|interns"),
          family(
              "leadership",
              "leadership|(experience|track record)( with| in)? leading|lead(ing)? (a |the |an )?(\\w+ ){0,3}(team|group|projects?|efforts?"
                  + "|initiatives?)|manag(e|ing) (a )?(team|people)|people management|team lead",
              "(led|lead|leading|managed|managing|manage|supervised|supervising|built and led)"
                  + " (a |the |an )?(\\w+[- ]?){0,3}(team|group|squad|lab|department|\\d+ (people|engineers"
                  + "|scientists|analysts|researchers|reports))|team lead|tech(nical)? lead|head of"
                  + "|manager of|direct reports|people manager|engineering manager|director of"),
          family(
              "working independently",
              "independen\\w*|autonom\\w*|self[- ](starter|motivated|directed)|ownership|minimal"
                  + " (supervision|guidance)|own(ing)? (projects|problems)|end[- ]to[- ]end",
              "independent\\w*|single-handedly|sole (engineer|developer|scientist|author|owner)"
                  + "|self-directed|on (my|his|her|their) own|owned|ownership of|founded"),
          family(
              "problem solving",
              "problem[- ]solv\\w*|analytical (thinking|skills|mind)|critical thinking|curio\\w*"
                  + "|attention to detail|fast[- ]paced|ambiguity|adaptab\\w*|prioriti[sz]\\w*"
                  + "|growth mindset|learn quickly|eager to learn|passion\\w*",
              "solved|resolved|diagnosed|debugged|improved|reduced|increased|optimi[sz]ed"
                  + "|designed|discovered|identified|achiev\\w*|outperform\\w*|cut|boosted|raised"
                  + "|won|\\d+(\\.\\d+)?\\s?%|\\d+(\\.\\d+)?x\\b"));

  private static final Pattern AUDIENCE =
      Pattern.compile(
          "(?i)\\b(product|senior|executive|business|company|underwriting|clinical|engineering"
              + "|technical|team) leadership\\b");

  private SoftSkills() {}

  private static Family family(String name, String asked, String shown) {
    return new Family(
        name, Pattern.compile("(?i)\\b(" + asked + ")"), Pattern.compile("(?i)\\b(" + shown + ")"));
  }

  /**
   * The soft skills a requirement asks for, in a fixed order.
   *
   * @param text the requirement
   * @return the families, maybe empty
   */
  static List<Family> asked(String text) {
    List<Family> out = new ArrayList<>();
    // "Present results to product leadership": the leadership is the audience, not the skill.
    String t = AUDIENCE.matcher(text).replaceAll("stakeholders");
    for (Family f : FAMILIES) {
      if (f.asked().matcher(t).find()) {
        out.add(f);
      }
    }
    return out;
  }
}
