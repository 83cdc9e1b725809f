package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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

  /**
   * A bundled sample scored against ML infrastructure, the longest specialization name in the
   * bundled profile ("Machine Learning Infrastructure"), at a desktop and a phone width: a probe
   * script injected into a copy of the page finds no text wider than its box, nothing clipped by
   * its container or the page, and no SVG label outside its picture (the chart once cut
   * "Reinforcement learning" to "einforcement learning"). The three browser runs go in parallel, as
   * each mostly waits.
   */
  @Test
  void sampleReportHasNoLabelOverflowingOrClipped() throws Exception {
    Path sample = Path.of("../examples/resumes/nlp-mid-scientist.pdf").toAbsolutePath();
    Path page = OUT.resolve("sample-report.html");
    Cli html =
        Cli.run(
            "analyze",
            sample.toString(),
            "--level",
            "mid",
            "--specialization",
            "ml-infrastructure",
            "--format",
            "html",
            "-o",
            page.toString());
    assertEquals(0, html.code, html.err);
    String report = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(
        report.contains("Machine Learning Infrastructure (secondary) (target)"),
        "the longest label is shown");
    Path probed = probed(report, OUT.resolve("sample-report-probed.html"));

    Path shot = OUT.resolve("sample-report.png");
    Files.deleteIfExists(shot);
    var screenshot =
        async(
            "--screenshot=" + shot,
            "--window-size=1240,2400",
            "--hide-scrollbars",
            page.toUri().toString());
    Map<Integer, CompletableFuture<Result>> dumps = new TreeMap<>();
    for (int width : new int[] {1240, 420}) {
      dumps.put(
          width,
          async("--window-size=" + width + ",2400", "--dump-dom", probed.toUri().toString()));
    }
    Result s = screenshot.get();
    assertEquals(0, s.code, s.err);
    assertTrue(Files.size(shot) > 20_000, "a real picture");
    for (var e : dumps.entrySet()) {
      Result r = e.getValue().get();
      assertEquals(0, r.code, r.err);
      Matcher m =
          Pattern.compile(
                  "<pre id=\"layout-probe\" data-checked=\"(\\d+)\">(.*?)</pre>", Pattern.DOTALL)
              .matcher(r.out);
      assertTrue(m.find(), "the probe ran: " + r.err);
      assertTrue(Integer.parseInt(m.group(1)) > 200, "it measured the page: " + m.group(1));
      assertEquals("[]", m.group(2), "layout problems at " + e.getKey() + " px");
    }
  }

  private static CompletableFuture<Result> async(String... args) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return chromium(args);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  /** A copy of the page with the probe script at the end of the body and without the CSP. */
  static Path probed(String html, Path copy) throws IOException {
    String probe;
    try (var in = BrowserReportTest.class.getResourceAsStream("layout-probe.js")) {
      probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String page =
        html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
            .replace("</body>", "<script>" + probe + "</script></body>");
    assertTrue(page.contains("<script>"), "probe injected");
    Files.writeString(copy, page, StandardCharsets.UTF_8);
    return copy;
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
    // Files of its own, so runs can go in parallel.
    Path out = Files.createTempFile(OUT, "chromium-", ".out");
    Path err = Files.createTempFile(OUT, "chromium-", ".err");
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
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
