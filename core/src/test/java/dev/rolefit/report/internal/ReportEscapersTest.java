package dev.rolefit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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
              if (e.indexOf('\n') >= 0) {
                return false;
              }
              // Every markup character is preceded by a backslash that is not itself escaped.
              for (int i = 0; i < e.length(); i++) {
                if ("`*_[]|~<>&".indexOf(e.charAt(i)) >= 0 && !escaped(e, i)) {
                  return false;
                }
              }
              char first = e.isEmpty() ? ' ' : e.charAt(0);
              return "#-+=".indexOf(first) < 0;
            });
  }

  @Test
  void markdownRendersAsExactlyTheTextItEscapes() {
    Parser parser = Parser.builder().build();
    qt().withExamples(5000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(
            s -> {
              String want = ReportEscapers.oneLine(s).strip();
              Node doc = parser.parse(ReportEscapers.markdown(s));
              if (want.isEmpty()) {
                return doc.getFirstChild() == null;
              }
              // One paragraph of plain text nodes whose text is the input: nothing became markup.
              Node p = doc.getFirstChild();
              if (!(p instanceof Paragraph) || p.getNext() != null) {
                return false;
              }
              StringBuilder b = new StringBuilder();
              for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof Text t)) {
                  return false;
                }
                b.append(t.getLiteral());
              }
              return b.toString().equals(want.replace('\0', '\uFFFD'));
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
    assertEquals("\\<b\\>x\\</b\\>", ReportEscapers.markdown("<b>x</b>"));
    // Private-use characters are text like any other (no sentinel of the escaper's own).
    assertEquals("!!!!\uE001", ReportEscapers.markdown("!!!!\uE001"));
    assertEquals("a **b\uE000** c", ReportEscapers.markdownMarked("a b\uE000 c", 2, 4, "**"));
    assertEquals("**x**", ReportEscapers.markdownMarked("\n x\u0007 ", 0, 4, "**"));
    assertEquals("AT\\&T \"q\"", ReportEscapers.markdown("AT&T \"q\""));
    assertEquals(
        "use **PyTorch** daily", ReportEscapers.markdownMarked("use PyTorch daily", 4, 11, "**"));
    assertEquals("**\\#1** x", ReportEscapers.markdownMarked("#1 x", 0, 2, "**"));
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
