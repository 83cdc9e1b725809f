package dev.rolefit.report.internal;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;

/**
 * The escapers that make resume text inert in each report format. Every value a template prints
 * with double braces passes through one of these; only markup the view model builds itself (ANSI
 * colours, never resume text) is printed raw.
 */
public final class ReportEscapers {
  private ReportEscapers() {}

  /** HTML: {@code & < > " ' ` =} become entities (JMustache's own escaper). */
  public static final Mustache.Escaper HTML = Escapers.HTML;

  /**
   * Markdown: every character Markdown or inline HTML could act on is backslash-escaped, so the
   * output holds no HTML entity and renders as the same text.
   */
  public static final Mustache.Escaper MARKDOWN = ReportEscapers::markdown;

  /** Terminal text: control characters (ANSI escapes, bidi overrides) removed, one line. */
  public static final Mustache.Escaper TERMINAL = ReportEscapers::terminal;

  /**
   * Escapes a value for Markdown (CommonMark and GitHub flavour): the result renders as the same
   * text, on one line, and can start no block (heading, list, quote) and no inline markup (link,
   * image, emphasis, code, HTML, entity). It uses backslash escapes only, never HTML entities:
   * CommonMark renders any backslash-escaped ASCII punctuation as that character, and a {@code \<}
   * can open no tag, so the text stays exactly the resume's (a fullwidth look-alike would change
   * it, and entities show up raw where Markdown is read as plain text).
   *
   * @param raw any text
   * @return the escaped text
   */
  public static String markdown(String raw) {
    return markdownMarked(raw, 0, 0, "");
  }

  /**
   * Escapes a value for Markdown as {@link #markdown(String)} does, and wraps the characters from
   * {@code start} to {@code end} of the raw value in {@code mark} on each side (for example {@code
   * **} for bold). The marks are added after escaping, so no resume text can close them.
   *
   * @param raw any text
   * @param start first raw character to mark
   * @param end raw character just past the mark (nothing is marked when not above start)
   * @param mark the Markdown delimiter to put on each side
   * @return the escaped text
   */
  public static String markdownMarked(String raw, int start, int end, String mark) {
    // Each kept character remembers its raw offset, so the marks land on the same words.
    int[] source = new int[raw.length()];
    String line = oneLine(raw, source);
    int lead = 0;
    while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
      lead++;
    }
    int tail = line.length();
    while (tail > lead && Character.isWhitespace(line.charAt(tail - 1))) {
      tail--;
    }
    int open = -1;
    int close = -1;
    if (end > start) {
      open = lead;
      while (open < tail && source[open] < start) {
        open++;
      }
      close = open;
      while (close < tail && source[close] < end) {
        close++;
      }
    }
    String s = line.substring(lead, tail);
    StringBuilder b = new StringBuilder(s.length() + 16);
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    boolean marked = close > open;
    for (int i = 0; i < s.length(); i++) {
      if (marked && i + lead == open) {
        b.append(mark);
      }
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '<', '>', '&' -> b.append('\\').append(c);
        case '#', '-', '+', '=' -> {
          // Only a value's first character can open a heading, list item or setext underline.
          if (i == 0) {
            b.append('\\');
          }
          b.append(c);
        }
        case '.', ')' -> {
          // "1. " or "1) " at the start of a value would open an ordered list.
          if (i > 0 && i == digits && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
            b.append('\\');
          }
          b.append(c);
        }
        default -> b.append(c);
      }
      if (marked && i + lead + 1 == close) {
        b.append(mark);
      }
    }
    return b.toString();
  }

  /**
   * Makes a value safe to print on a terminal: removes C0/C1 control characters (so no ANSI escape
   * can recolour or rewrite the screen) and bidirectional overrides, and keeps it on one line.
   *
   * @param raw any text
   * @return the cleaned text
   */
  public static String terminal(String raw) {
    return oneLine(raw);
  }

  /**
   * Collapses line breaks and tabs to spaces and drops control and bidi-override characters.
   *
   * @param raw any text
   * @return the text on one line
   */
  static String oneLine(String raw) {
    return oneLine(raw, null);
  }

  /** As {@link #oneLine(String)}, recording each kept character's raw offset when asked. */
  private static String oneLine(String raw, int[] source) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.getType(c) == Character.CONTROL && !isLineSpace(c) || isBidiControl(c)) {
        continue;
      }
      if (source != null) {
        source[b.length()] = i;
      }
      b.append(isLineSpace(c) ? ' ' : c);
    }
    return b.toString();
  }

  private static boolean isLineSpace(char c) {
    return c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
