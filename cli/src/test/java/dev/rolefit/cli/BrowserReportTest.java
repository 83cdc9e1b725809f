package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads a generated HTML report in headless Chromium (Debian's {@code chromium}, installed by
 * .ci/run): it renders, shows the score, logs nothing to the console, runs no script, and prints on
 * A4. Skipped where Chromium is not installed. Output stays under target/browser.
 */
class BrowserReportTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  static Path report;
  static String score;

  @BeforeAll
  static void generate() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Files.createDirectories(OUT);
    Path cv =
        Cli.write(
            OUT.resolve("cv.txt"),
            Cli.resume(
                "Senior Machine Learning Scientist", "Python, PyTorch", AnalyzeReportTest.PAYLOAD));
    report = OUT.resolve("report.html");
    Cli html =
        Cli.run(
            "analyze",
            cv.toString(),
            "--profile",
            Cli.profile(),
            "--format",
            "html",
            "-o",
            report.toString());
    assertEquals(0, html.code, html.err);
    Cli json = Cli.run("analyze", cv.toString(), "--profile", Cli.profile(), "--format", "json");
    assertEquals(0, json.code, json.err);
    double overall = new ObjectMapper().readTree(json.out).path("score").path("overall").asDouble();
    score = String.format(Locale.ROOT, "%.1f", overall);
  }

  @Test
  void rendersTheScoreWithoutScriptsOrConsoleMessages() throws Exception {
    Result r =
        chromium("--enable-logging=stderr", "--v=0", "--dump-dom", report.toUri().toString());
    assertEquals(0, r.code, r.err);
    String dom = r.out;
    Files.writeString(OUT.resolve("report.dom.html"), dom, StandardCharsets.UTF_8);
    assertTrue(dom.contains("data-score=\"" + score + "\">" + score + "<"), "score in the DOM");
    assertTrue(dom.contains("Resume fit report"));
    String lower = dom.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script element in the DOM");
    assertFalse(lower.contains("<img"), "the injected img is not an element");
    assertTrue(dom.contains("&lt;img src=x onerror="), "the payload is shown as text");
    // The payload sets the title when it runs; the title is unchanged, so nothing ran.
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(dom);
    assertTrue(title.find());
    assertEquals("Resume fit: cv.txt", title.group(1));
    List<String> console = new ArrayList<>();
    for (String line : r.err.split("\n")) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    assertEquals(List.of(), console, "no console messages (errors, CSP violations)");
  }

  @Test
  void takesAScreenshotAndPrintsOnA4() throws Exception {
    Path png = OUT.resolve("report.png");
    Files.deleteIfExists(png);
    Result shot =
        chromium(
            "--screenshot=" + png,
            "--window-size=1240,1754",
            "--hide-scrollbars",
            report.toUri().toString());
    assertEquals(0, shot.code, shot.err);
    assertTrue(Files.size(png) > 20_000, "a real picture, not a blank page");

    Path pdf = OUT.resolve("report.pdf");
    Files.deleteIfExists(pdf);
    Result print =
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString());
    assertEquals(0, print.code, print.err);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 4, "pages");
      PDRectangle box = doc.getPage(0).getMediaBox();
      assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0, "A4 width");
      assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0, "A4 height");
    }
  }

  record Result(int code, String out, String err) {}

  private static void deleteTree(Path root) throws IOException {
    // A throwaway profile per run: deepest entries first.
    try (var paths = Files.walk(root)) {
      for (Path x : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  static Result chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(OUT, "chromium-profile-");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = OUT.resolve("chromium.out");
    Path err = OUT.resolve("chromium.err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    try {
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish in 90 s");
      }
    } finally {
      deleteTree(profile);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
