package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rolefit.report.ResultRow;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch as a recruiter uses it: a shortlist page, reports, filters, a posting, safe CSV. */
class BatchShortlistTest {
  private static final String FORMULA = "=+-@\t\r";

  @TempDir Path dir;

  private void resumes() throws IOException {
    Cli.threeResumes(dir);
    Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\n garbage", StandardCharsets.US_ASCII);
  }

  /** Every cell of a CSV, the header included. */
  private static List<String> cells(String text) throws IOException {
    List<String> all = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
      r.forEach(all::add);
    }
    return all;
  }

  private static void assertNoFormula(String text) throws IOException {
    for (String cell : cells(text)) {
      assertTrue(
          cell.isEmpty() || FORMULA.indexOf(cell.charAt(0)) < 0, "formula-like cell: " + cell);
    }
  }

  @Test
  void fileNamesThatLookLikeFormulasAreText() throws IOException {
    String resume = Cli.resume("Machine Learning Scientist", "Python", "");
    List<String> names = List.of("=1+1.txt", "+SUM(A1).txt", "-2+3.txt", "@cmd.txt", "\tx.txt");
    for (String n : names) {
      Cli.write(dir.resolve(n), resume);
    }
    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile());
    assertEquals(0, r.code, r.err);
    assertNoFormula(r.out);
    List<String> files = Cli.csv(r.out).stream().map(x -> x.get("file")).sorted().toList();
    assertEquals(
        names.stream().map(n -> "'" + TerminalSafe.line(n)).sorted().toList(),
        files,
        "each name kept, behind a quote");
    for (CSVRecord x : Cli.csv(r.out)) {
      assertFalse(x.get("score").startsWith("'"), "numbers are not text cells");
    }
  }

  @Test
  void extractedNamesAndTitlesThatLookLikeFormulasAreText() throws IOException {
    Cli.write(dir.resolve("a.txt"), Cli.resume("Machine Learning Scientist", "Python", ""));
    BatchCommand.FileAnalysis hostile =
        (rolefit, target, in) -> {
          ResultRow x = BatchCommand.analyze(rolefit, target, in);
          return new ResultRow(
              x.seq(),
              x.file(),
              x.outcome(),
              "=HYPERLINK(\"http://x\",\"Jane\")",
              "-1+cmd|' /C calc'!A0",
              x.years(),
              x.estimatedLevel(),
              x.targetLevel(),
              x.specialization(),
              x.bestSpecialization(),
              x.bestSpecializationScore(),
              x.score(),
              x.band(),
              x.keywords(),
              x.responsibilities(),
              x.requiredFound(),
              x.requiredListed(),
              x.requiredMissing(),
              "@SUM(1)",
              x.topMissing(),
              x.stuffing(),
              x.postingMatch(),
              x.quality(),
              x.errorKind(),
              x.errorMessage(),
              x.pages(),
              x.secondarySpecialization());
        };
    Cli r =
        Cli.batch(
            hostile, Executors::newFixedThreadPool, dir.toString(), "--profile", Cli.profile());
    assertEquals(0, r.code, r.err);
    assertNoFormula(r.out);
    CSVRecord row = Cli.csv(r.out).get(0);
    assertEquals("'=HYPERLINK(\"http://x\",\"Jane\")", row.get("name"));
    assertEquals("'-1+cmd|' /C calc'!A0", row.get("title"));
    assertEquals("'@SUM(1)", row.get("top_matched"));
  }

  @Test
  void neutralisedTextNeverStartsWithAFormulaCharacterAndKeepsTheText() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(
            s -> {
              String n = BatchWriter.neutralise(s);
              assertTrue(n.isEmpty() || FORMULA.indexOf(n.charAt(0)) < 0, n);
              assertTrue(n.equals(s) || n.equals("'" + s), n);
            });
  }

  @Test
  void theShortlistPageLinksEveryScoredResumeToItsReport() throws Exception {
    resumes();
    Cli.write(dir.resolve("<img src=x onerror=alert(1)>.txt"), Cli.resume("Analyst", "SQL", ""));
    Path out = dir.resolve("out");
    Path index = out.resolve("index.html");
    Path reports = out.resolve("reports");
    String[] args = {
      "batch",
      dir.toString(),
      "--profile",
      Cli.profile(),
      "--format",
      "html",
      "--report-dir",
      reports.toString(),
      "-o",
      index.toString()
    };
    Cli r = Cli.run(args);

    assertEquals(0, r.code, r.err);
    assertEquals("", r.out);
    assertTrue(r.err.contains("4 reports in " + reports), r.err);
    String html = Files.readString(index, StandardCharsets.UTF_8);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script");
    assertFalse(lower.contains("<img"), "file names are text");
    assertTrue(html.contains("&lt;img src"), html);
    // Rank order, and each scored row links to an existing report beside it.
    Matcher a = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>").matcher(html);
    List<String> linked = new ArrayList<>();
    while (a.find()) {
      Path target = out.resolve(a.group(1));
      assertTrue(Files.isRegularFile(target), a.group(1));
      assertTrue(
          Files.readString(target, StandardCharsets.UTF_8).contains("Resume fit report"),
          "an HTML report");
      linked.add(a.group(2));
    }
    assertEquals(4, linked.size(), linked.toString());
    assertTrue(linked.indexOf("Jane Doe") >= 0, "the name is the link text");
    assertTrue(html.indexOf("strong.txt") < html.indexOf("medium.txt"), "best first");
    assertTrue(html.indexOf("medium.txt") < html.indexOf("weak.md"), "best first");
    assertTrue(html.indexOf("Not scored") < html.indexOf("corrupt.pdf"), "failures apart, last");
    try (Stream<Path> s = Files.list(reports)) {
      assertEquals(4, s.count(), "one report per scored resume, none for the corrupt one");
    }
    // The same folder gives the same bytes, page and reports.
    byte[] first = Files.readAllBytes(index);
    Cli again = Cli.run(args);
    assertEquals(0, again.code, again.err);
    assertArrayEquals(first, Files.readAllBytes(index));
  }

  @Test
  void topAndMinScoreKeepTheBestRowsAndEveryFailure() throws IOException {
    resumes();
    Cli all = Cli.run("batch", dir.toString(), "--profile", Cli.profile());
    List<CSVRecord> rows = Cli.csv(all.out);
    assertEquals(4, rows.size());

    Cli top = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "--top", "2");
    assertEquals(0, top.code, top.err);
    List<String> files = Cli.csv(top.out).stream().map(x -> x.get("file")).toList();
    assertEquals(List.of("strong.txt", "medium.txt", "corrupt.pdf"), files);
    assertTrue(top.err.contains("3 rows written") && top.err.contains("1 rows left out"), top.err);

    double cut = Double.parseDouble(rows.get(1).get("score"));
    Cli min =
        Cli.run(
            "batch",
            dir.toString(),
            "--profile",
            Cli.profile(),
            "--min-score",
            String.format(Locale.ROOT, "%.1f", cut));
    for (CSVRecord x : Cli.csv(min.out)) {
      assertTrue(
          x.get("score").isEmpty() || Double.parseDouble(x.get("score")) >= cut, x.toString());
    }
    assertEquals(3, Cli.csv(min.out).size(), min.out);
  }

  @Test
  void badFilterValuesAreUsageErrors() throws IOException {
    resumes();
    for (String[] bad :
        List.of(
            new String[] {"--top", "0"},
            new String[] {"--min-score", "101"},
            new String[] {"--min-score", "NaN"})) {
      Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), bad[0], bad[1]);
      assertEquals(ExitCodes.USAGE, r.code, r.err);
      assertTrue(r.err.startsWith("rolefit: " + bad[0]), r.err);
      assertEquals("", r.out);
    }
  }

  @Test
  void quietPrintsNothingButTheRows() throws IOException {
    resumes();
    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "--quiet");
    assertEquals(0, r.code);
    assertEquals("", r.err);
    assertEquals(4, Cli.csv(r.out).size());
  }

  @Test
  void aPostingIsReadOnceAndScoredWithEveryResume() throws IOException {
    resumes();
    Path posting =
        Cli.write(
            dir.resolve("posting.text"),
            "Requirements\n- 3+ years of Python\n- Experience with PyTorch\n");
    Path reports = dir.resolve("reports");
    Cli r =
        Cli.run(
            "batch",
            dir.toString(),
            "--profile",
            Cli.profile(),
            "--job",
            posting.toString(),
            "--report-dir",
            reports.toString(),
            "--format",
            "html");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("<th>Posting</th>"), "the posting column shows");
    Path strong;
    try (Stream<Path> s = Files.list(reports)) {
      strong = s.filter(p -> p.toString().endsWith("-strong.txt.html")).findFirst().orElseThrow();
    }
    String report = Files.readString(strong, StandardCharsets.UTF_8);
    assertTrue(report.contains("Job posting requirements"), "scored against the posting");
    assertTrue(report.contains("Experience with PyTorch"), "its requirements listed");

    Path empty = Cli.write(dir.resolve("empty-posting.text"), "   \n");
    Cli e = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "--job", empty.toString());
    assertEquals(ExitCodes.USAGE, e.code, e.err);
    assertTrue(e.err.startsWith("rolefit: the job posting is empty"), e.err);
    assertEquals("", e.out);
  }

  @Test
  void reportNamesAreSafeAndUnique() {
    assertEquals("000001-a_b_c.pdf.html", BatchReports.fileName(0, "a/b c.pdf"));
    String n = BatchReports.fileName(9, "../x.txt");
    assertTrue(n.matches("[0-9]{6}-[A-Za-z0-9._-]*\\.html"), n);
    assertFalse(n.contains("/"), n);
    assertTrue(
        !BatchReports.fileName(1, "a/cv.pdf").equals(BatchReports.fileName(2, "b/cv.pdf")),
        "two cv.pdf in two folders");
  }

  @Test
  void progressSpeedAlwaysHasALeadingDigit() {
    java.text.DecimalFormat f =
        new java.text.DecimalFormat(
            BatchProgress.SPEED, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
    assertEquals("0.5", f.format(0.5));
    assertEquals("0.0", f.format(0.0));
    assertEquals("12.3", f.format(12.34));
  }
}
