package dev.rolefit.posting.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A part of a posting, known by its heading. */
public enum PostingSection {
  /** Before the first heading: title, company, a pitch. */
  INTRO(null),
  /** What the job does. */
  DUTIES(
      "responsibilities|duties|what you('ll| will)( be)? do(ing)?|what you('ll| will) work on"
          + "|the role|your role|in this role|the job|day[- ]to[- ]day|your impact|key tasks"
          + "|you will|what the job involves|job description|role description|the opportunity"
          + "|your mission|what you'll own|how you('ll| will) contribute|your work"
          + "|what you('ll| will) be doing"),
  /** What the candidate must bring. */
  REQUIREMENTS(
      "requirements?|qualifications?|must[- ]haves?|what you('ll| will)? ?(bring|have|need|offer)"
          + "|what we('re| are) looking for|we('re| are) looking for|you have|you bring|about you"
          + "|who you are|skills|experience|minimum|basic|required|essential|what you'll need"
          + "|your (background|profile|skills|experience)|ideal candidate|you might be a fit"
          + "|competenc(e|ies)|knowledge"),
  /** What counts in the candidate's favour. */
  PREFERRED(
      "nice[- ]to[- ]haves?|preferred|bonus( points)?|pluses|plus|desirable|desired|good to have"
          + "|ideally|extra credit|even better|stand out|distinguish"),
  /** About the company, benefits, pay, legal text, how to apply. */
  IGNORED(
      "about (?!the role|the job|the position|you\\b|this role|the opportunity)\\w[\\w&.]*"
          + "|who we are|our (mission|story|values|team"
          + "|culture|company)|benefits|perks|we offer|what we offer|compensation|salary|pay range"
          + "|equal (opportunity|employment)|eeo|diversity|how to apply|why join|why (work|you'll"
          + " love)|life at|our commitment|accommodation|privacy|disclaimer|to apply|the process"
          + "|interview process|additional information|location|schedule|work arrangement"
          + "|logistics|where you('ll| will) work");

  private final Pattern pattern;
  private final String id = name().toLowerCase(Locale.ROOT);

  PostingSection(String words) {
    this.pattern =
        words == null ? null : Pattern.compile("\\b(" + words + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The section's id in reports.
   *
   * @return the lower-case name
   */
  public String id() {
    return id;
  }

  /**
   * The section a heading opens, or null when the text names none. Ignored sections win (an "About
   * the team and our benefits" heading is not requirements), then preferred over requirements
   * ("Preferred qualifications"), then duties.
   *
   * @param heading a heading's text
   * @return the section, or null
   */
  public static @Nullable PostingSection of(String heading) {
    for (PostingSection s : new PostingSection[] {IGNORED, PREFERRED, REQUIREMENTS, DUTIES}) {
      if (s.pattern.matcher(heading).find()) {
        return s == REQUIREMENTS && DUTIES.pattern.matcher(heading).find() && !isQual(heading)
            ? DUTIES
            : s;
      }
    }
    return null;
  }

  /**
   * Which characters of a heading the section words cover, for telling "Requirements" from "Python
   * experience".
   *
   * @param heading the text
   * @return a flag per character
   */
  static boolean[] covered(String heading) {
    boolean[] out = new boolean[heading.length()];
    for (PostingSection s : values()) {
      if (s.pattern == null) {
        continue;
      }
      java.util.regex.Matcher m = s.pattern.matcher(heading);
      while (m.find()) {
        java.util.Arrays.fill(out, m.start(), m.end(), true);
      }
    }
    return out;
  }

  private static boolean isQual(String h) {
    return QUALIFICATION.matcher(h).find();
  }

  private static final Pattern QUALIFICATION = Pattern.compile("(?i)qualif|requir|must|skills");
}
