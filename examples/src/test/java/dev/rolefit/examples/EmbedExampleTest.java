package dev.rolefit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's program is this module's EmbedExample, and it runs on the bundled samples. */
class EmbedExampleTest {
  private static final Path EXAMPLE =
      Path.of("src/main/java/dev/rolefit/examples/EmbedExample.java");
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("## Embedding the library\n.*?```java\n(.*?)```\n", Pattern.DOTALL);

  @Test
  void theReadmeExampleIsThisFileWordForWord() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = JAVA_BLOCK.matcher(readme);
    assertTrue(m.find(), "README.md has a java block under 'Embedding the library'");
    assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), m.group(1));
  }

  @Test
  void printsTheScoreEvidenceAndGapsOfTheBundledSample() throws Exception {
    Path sample = Path.of("resumes/nlp-mid-scientist.pdf");
    List<String> lines = run(sample.toString()).lines().toList();
    assertTrue(lines.get(0).matches("\\d+\\.\\d+ (excellent|strong|fair|weak|poor)"), lines.get(0));
    String text =
        Files.readString(Path.of("resumes/nlp-mid-scientist.txt"), StandardCharsets.UTF_8);
    // Each found skill is printed with a quote; the quote's words are in the resume.
    long quoted =
        lines.stream()
            .skip(1)
            .filter(l -> l.contains(": "))
            .map(l -> l.substring(l.indexOf(": ") + 2).replace("\u2026", "").strip())
            .filter(q -> q.length() > 10 && text.contains(q.substring(0, 10)))
            .count();
    assertTrue(quoted >= 3, "at least three quoted pieces of evidence:\n" + lines);
  }

  @Test
  void aDocumentItCannotScorePrintsItsKind(@TempDir Path dir) throws Exception {
    Path broken =
        Files.write(
            dir.resolve("cv.pdf"), "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII));
    String out = run(broken.toString());
    assertTrue(out.startsWith("corrupt: "), out);
  }

  /** Runs main with System.out captured (the example prints there, as a program would). */
  private static String run(String path) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      EmbedExample.main(new String[] {path});
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
