package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Evidence;
import dev.rolefit.model.FitReport.Score;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.SectionKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateReportWriterTest {

  private static String render(ReportFormat f, FitReport r, boolean color) throws IOException {
    StringWriter w = new StringWriter();
    f.writer(color).write(r, w);
    return w.toString();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void sameReportGivesSameBytes(ReportFormat f) throws IOException {
    FitReport r = Reports.with("x");
    assertEquals(render(f, r, false), render(f, Reports.with("x"), false));
  }

  @Test
  void htmlEscapesResumeTextAndHasNoScript() throws IOException {
    String html = render(ReportFormat.HTML, Reports.with(Reports.SCRIPT + Reports.IMG), false);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element at all");
    assertFalse(lower.contains("<img"), "the injected img is text");
    assertFalse(lower.contains("onerror=alert"), "the attribute is not live");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&lt;img src"), html);
  }

  @Test
  void htmlIsSelfContainedAndPrintable() throws IOException {
    String html = render(ReportFormat.HTML, Reports.with("x"), false);
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"?(https?:)?//").matcher(html).find());
    assertFalse(html.contains("@import"));
    assertTrue(html.contains("Content-Security-Policy"));
    assertTrue(html.contains("@media print"));
    assertTrue(html.contains("@page"));
    for (String id :
        new String[] {
          "score",
          "level",
          "categories",
          "specializations",
          "responsibilities",
          "evidence",
          "gaps",
          "diagnostics",
          "requirements"
        }) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    assertTrue(html.contains(">72.4<"), "the score is in the page");
    assertEquals(
        6, count(html, "<div class=\"row target\">") + count(html, "<div class=\"row other\">"));
    assertTrue(html.contains("Deep learning (target)"));
    assertTrue(html.contains("Name the statistics you used"));
  }

  @Test
  void markdownEscapesResumeText() throws IOException {
    String md = render(ReportFormat.MARKDOWN, Reports.with(Reports.SCRIPT + Reports.IMG), false);
    // Every < is backslash-escaped, so it can open no tag.
    assertFalse(Pattern.compile("(?<!\\\\)<").matcher(md).find(), md);
    assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), md);
    assertTrue(md.contains("## Gaps"));
    assertTrue(md.contains("| Deep learning (target) | 81 |"), md);
  }

  @Test
  void markdownKeepsTablesWhole() throws IOException {
    String md = render(ReportFormat.MARKDOWN, Reports.with("a | b\nc [x](y) *z*"), false);
    for (String line : md.split("\n")) {
      if (line.startsWith("| ")) {
        String unescaped = line.replace("\\|", "");
        assertTrue(unescaped.endsWith("|"), line);
      }
    }
    assertTrue(md.contains("a \\| b c \\[x\\](y) \\*z\\*"), md);
  }

  @Test
  void textStripsControlCharactersAndColoursOnlyWhenAsked() throws IOException {
    FitReport r = Reports.with(Reports.ANSI + Reports.SCRIPT);
    String plain = render(ReportFormat.TEXT, r, false);
    assertFalse(plain.contains("\u001b"), "no escape from the resume, no colour");
    assertTrue(plain.contains("[31mRED[0m" + Reports.SCRIPT), "resume text shown, inert");
    assertTrue(plain.contains("Overall score: 72.4 / 100 (strong)"));
    String color = render(ReportFormat.TEXT, r, true);
    assertTrue(color.contains("\u001b[1m"), "colour when asked");
    assertFalse(color.contains("\u001b[31mRED"), "but never the resume's own escapes");
  }

  @Test
  void textListsGapsAndEvidence() throws IOException {
    String t = render(ReportFormat.TEXT, Reports.with(""), false);
    assertTrue(t.contains("+6.2  Missing required skill Statistics."), t);
    assertTrue(t.contains("experience: \"Built models in PyTorch \" (exact)"), t);
    assertTrue(t.contains("Level: reads as entry"), t);
  }

  @Test
  void markdownCarriesNoEntityAndRendersHostileTextAsText() throws IOException {
    String hostile =
        "<script>alert(1)</script> [x](javascript:alert(1)) `rm -rf` a | b \"q\" &amp; &lt;i&gt;";
    String md = render(ReportFormat.MARKDOWN, Reports.with(hostile), false);
    assertFalse(
        Pattern.compile("(?<!\\\\)&(#?[A-Za-z0-9]+);").matcher(md).find(), "no live entity: " + md);
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<Node> live = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    walk(
        doc,
        n -> {
          if (n instanceof HtmlInline
              || n instanceof HtmlBlock
              || n instanceof Link
              || n instanceof Image
              || n instanceof Code) {
            live.add(n);
          } else if (n instanceof TableCell && text(n).startsWith("Built models in")) {
            quotes.add(text(n));
          }
        });
    assertEquals(List.of(), live, "no HTML, link, image or code from resume text");
    assertTrue(quotes.size() >= 2, "the quote in the evidence and responsibility tables: " + md);
    for (String q : quotes) {
      assertTrue(q.startsWith("Built models in PyTorch " + hostile), q);
    }
    assertTrue(md.contains("Built models in **PyTorch** \\<script"), "the match is bold: " + md);
  }

  @Test
  void htmlMarksTheMatchedWordsAfterEscaping() throws IOException {
    String html = render(ReportFormat.HTML, Reports.with(Reports.SCRIPT), false);
    assertTrue(
        html.contains("Built models in <mark>PyTorch</mark> &lt;script&gt;alert(1)&lt;/script&gt;"),
        html);
    assertTrue(html.contains("<mark>Python</mark> &lt;script&gt;"), html);
    // A match that is itself hostile is escaped inside the mark.
    FitReport r = Reports.with("");
    SkillResult s = r.skills().get(0);
    FitReport hostileMatch =
        Reports.withSkills(
            r,
            List.of(
                new SkillResult(
                    s.id(),
                    s.name(),
                    s.category(),
                    s.group(),
                    s.weight(),
                    s.required(),
                    s.strength(),
                    s.status(),
                    List.of(
                        new Evidence(
                            SectionKind.EXPERIENCE,
                            "use <b>x</b> now",
                            0,
                            0,
                            MatchType.EXACT,
                            4,
                            12)),
                    true)));
    String h = render(ReportFormat.HTML, hostileMatch, false);
    assertTrue(h.contains("use <mark>&lt;b&gt;x&lt;/b&gt;</mark> now"), h);
    assertFalse(h.contains("<b>x"), h);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aMatchingLevelIsNeverToldWithoutTheScore(ReportFormat f) throws IOException {
    FitReport poor =
        Reports.matchingLevel(Reports.with(""), new Score(8.3, 9.0, 7.2, Reports.band("poor")));
    String out = render(f, poor, false);
    if (f == ReportFormat.JSON) {
      return;
    }
    int at = out.indexOf("matches the target");
    assertTrue(at >= 0, out);
    for (; at >= 0; at = out.indexOf("matches the target", at + 1)) {
      int end = out.indexOf('\n', at);
      String line = out.substring(at, end < 0 ? out.length() : end);
      assertTrue(line.contains("but the overall fit is poor (8.3 of 100)"), line);
    }
    FitReport strong =
        Reports.matchingLevel(
            Reports.with(""), new Score(72.4, 68.1, 78.9, Reports.band("strong")));
    assertTrue(
        render(f, strong, false)
            .contains("matches the target; the overall fit is strong, 72.4 of 100"));
  }

  @Test
  void htmlExplainsEachScaleInOneLine() throws IOException {
    String html = render(ReportFormat.HTML, Reports.with("x"), false);
    for (String scale :
        List.of(
            "overall", "keywords", "responsibilities", "level", "specializations", "categories")) {
      Matcher m =
          Pattern.compile("<p class=\"scale\" data-scale=\"" + scale + "\">([^<\n]{30,260})</p>")
              .matcher(html);
      assertTrue(m.find(), scale);
      assertFalse(m.find(), "once: " + scale);
    }
  }

  /** Visits a node and everything below it, depth first. */
  private static void walk(Node n, java.util.function.Consumer<Node> visit) {
    visit.accept(n);
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      walk(c, visit);
    }
  }

  private static String text(Node n) {
    StringBuilder b = new StringBuilder();
    walk(
        n,
        x -> {
          if (x instanceof Text t) {
            b.append(t.getLiteral());
          }
        });
    return b.toString();
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
