package dev.rolefit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ReportEscapersTest {

  @Test
  void htmlOutputHasNoMarkupCharacters() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60))
        .check(
            s -> {
              String e = ReportEscapers.HTML.escape(s);
              return e.indexOf('<') < 0
                  && e.indexOf('>') < 0
                  && e.indexOf('"') < 0
                  && e.indexOf('\'') < 0;
            });
  }

  @Test
  void markdownOutputIsOneInertLine() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60))
        .check(
            s -> {
              String e = ReportEscapers.markdown(s);
              if (e.indexOf('<') >= 0 || e.indexOf('>') >= 0 || e.indexOf('\n') >= 0) {
                return false;
              }
              // Every markup character is preceded by a backslash that is not itself escaped.
              for (int i = 0; i < e.length(); i++) {
                if ("`*_[]|~".indexOf(e.charAt(i)) >= 0 && !escaped(e, i)) {
                  return false;
                }
              }
              char first = e.isEmpty() ? ' ' : e.charAt(0);
              return "#-+=".indexOf(first) < 0;
            });
  }

  @Test
  void terminalOutputHasNoControlCharacters() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60))
        .check(
            s ->
                ReportEscapers.terminal(s)
                    .chars()
                    .noneMatch(c -> Character.getType(c) == Character.CONTROL));
  }

  @Test
  void markdownExamples() {
    assertEquals("&lt;b&gt;x&lt;/b&gt;", ReportEscapers.markdown("<b>x</b>"));
    assertEquals("\\# not a heading", ReportEscapers.markdown("# not a heading"));
    assertEquals("1\\. not a list", ReportEscapers.markdown("1. not a list"));
    assertEquals("version 0.1.0, end-to-end", ReportEscapers.markdown("version 0.1.0, end-to-end"));
    assertEquals("a \\| b", ReportEscapers.markdown("a | b"));
  }

  private static boolean escaped(String s, int i) {
    int slashes = 0;
    for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }
}
