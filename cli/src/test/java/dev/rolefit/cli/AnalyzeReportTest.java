package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolefit analyze} in every format, on a resume that tries to inject markup. */
class AnalyzeReportTest {
  static final String PAYLOAD =
      "<script>document.title='pwned'</script> <img src=x onerror=\"document.title='pwned'\">";

  @TempDir Path dir;

  private Path hostileResume() throws IOException {
    return Cli.write(
        dir.resolve("cv.txt"),
        Cli.resume("Senior Machine Learning Scientist", "Python, PyTorch", PAYLOAD));
  }

  @Test
  void htmlReportToFileIsEscaped() throws IOException {
    Path out = dir.resolve("report.html");
    Cli r =
        Cli.run(
            "analyze",
            hostileResume().toString(),
            "--profile",
            Cli.profile(),
            "--format",
            "html",
            "-o",
            out.toString());
    assertEquals(0, r.code, r.err);
    assertEquals("", r.out);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    String lower = html.toLowerCase(Locale.ROOT);
    assertTrue(html.contains("&lt;script&gt;document.title"), "the payload is shown as text");
    assertFalse(lower.contains("<script"));
    assertFalse(lower.contains("<img"));
  }

  @Test
  void markdownAndTextAreEscaped() throws IOException {
    Path cv = hostileResume();
    Cli md = Cli.run("analyze", cv.toString(), "--profile", Cli.profile(), "--format", "markdown");
    assertEquals(0, md.code, md.err);
    // Backslash escapes, no entities: an escaped < opens no tag in CommonMark.
    assertTrue(md.out.contains("\\<script\\>"), md.out);
    assertFalse(md.out.contains("&lt;") || md.out.contains("&quot;"), md.out);
    assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(md.out).find(), md.out);

    Cli text = Cli.run("analyze", cv.toString(), "--profile", Cli.profile());
    assertEquals(0, text.code, text.err);
    assertTrue(text.out.contains("Overall score: "), text.out);
    assertFalse(text.out.contains("\u001b"), "no colour when stdout is not a terminal");
  }

  @Test
  void textColourFollowsTheTerminalAndNoColor() throws IOException {
    java.util.Map<String, String> env = java.util.Map.of("TERM", "xterm-256color");
    assertTrue(new Terminal(true, true, env).colorOnStdout());
    assertFalse(new Terminal(false, true, env).colorOnStdout());
    assertFalse(
        new Terminal(true, true, java.util.Map.of("TERM", "xterm", "NO_COLOR", "1"))
            .colorOnStdout());
    assertFalse(new Terminal(true, true, java.util.Map.of("TERM", "dumb")).colorOnStdout());
    assertFalse(Terminal.NONE.stderrIsTerminal());
  }
}
