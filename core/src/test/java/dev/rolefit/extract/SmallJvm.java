package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.HostileRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Extracts every file of a folder with {@link HostileRunner} in a JVM limited to 256 MB of heap,
 * which exits at its first {@link OutOfMemoryError}, and checks each file's outcome and time.
 */
final class SmallJvm {
  private SmallJvm() {}

  /**
   * Runs the extraction and asserts that every file took less than {@code maxMillis}.
   *
   * @param folder the files, and nothing else
   * @param maxMillis the most milliseconds any file may take
   * @return the outcome ({@code ok} or an error kind) by file name
   * @throws IOException when the JVM cannot be started
   * @throws InterruptedException when interrupted while waiting
   */
  static Map<String, String> extractAll(Path folder, long maxMillis)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            "-Dpdfbox.fontcache=" + folder.resolveSibling(folder.getFileName() + "-fontcache"),
            "-cp",
            System.getProperty("java.class.path"),
            HostileRunner.class.getName(),
            folder.toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "runner finished");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    Map<String, String> seen = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        seen.put(f[0], f[1]);
        assertTrue(Long.parseLong(f[2].strip()) < maxMillis, line);
      }
    }
    return seen;
  }
}
