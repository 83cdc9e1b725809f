package dev.rolefit.extract.internal;

import dev.rolefit.extract.Line;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the names of icon-font glyphs read as words in front of contact details ("envelope
 * jane@example.com phone 555-0100"): the font maps its icons to their glyph names. A name counts
 * when it is written in lower case without a colon, as glyph names are and labels seldom are, a
 * contact detail follows it, and it follows another contact detail or starts its line; a name that
 * is also a word ("phone", "at") starts a line only in a line of several contact details. Icons
 * that come out as U+FFFD or private-use characters are counted by {@link QualityJudge}, not here.
 */
final class IconGlyphNames {
  static final int MIN_FOUND = 2;

  // Names that are no English word, or not one that starts a line of prose.
  private static final Set<String> GLYPH_NAMES =
      Set.of(
          "envelope",
          "map-marker",
          "map-pin",
          "globe",
          "github",
          "gitlab",
          "linkedin",
          "twitter",
          "external-link",
          "e-mail",
          "skype",
          "telegram",
          "whatsapp",
          "stack-overflow",
          "orcid",
          "location-dot",
          "location-arrow",
          "paper-plane",
          "address-card",
          "address-book",
          "graduation-cap",
          "kaggle",
          "youtube",
          "instagram",
          "facebook",
          "researchgate");

  // Names that are also words ("at", "home"): a wrapped sentence may start a line with them.
  private static final Set<String> WORD_NAMES =
      Set.of("phone", "mobile", "marker", "home", "at", "link", "mail", "email", "fax", "location");

  // Font Awesome spells variants with a prefix or suffix: "fa-envelope", "phone-alt".
  private static final Pattern VARIANT =
      Pattern.compile("^(?:fa[srb]?-)?(.+?)(?:-(?:o|alt|square|in|sign|open|outline|fill))*$");
  private static final Pattern EMAIL =
      Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-zA-Z]{2,}");
  private static final Pattern URL =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+"
              + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|dev|me|ai|edu|gov|co|uk|de|fr|info"
              + "|app|page|site|xyz|ca|au|in|eu|us|ch|nl)(?:/\\S*)?");
  private static final Pattern HANDLE = Pattern.compile("@[\\w.]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().\\-]{5,22}\\d");
  private static final Pattern YEARS =
      Pattern.compile("(?:19|20)\\d\\d\\s*[-.]\\s*(?:19|20)\\d\\d");
  private static final int MIN_PHONE_DIGITS = 7;
  // Longer than any e-mail address (254) or contact link; the patterns' repeated groups recurse
  // once per dot, so a longer "word" could overflow the stack.
  private static final int MAX_CONTACT_LENGTH = 256;
  private static final String SEPARATORS = "|\u2022\u00B7\u2013\u2014-/,;";

  private IconGlyphNames() {}

  /**
   * Looks for icon glyph names.
   *
   * @param lines the document's lines
   * @return the issue, when at least {@value #MIN_FOUND} are found
   */
  static Optional<String> find(List<Line> lines) {
    int found = 0;
    String example = null;
    for (Line l : lines) {
      List<String> ws = TextDamage.words(l.text());
      for (int i = 0; i + 1 < ws.size(); i++) {
        String w = ws.get(i);
        String name = name(w);
        if (name == null) {
          continue;
        }
        boolean placed =
            i > 0
                ? isContact(ws.get(i - 1)) || isSeparator(ws.get(i - 1))
                : GLYPH_NAMES.contains(name) || contactsIn(ws) >= 2;
        if (placed && startsContact(ws, i + 1)) {
          found++;
          example = example == null ? w : example;
        }
      }
    }
    if (found < MIN_FOUND) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "icon names read as text before contact details: %d (e.g. \"%s\")",
            found,
            TextDamage.example(example)));
  }

  /**
   * The icon a word names, as fonts spell glyph names: lower case, maybe a Font Awesome variant
   * ("fa-envelope", "phone-alt"), no colon.
   *
   * @return the base name, or null for any other word
   */
  static @Nullable String name(String w) {
    if (w.isEmpty() || w.length() > 40 || !w.equals(w.toLowerCase(Locale.ROOT))) {
      return null;
    }
    Matcher m = VARIANT.matcher(w);
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1);
    return GLYPH_NAMES.contains(base) || WORD_NAMES.contains(base) ? base : null;
  }

  /** How many words of a line are contact details (a contact strip holds several). */
  private static int contactsIn(List<String> ws) {
    int n = 0;
    int i = 0;
    while (i < ws.size()) {
      int k = contactWords(ws, i);
      n += k > 0 ? 1 : 0;
      i += Math.max(k, 1);
    }
    return n;
  }

  private static boolean isSeparator(String w) {
    return w.length() == 1 && SEPARATORS.indexOf(w.charAt(0)) >= 0;
  }

  /** Whether a word is an e-mail address, a link, a handle or a phone number. */
  static boolean isContact(String w) {
    if (w.length() > MAX_CONTACT_LENGTH) {
      return false;
    }
    String s = strip(w);
    return EMAIL.matcher(s).matches()
        || URL.matcher(s).matches()
        || HANDLE.matcher(s).matches()
        || isPhone(s);
  }

  /** Whether the words from {@code from} on start with a contact detail. */
  private static boolean startsContact(List<String> ws, int from) {
    return contactWords(ws, from) > 0;
  }

  /**
   * How many words the contact detail starting at {@code from} takes (a phone number may span
   * several), or 0 when none starts there.
   */
  private static int contactWords(List<String> ws, int from) {
    if (isContact(ws.get(from))) {
      return 1;
    }
    StringBuilder phone = new StringBuilder();
    for (int i = from; i < ws.size() && i < from + 5; i++) {
      if (phone.length() > 0) {
        phone.append(' ');
      }
      phone.append(strip(ws.get(i)));
      if (isPhone(phone.toString())) {
        return i - from + 1;
      }
    }
    return 0;
  }

  private static boolean isPhone(String s) {
    if (!PHONE.matcher(s).matches() || YEARS.matcher(s).matches()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
    }
    return digits >= MIN_PHONE_DIGITS;
  }

  /** A word without the punctuation that sets it in a sentence or a list. */
  private static String strip(String w) {
    int start = 0;
    int end = w.length();
    while (start < end && "(<[\"'".indexOf(w.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ",;.)>]\"'|".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return w.substring(start, end);
  }
}
