package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The terminal-safe forms: nothing unsafe survives, safe text is untouched, JSON stays exact. */
class TerminalSafeTest {
  /** Characters a hostile file would use, mixed with ordinary ones and look-alikes. */
  private static final String ALPHABET =
      "ab \t\n\r\u0000\u0007\u0008\u001b[]0;m\\x\u007f\u0080\u0085\u009b\u009c\u00a0\u00e9"
          + "\u200e\u200f\u202a\u202d\u202e\u2066\u2069\u2028\"/\ud83d\ude00";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A string from picks of the alphabet (the last two picks form one emoji). */
  private static String text(List<Integer> picks) {
    StringBuilder b = new StringBuilder();
    picks.forEach(i -> b.append(ALPHABET.charAt(i)));
    return b.toString();
  }

  /** Writes text through a filter in chunks of the given sizes (split anywhere, CR from LF too). */
  private static String through(UnaryOperator<Writer> filter, String s, int chunk) {
    StringWriter sink = new StringWriter();
    try (Writer w = filter.apply(sink)) {
      for (int i = 0; i < s.length(); i += chunk) {
        w.write(s, i, Math.min(chunk, s.length() - i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink.toString();
  }

  private static boolean onlySafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean crlf = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
      if (TerminalSafe.unsafe(c) && !crlf) {
        return false;
      }
    }
    return true;
  }

  /** Checks a property on hostile strings, each with a chunk size for writing it. */
  private static void forHostileText(long seed, BiConsumer<String, Integer> property) {
    qt().withExamples(2000)
        .withFixedSeed(seed)
        .forAll(
            lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40),
            integers().between(1, 7))
        .checkAssert((picks, chunk) -> property.accept(text(picks), chunk));
  }

  /** The shown form has nothing unsafe, and is the text itself when it had nothing to hide. */
  private static void assertShownSafely(String s, String shown, boolean untouched) {
    HostileTextTest.assertTerminalSafe(s, shown);
    if (untouched) {
      assertEquals(s, shown, "safe text is left alone");
    }
  }

  @Test
  void aLineHasNoControlAndNoLineBreak() {
    forHostileText(
        13L,
        (s, chunk) -> {
          String line = TerminalSafe.line(s);
          assertShownSafely(s, line, onlySafe(s) && !s.contains("\n") && !s.contains("\r"));
          assertFalse(line.contains("\n"), line);
        });
  }

  @Test
  void theTextFilterShowsControlsWhereverTheChunksSplit() {
    forHostileText(
        1313L,
        (s, chunk) -> {
          String whole = through(TerminalSafe::text, s, Math.max(1, s.length()));
          // Safe text, CRLF included, is left alone.
          assertShownSafely(s, whole, onlySafe(s));
          assertEquals(whole, through(TerminalSafe::text, s, chunk), "chunks of " + chunk);
        });
  }

  @Test
  void jsonThroughTheFilterIsValidExactAndSafe() {
    forHostileText(
        131313L,
        (s, chunk) -> {
          try {
            String json = JSON.writeValueAsString(Map.of("file", s, "n", 1));
            String safe = through(TerminalSafe::json, json, chunk);
            HostileTextTest.assertTerminalSafe(s, safe);
            assertEquals(s, JSON.readTree(safe).get("file").asText());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void escapesAreTheDocumentedOnes() {
    assertEquals(
        "\\x1b]0;t\\x07 \\x1b[2J \\x9b1m \\u202eabc\\u2066 \\x7f \\x0d \\x0a \u200f\t",
        TerminalSafe.line(
            "\u001b]0;t\u0007 \u001b[2J \u009b1m \u202eabc\u2066 \u007f \r \n \u200f\t"));
    assertEquals(
        "a\r\nb\\x0dc\n", through(TerminalSafe::text, "a\r\nb\rc\n", 100), "CR only in CRLF");
    assertEquals("\"\\u009b\\u202e\"", through(TerminalSafe::json, "\"\u009b\u202e\"", 100));
  }
}
