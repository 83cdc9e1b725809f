package dev.rolefit.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear Markdown scans give exactly what the regular expressions they replaced gave (kept here
 * as the reference), on random lines built from the characters those expressions care about, and
 * stay fast where the expressions backtracked for minutes or overflowed the stack.
 */
class MarkdownInlineTest {
  private static final Pattern ATX_HEADING =
      Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_=])(\\s*\\1){2,}\\s*$");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

  // Markers, white space of both kinds (regex \s and not), a line terminator the dot refuses.
  private static final String[] PIECES = {
    "#", "#", "*", "*", "_", "_", "-", "=", "[", "]", "(", ")", "!", " ", " ", "\t", "\u00A0",
    "\u0085", "a", "b", "7", "**", "__", "](", "###"
  };

  private static String line(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      sb.append(PIECES[p]);
    }
    return sb.toString();
  }

  private static String heading(String s) {
    Matcher m = ATX_HEADING.matcher(s);
    return m.matches() ? m.group(2) : null;
  }

  @Test
  void scansAgreeWithTheRegularExpressionsTheyReplace() {
    qt().withExamples(20_000)
        .withFixedSeed(20260413L)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 14))
        .checkAssert(
            picks -> {
              String s = line(picks);
              assertEquals(heading(s), MarkdownInline.headingText(s), () -> "heading " + show(s));
              assertEquals(
                  RULE.matcher(s).matches(), MarkdownInline.isRule(s), () -> "rule " + show(s));
              assertEquals(
                  LINK.matcher(s).replaceAll("$1"),
                  MarkdownInline.links(s),
                  () -> "links " + show(s));
              assertEquals(
                  STRONG.matcher(s).replaceAll("$2"),
                  MarkdownInline.strong(s),
                  () -> "strong " + show(s));
            });
  }

  @Test
  void everydayMarkdownReadsAsBefore() {
    assertEquals("Skills", MarkdownInline.headingText("## Skills ##"));
    assertEquals("Work history", MarkdownInline.headingText("  # Work history"));
    assertNull(MarkdownInline.headingText("####### seven"));
    assertNull(MarkdownInline.headingText("#hashtag"));
    assertTrue(MarkdownInline.isRule(" - - -"));
    assertFalse(MarkdownInline.isRule("- - x"));
    assertEquals(
        "Built ranking with PyTorch and logo",
        MarkdownInline.links(
            "Built ranking with [PyTorch](https://pytorch.org) and ![logo](a.png)"));
    assertEquals("a [b] (c)", MarkdownInline.links("a [b] (c)"));
    assertEquals(
        "Senior ML Scientist, Orbital", MarkdownInline.strong("**Senior ML Scientist**, Orbital"));
  }

  @Test
  void repeatedMarkersTakeLinearTime() {
    String[] fragments = {"[](", "![", "[a](", "**", "__", "**a", "# a ", "- ", "=", "#\t "};
    for (String f : fragments) {
      String s = f.repeat(50_000);
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () -> {
            MarkdownInline.headingText("# " + s + "x");
            MarkdownInline.isRule(s);
            MarkdownInline.links(s);
            MarkdownInline.strong(s);
          },
          f);
    }
  }

  private static String show(String s) {
    return "\"" + s.replace("\t", "\\t").replace("\u0085", "\\u0085") + "\"";
  }
}
