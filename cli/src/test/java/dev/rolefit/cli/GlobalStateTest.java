package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library and {@link Main#run} change no process-wide state: no system property, default locale
 * or time zone. Checked in a fresh JVM (a shared test JVM may have loaded every class already, so a
 * static initializer's change would go unseen), with a Turkish default locale and no {@code
 * pdfbox.fontcache}, so a change of either shows (PDFBox then reads its font cache from the home
 * folder, where the test puts a copy of its own).
 */
class GlobalStateTest {

  @Test
  void libraryAndInProcessRunsChangeNoGlobalState(@TempDir Path dir) throws Exception {
    Path pdf = Path.of("../examples/resumes/nlp-mid-scientist.pdf").toAbsolutePath();
    Path resumes = Files.createDirectories(dir.resolve("resumes"));
    Files.copy(pdf, resumes.resolve("cv.pdf"));
    Path home = Files.createDirectories(dir.resolve("home"));
    // PDFBox's font cache (made here if need be) copied where PDFBox looks without the property.
    FontMappers.instance().getFontBoxFont("Helvetica", null);
    Path cache =
        Stream.of("pdfbox.fontcache", "user.home", "java.io.tmpdir")
            .map(System::getProperty)
            .filter(Objects::nonNull)
            .map(d -> Path.of(d, ".pdfbox.cache"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElseThrow();
    Files.copy(cache, home.resolve(".pdfbox.cache"));
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.home=" + home,
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            GlobalStateProbe.class.getName(),
            pdf.toString(),
            resumes.toString(),
            Cli.profile());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe finished");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    assertEquals(
        List.of(
            "library unchanged",
            "analyze exit 0 unchanged",
            "batch exit 0 unchanged",
            "batch exit 0 unchanged"),
        text.lines().filter(l -> l.matches("\\w+ .*")).toList(),
        text);
  }
}
