package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit 2 only for usage errors (picocli's and the commands' own checks); any other unexpected
 * exception, an {@link IllegalArgumentException} too, is an internal error: exit 1 and one line.
 * Each case asserts stdout, stderr and the code.
 */
class ExitCodeTest {
  @TempDir Path dir;

  private Path resume() throws IOException {
    return Cli.write(
        dir.resolve("cv.txt"), Cli.resume("Machine Learning Scientist", "Python, PyTorch", ""));
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithAHint() {
    Cli r = Cli.run("analyze", "--bogus", "cv.txt");
    assertEquals(ExitCodes.USAGE, r.code);
    assertEquals("", r.out);
    assertEquals(
        "rolefit: Unknown option: '--bogus'\nTry 'rolefit analyze --help' for usage.\n",
        r.err.replace("\r\n", "\n"));
  }

  @Test
  void aCommandsOwnCheckIsAUsageError() throws IOException {
    Cli r = Cli.run("batch", dir.toString(), "--jobs", "0", "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, r.code);
    assertEquals("", r.out);
    assertEquals("rolefit: --jobs must be at least 1, was 0\n", lines(r.err));
  }

  @Test
  void aValueTheLibraryRejectsIsAUsageError() throws IOException {
    String cv = resume().toString();
    Cli level = Cli.run("analyze", cv, "--profile", Cli.profile(), "--level", "guru");
    assertEquals(ExitCodes.USAGE, level.code, level.err);
    assertEquals("", level.out);
    assertEquals("rolefit: unknown level 'guru' (entry, mid or senior)\n", lines(level.err));
    Cli spec = Cli.run("analyze", cv, "--profile", Cli.profile(), "--specialization", "astro");
    assertEquals(ExitCodes.USAGE, spec.code, spec.err);
    assertEquals("", spec.out);
    assertTrue(spec.err.startsWith("rolefit: unknown specialization 'astro'"), spec.err);
    assertEquals(1, spec.err.lines().count(), spec.err);
  }

  @Test
  void anEvalInputNotInItsFormIsAUsageError() throws IOException {
    Path labels = Cli.write(dir.resolve("labels.csv"), "file,level\ncv.txt,mid\n");
    Cli r = Cli.run("eval", labels.toString(), "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, r.code, r.err);
    assertEquals("", r.out);
    assertEquals("rolefit: " + labels + ": missing column 'ml_related'\n", lines(r.err));
  }

  @Test
  void anUnexpectedIllegalArgumentExceptionIsAnInternalError() throws IOException {
    resume();
    Cli r =
        Cli.batch(
            null,
            n -> {
              throw new IllegalArgumentException("a bug in the pool");
            },
            dir.toString(),
            "--profile",
            Cli.profile());
    assertEquals(ExitCodes.INTERNAL, r.code, r.err);
    assertEquals(
        "rolefit: internal error: java.lang.IllegalArgumentException: a bug in the pool"
            + " (set ROLEFIT_DEBUG=1 for details; please report it)\n",
        lines(r.err));
    assertFalse(r.err.contains("\tat "), r.err);
  }

  @Test
  void onlyAnInternalErrorPrintsItsStackTraceAndOnlyWhenDebugging() {
    StringWriter quiet = new StringWriter();
    Errors.report(new IllegalStateException("bug"), new PrintWriter(quiet), false);
    assertEquals(1, quiet.toString().lines().count(), quiet.toString());
    StringWriter debug = new StringWriter();
    int code = Errors.report(new IllegalStateException("bug"), new PrintWriter(debug), true);
    assertEquals(ExitCodes.INTERNAL, code);
    assertTrue(debug.toString().contains("\tat dev.rolefit.cli.ExitCodeTest"), debug.toString());
    StringWriter usage = new StringWriter();
    code = Errors.report(new UsageException("bad value"), new PrintWriter(usage), true);
    assertEquals(ExitCodes.USAGE, code);
    assertEquals("rolefit: bad value\n", lines(usage.toString()));
  }

  @Test
  void theReadmeAndTheHelpListTheSameExitCodes() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Exit codes"));
    Map<Integer, String> documented = codes(Pattern.compile("(?m)^\\| (\\d) \\| (\\w+)"), section);
    Map<Integer, String> help =
        codes(Pattern.compile("(?m)^  (\\d)  (\\w+)"), String.format(Locale.ROOT, ExitCodes.HELP));
    assertEquals(documented, help);
    assertEquals(
        Map.of(0, "success", 1, "internal", 2, "usage"),
        Map.of(0, help.get(0), 1, help.get(1), 2, help.get(2)));
    assertEquals(6, help.size(), help.toString());
  }

  /** The first word of the meaning of each code. */
  private static Map<Integer, String> codes(Pattern row, String text) {
    Map<Integer, String> out = new TreeMap<>();
    Matcher m = row.matcher(text);
    while (m.find()) {
      out.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    return out;
  }

  private static String lines(String s) {
    return s.replace("\r\n", "\n").replace(System.lineSeparator(), "\n");
  }
}
