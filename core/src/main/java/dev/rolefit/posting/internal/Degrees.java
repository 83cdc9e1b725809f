package dev.rolefit.posting.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Degree levels and fields of study named in a line of text, for postings and resumes alike. */
public final class Degrees {
  /** A degree level, lowest first. */
  public enum Level {
    /** BS, BA, BSc, BEng, bachelor's, undergraduate degree. */
    BACHELOR,
    /** MS, MA, MSc, MEng, MPhil, master's. */
    MASTER,
    /** PhD, DPhil, doctorate. */
    PHD;

    /**
     * A name for reasons ("Master's").
     *
     * @return the name
     */
    public String display() {
      return switch (this) {
        case BACHELOR -> "Bachelor's";
        case MASTER -> "Master's";
        case PHD -> "PhD";
      };
    }
  }

  private static final Pattern PHD =
      Pattern.compile(
          "(?i)(\\bph\\.?\\s?d\\b\\.?|\\bd\\.?phil\\b|\\bdoctora(te|l)\\b|\\bdr\\.? ?rer)");
  private static final Pattern MASTER =
      Pattern.compile(
          "(?i)(\\bmaster'?s?\\b|\\bm\\.\\s?s\\.?(?=\\W|$)|\\bms(c|e)?\\b(?!\\s*(office|excel|word"
              + "|sql))|\\bm\\.\\s?sc\\b|\\bm\\.?\\s?eng\\b|\\bm\\.?\\s?phil\\b|\\bm\\.\\s?a\\.(?=\\W|$)"
              + "|\\bm\\.?\\s?tech\\b|\\bmba\\b|\\bmres\\b)");
  private static final Pattern BACHELOR =
      Pattern.compile(
          "(?i)(\\bbachelor'?s?\\b|\\bb\\.\\s?s\\.?(?=\\W|$)|\\bbs(c|e)?\\b|\\bb\\.\\s?sc\\b"
              + "|\\bb\\.?\\s?eng\\b|\\bb\\.\\s?a\\.(?=\\W|$)|\\bb\\.?\\s?tech\\b|\\bundergraduate"
              + " degree\\b|\\bb\\.?\\s?math\\b|\\bab\\b(?= in)|\\bba\\b(?= in|,|\\s*\\()|\\bbs/)");
  private static final Map<String, Pattern> FIELDS = new java.util.LinkedHashMap<>();

  static {
    field(
        "computer science", "computer science|computing|informatics|\\bcs\\b|software engineering");
    field("statistics", "statistic\\w*|biostatistics");
    field("mathematics", "math\\w*");
    field("physics", "physics|astrophysics");
    field(
        "electrical engineering",
        "electrical|electronic\\w*|\\bece\\b|\\bee\\b|computer engineering");
    field("operations research", "operations research|industrial engineering");
    field("data science", "data science|analytics");
    field("machine learning", "machine learning|artificial intelligence|\\bai\\b|\\bml\\b");
    field("computational linguistics", "linguistics|language technolog\\w*|\\bnlp\\b");
    field("engineering", "engineering|robotics|aerospace|mechatronics");
    field("economics", "economics|econometrics|finance");
    field("neuroscience", "neuroscience|cognitive science");
    field("biology", "bioinformatics|computational biology|biology");
    field("chemistry", "chemistry");
    field("business", "business|management|marketing|accounting|commerce|\\bmba\\b|hospitality");
    field(
        "humanities",
        "english|literature|history|philosophy|fine arts|\\barts?\\b|music|theat(re|er)|journalism"
            + "|communications|languages|classics");
    field("social science", "psychology|sociology|political science|anthropology|law\\b|education");
    field("health", "nursing|medicine|pharmacy|public health|kinesiology");
    field("design", "design|architecture|culinary");
  }

  // Fields close enough to machine learning that "or a related field" accepts them.
  private static final Set<String> QUANTITATIVE =
      Set.of(
          "computer science",
          "statistics",
          "mathematics",
          "physics",
          "electrical engineering",
          "operations research",
          "data science",
          "machine learning",
          "computational linguistics",
          "engineering");
  private static final Pattern RELATED =
      Pattern.compile(
          "(?i)\\b(related|relevant|similar|quantitative|technical|stem|scientific|equivalent"
              + " (field|discipline)|other fields?|any field|analytical)\\b");

  private Degrees() {}

  private static void field(String name, String regex) {
    FIELDS.put(name, Pattern.compile("(?i)\\b(" + regex + ")"));
  }

  /**
   * The levels a text names.
   *
   * @param text a line
   * @return the levels, lowest first
   */
  public static EnumSet<Level> levels(String text) {
    EnumSet<Level> out = EnumSet.noneOf(Level.class);
    if (PHD.matcher(text).find()) {
      out.add(Level.PHD);
    }
    if (MASTER.matcher(text).find()) {
      out.add(Level.MASTER);
    }
    if (BACHELOR.matcher(text).find()) {
      out.add(Level.BACHELOR);
    }
    return out;
  }

  /**
   * The fields of study a text names ("computer science", "statistics"), in a fixed order.
   *
   * @param text a line
   * @return the field names
   */
  public static Set<String> fields(String text) {
    Set<String> out = new LinkedHashSet<>();
    String t = text.toLowerCase(Locale.ROOT);
    for (var e : FIELDS.entrySet()) {
      Matcher m = e.getValue().matcher(t);
      if (m.find()) {
        out.add(e.getKey());
      }
    }
    // "Computer engineering" is engineering too; "machine learning engineering" is not a field.
    if (out.contains("electrical engineering") || out.contains("operations research")) {
      out.remove("engineering");
    }
    return out;
  }

  /**
   * Whether a posting's degree line accepts related fields ("or a related quantitative field").
   *
   * @param text the requirement
   * @return true when related fields count
   */
  public static boolean acceptsRelated(String text) {
    return RELATED.matcher(text).find();
  }

  /**
   * Whether a field counts as related to machine learning.
   *
   * @param field a field name from {@link #fields}
   * @return true for computer science, statistics, mathematics, physics and the like
   */
  public static boolean quantitative(String field) {
    return QUANTITATIVE.contains(field);
  }
}
