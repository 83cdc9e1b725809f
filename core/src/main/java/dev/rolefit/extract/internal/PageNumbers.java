package dev.rolefit.extract.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture by its text: lines that are only a page number ("Page 2 of 3", "2 / 3",
 * "- 2 -", "2") and running lines that carry one ("Name – Curriculum Vitae – 2").
 */
final class PageNumbers {
  // Lines longer than this are content; the bound also keeps every match short.
  private static final int MAX_NUMBER_LINE = 40;
  private static final int MAX_RUNNING_LINE = 100;
  private static final int MAX_RUNNING_WORDS = 8;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
  private static final String OF = "\\s*(?:of|/|von|de|di|sur)\\s*";
  private static final Pattern WORDED =
      Pattern.compile(
          "(?:page|p\\.|pg\\.?|seite|p\u00E1gina|pagina)\\s*(\\d{1,3})(?:" + OF + "(\\d{1,3}))?");
  private static final Pattern FRACTION = Pattern.compile("(\\d{1,3})\\s*(?:of|/)\\s*(\\d{1,3})");
  // Normalised text shows a leading dash as a bullet ("- 2 -" reads "\u2022 2 -").
  private static final Pattern DASHED =
      Pattern.compile("[-\u2013\u2014\u2022]\\s*(\\d{1,3})\\s*[-\u2013\u2014]");
  private static final Pattern BARE = Pattern.compile("(\\d{1,3})");
  private static final String NAME = "(?:curriculum vitae|cv|r\u00E9sum\u00E9|resume|lebenslauf)";
  private static final Pattern DOCUMENT_NAME = Pattern.compile("\\b" + NAME + "\\b");
  private static final String NUMBER = "(?:page\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?";
  // The document's name right before or after the number, with no separator: "Curriculum Vitae 2".
  private static final Pattern NAMED_NUMBER =
      Pattern.compile("\\b" + NAME + "\\s+" + NUMBER + "$|^" + NUMBER + "\\s+" + NAME + "\\b");
  private static final String SEPARATOR = "[-\u2013\u2014|\u00B7\u2022,/]";
  private static final Pattern NUMBER_AT_END =
      Pattern.compile(
          "(?:"
              + SEPARATOR
              + "\\s*"
              + NUMBER
              + "|\\bpage\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?)$");
  private static final Pattern NUMBER_AT_START =
      Pattern.compile("^(?:" + NUMBER + "\\s*" + SEPARATOR + "|page\\s*\\d{1,3}\\b)");
  private static final Pattern SEPARATED_PAGE =
      Pattern.compile(
          SEPARATOR
              + "\\s*page\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$"
              + "|^page\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*"
              + SEPARATOR);

  private PageNumbers() {}

  /**
   * Whether a line is only a page number: "Page 2", "Page 2 of 3", "p. 2", "2 / 3", "2 of 3", "- 2
   * -", or a bare number from 1 to 999.
   *
   * @param line the line's text
   * @return true for a page-number line
   */
  static boolean isPageNumber(String line) {
    return number(line) > 0;
  }

  /**
   * The page number a line consists of.
   *
   * @param line the line's text
   * @return the number, or 0 when the line is not only a page number
   */
  static int number(String line) {
    String s = clean(line, MAX_NUMBER_LINE);
    if (s.isEmpty()) {
      return 0;
    }
    Matcher m = WORDED.matcher(s);
    if (m.matches()) {
      return ordered(m.group(1), m.group(2));
    }
    m = FRACTION.matcher(s);
    if (m.matches()) {
      return ordered(m.group(1), m.group(2));
    }
    m = DASHED.matcher(s);
    if (m.matches()) {
      return ordered(m.group(1), null);
    }
    m = BARE.matcher(s);
    return m.matches() ? ordered(m.group(1), null) : 0;
  }

  /**
   * Whether a line is only a bare number ("2"), the weakest form: a superscript or a list number
   * looks the same.
   *
   * @param line the line's text
   * @return true for a bare number
   */
  static boolean isBare(String line) {
    return BARE.matcher(clean(line, MAX_NUMBER_LINE)).matches();
  }

  /**
   * Whether a line is a running header or footer with a page number: a short line that names the
   * document (curriculum vitae, CV, résumé) with a number set off at its start or end ("Jane Doe –
   * Curriculum Vitae – 2") or right after the name ("May 2024 Jane Doe · Curriculum Vitae 2"), or a
   * few words with a separated "Page 2" ("Jane Doe | Page 2 of 3").
   *
   * @param line the line's text
   * @return true for a running line
   */
  static boolean isRunningLine(String line) {
    String s = clean(line, MAX_RUNNING_LINE);
    if (s.isEmpty() || isPageNumber(s)) {
      return false;
    }
    boolean numbered = NUMBER_AT_END.matcher(s).find() || NUMBER_AT_START.matcher(s).find();
    if ((numbered && DOCUMENT_NAME.matcher(s).find()) || NAMED_NUMBER.matcher(s).find()) {
      return true;
    }
    return SEPARATED_PAGE.matcher(s).find() && s.split(" ").length <= MAX_RUNNING_WORDS;
  }

  /** Lower case with single spaces, or empty when longer than {@code max}. */
  private static String clean(String line, int max) {
    if (line.length() > 3 * max) {
      return "";
    }
    String s = SPACES.matcher(line).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    return s.length() > max ? "" : s;
  }

  /** The page number when it is plausible (1 or more, not past the page count given). */
  private static int ordered(String page, String of) {
    int n = Integer.parseInt(page);
    if (n < 1) {
      return 0;
    }
    if (of != null && n > Integer.parseInt(of)) {
      return 0;
    }
    return n;
  }
}
