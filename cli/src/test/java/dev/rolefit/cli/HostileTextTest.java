package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Resume text and file names that carry terminal escape sequences (a window title set with OSC, a
 * screen cleared with CSI, C1 controls, bidi overrides) reach no terminal raw: every output and
 * every diagnostic shows them as visible escapes, and JSON stays valid and exact.
 */
class HostileTextTest {
  @TempDir Path dir;

  /** OSC title + BEL, CSI clear screen, a C1 CSI, a bidi override and isolate, DEL, a lone CR. */
  static final String HOSTILE =
      "\u001b]0;owned\u0007Lead \u001b[2J\u009b31mScientist \u202eevil\u2066x\u2069\u007f\rfake";

  /** Whether a char may reach a terminal raw (tab and line feed; CR only before LF). */
  static void assertTerminalSafe(String what, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean crlf = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
      boolean bad =
          (c < 0x20 && c != '\t' && c != '\n' && !crlf)
              || (c >= 0x7f && c <= 0x9f)
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (bad) {
        int from = Math.max(0, i - 30);
        fail(
            String.format(
                Locale.ROOT,
                "%s: raw U+%04X at %d after \"%s\"",
                what,
                (int) c,
                i,
                s.substring(from, i).replace("\u001b", "<ESC>")));
      }
    }
  }

  private Path hostileResume() throws IOException {
    return Cli.write(
        dir.resolve("hostile.txt"),
        Cli.resume("Machine Learning Scientist " + HOSTILE, "Python, PyTorch", HOSTILE));
  }

  /** A file name with control bytes; skipped where the file system cannot hold it. */
  private Path name(String name) {
    try {
      return dir.resolve(name);
    } catch (InvalidPathException e) {
      return Assumptions.abort("the file system cannot hold this name: " + e.getMessage());
    }
  }

  @Test
  void extractShowsEscapesVisiblyAndItsJsonStaysExact() throws Exception {
    Path cv = hostileResume();
    Cli text = Cli.run("extract", cv.toString());
    assertEquals(0, text.code, text.err);
    assertTerminalSafe("extract text", text.out);
    assertTrue(text.out.contains("\\x1b]0;owned\\x07Lead \\x1b[2J\\x9b31mScientist"), text.out);
    assertTrue(text.out.contains("\\u202eevil\\u2066x\\u2069\\x7f"), text.out);

    Cli json = Cli.run("extract", cv.toString(), "--format", "json");
    assertEquals(0, json.code, json.err);
    assertTerminalSafe("extract json", json.out);
    JsonNode node = new ObjectMapper().readTree(json.out);
    assertTrue(
        node.get("text").asText().contains("\u001b[2J\u009b31mScientist \u202eevil"), json.out);
  }

  @Test
  void analyzeReportsInEveryFormatCarryNoRawControls() throws Exception {
    Path cv = hostileResume();
    for (String format : new String[] {"text", "json", "markdown", "html"}) {
      Cli r = Cli.run("analyze", cv.toString(), "--format", format, "--profile", Cli.profile());
      assertEquals(0, r.code, r.err);
      assertTerminalSafe("analyze " + format, r.out);
      assertTerminalSafe("analyze " + format + " stderr", r.err);
      if (format.equals("json")) {
        new ObjectMapper().readTree(r.out);
      }
    }
    // On a colour terminal only the report's own colour codes are escape sequences.
    Terminal tty = new Terminal(true, true, Map.of("TERM", "xterm-256color"));
    Cli color =
        Cli.run(
            CommandLine.defaultFactory(),
            tty,
            "analyze",
            cv.toString(),
            "--profile",
            Cli.profile());
    assertEquals(0, color.code, color.err);
    assertTrue(color.out.contains("\u001b[1m"), "coloured");
    assertTerminalSafe("analyze in colour", color.out.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void batchRowsShowControlBytesInFileNamesVisibly() throws Exception {
    Set<String> names = new HashSet<>(Set.of("clear\u001b[2J.txt", "bell\u0007.txt"));
    names.add("c1\u009b31m\u202etxt.md");
    for (String n : names) {
      Cli.write(name(n), Cli.resume("Machine Learning Scientist", "Python", HOSTILE));
    }
    Cli csv = Cli.run("batch", dir.toString(), "--profile", Cli.profile());
    assertEquals(0, csv.code, csv.err);
    assertTerminalSafe("batch csv", csv.out);
    assertTerminalSafe("batch stderr", csv.err);
    assertTrue(csv.out.contains("clear\\x1b[2J.txt"), csv.out);
    assertTrue(csv.out.contains("bell\\x07.txt"), csv.out);
    assertTrue(csv.out.contains("c1\\x9b31m\\u202etxt.md"), csv.out);

    Cli jsonl = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "--format", "jsonl");
    assertEquals(0, jsonl.code, jsonl.err);
    assertTerminalSafe("batch jsonl", jsonl.out);
    Set<String> files = new HashSet<>();
    for (String line : jsonl.out.split("\n")) {
      files.add(new ObjectMapper().readTree(line).get("file").asText());
    }
    assertEquals(names, files, "JSON keeps the exact names");
  }

  @Test
  void errorMessagesEchoNamesAndArgumentsOnOneSafeLine() throws Exception {
    String missing = dir.resolve("gone\u001b]0;owned\u0007\n\u001b[2J.pdf").toString();
    for (String command : new String[] {"analyze", "extract"}) {
      Cli r = Cli.run(command, missing);
      assertEquals(ExitCodes.USAGE, r.code, r.err);
      assertTerminalSafe(command + " missing file", r.err);
      CliTest.assertOneLineNoStackTrace(r.err);
      assertTrue(r.err.contains("no such file: "), r.err);
      assertTrue(r.err.contains("gone\\x1b]0;owned\\x07\\x0a\\x1b[2J.pdf"), r.err);
    }
    Cli folder = Cli.run("batch", missing, "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, folder.code, folder.err);
    assertTerminalSafe("batch missing folder", folder.err);
    CliTest.assertOneLineNoStackTrace(folder.err);

    Cli level = Cli.run("analyze", missing, "--level", "\u001b[2Jguru");
    assertEquals(ExitCodes.USAGE, level.code, level.err);
    assertTerminalSafe("bad level", level.err);
    Cli option = Cli.run("analyze", "--\u001b[2J", "x.pdf");
    assertEquals(ExitCodes.USAGE, option.code, option.err);
    assertTerminalSafe("unknown option", option.err);
    assertTrue(option.err.contains("\\x1b[2J"), option.err);
  }

  @Test
  void extractNamesAFileWithControlBytesVisibly() throws Exception {
    Path cv = Cli.write(name("cv\u001b[2J.txt"), Cli.resume("Scientist", "Python", ""));
    Cli r = Cli.run("extract", cv.toString());
    assertEquals(0, r.code, r.err);
    assertTerminalSafe("extract header", r.out);
    assertTrue(r.out.startsWith("# cv\\x1b[2J.txt: text/plain"), r.out);
  }
}
