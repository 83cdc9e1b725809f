package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.regex.Pattern;
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
    assertEquals(6, count(html, "<rect x=\"190.00\"") / 2, "six specialization bars");
    assertTrue(html.contains("Deep learning (target)"));
    assertTrue(html.contains("Name the statistics you used"));
  }

  @Test
  void markdownEscapesResumeText() throws IOException {
    String md = render(ReportFormat.MARKDOWN, Reports.with(Reports.SCRIPT + Reports.IMG), false);
    String lower = md.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"));
    assertFalse(lower.contains("<img"));
    assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), md);
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

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
