package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Opens a batch's HTML shortlist in headless Chromium (as {@link BrowserReportTest} does the
 * report), takes the first candidate's link as the browser resolved it, and opens that report: what
 * a recruiter clicks through works. Skipped where Chromium is not installed.
 */
class BrowserShortlistTest {
  @Test
  void theShortlistOpensAndItsFirstLinkLeadsToAReport() throws Exception {
    assumeTrue(Files.isExecutable(BrowserReportTest.CHROMIUM), "chromium is not installed");
    Path root = BrowserReportTest.OUT.resolve("shortlist");
    Path resumes = Files.createDirectories(root.resolve("resumes"));
    Cli.threeResumes(resumes);
    Path out = root.resolve("out dir");
    Path index = out.resolve("index.html");
    Cli r =
        Cli.run(
            "batch",
            resumes.toString(),
            "--profile",
            Cli.profile(),
            "--format",
            "html",
            "--report-dir",
            out.toString(),
            "-o",
            index.toString(),
            "--quiet");
    assertEquals(0, r.code, r.err);

    BrowserReportTest.Result page =
        BrowserReportTest.chromium("--dump-dom", index.toUri().toString());
    assertEquals(0, page.code(), page.err());
    String dom = page.out();
    assertTrue(dom.contains("<h1>Shortlist</h1>"), dom);
    assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "no script");
    Matcher first = Pattern.compile("<a href=\"([^\"]+)\">").matcher(dom);
    assertTrue(first.find(), "a link to a report");
    // The link as the browser resolves it against the page's own address.
    String target = index.toUri().resolve(first.group(1)).toString();
    assertTrue(target.endsWith("-strong.txt.html"), "the best candidate first: " + target);

    BrowserReportTest.Result report = BrowserReportTest.chromium("--dump-dom", target);
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("Resume fit report"), "the report opened");
    assertTrue(report.out().contains("strong.txt"), "the candidate's report");
  }
}
