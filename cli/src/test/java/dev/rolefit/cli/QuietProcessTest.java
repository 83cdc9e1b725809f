package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process, as a user runs it: the libraries log nothing to stdout or stderr on a clean
 * document, and nothing is written to the home directory (PDFBox's font cache among others).
 */
class QuietProcessTest {

  @Test
  void analyzeWritesOnlyTheReportAndNothingToHome(@TempDir Path home) throws Exception {
    Path pdf = Path.of("../examples/resumes/nlp-mid-scientist.pdf").toAbsolutePath();
    Path out = home.resolveSibling(home.getFileName() + "-out.txt");
    Path err = home.resolveSibling(home.getFileName() + "-err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.home=" + home,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.rolefit.cli.Main",
            "analyze",
            pdf.toString(),
            "--format",
            "json");
    pb.environment().put("HOME", home.toString());
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    try {
      assertEquals(0, p.exitValue(), Files.readString(err));
      assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
      assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("{"));
      try (Stream<Path> files = Files.walk(home)) {
        List<Path> written = files.filter(f -> !f.equals(home)).toList();
        assertEquals(List.of(), written, "files written under the home directory");
      }
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void aDamagedPdfGivesOneLineOnStderrAndExitThree(@TempDir Path dir) throws Exception {
    byte[] pdf = Files.readAllBytes(Path.of("../examples/resumes/nlp-mid-scientist.pdf"));
    Path damaged = dir.resolve("damaged.pdf");
    Files.write(damaged, java.util.Arrays.copyOf(pdf, 3000));
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.rolefit.cli.Main",
            "analyze",
            damaged.toString());
    pb.environment().remove("ROLEFIT_DEBUG");
    pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    assertEquals(ExitCodes.UNREADABLE, p.exitValue());
    String text = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(
        List.of("rolefit: the PDF is damaged and cannot be read [corrupt]"), text.lines().toList());
    assertEquals("", Files.readString(dir.resolve("out.txt")));
  }
}
