package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder walk meets what real and hostile folders hold: odd names, links, loops, FIFOs and
 * unreadable files. Every entry it does not score is a row that says why, and links that lead out
 * of the folder are followed only when asked.
 */
class BatchWalkTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  private static Path resume(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Cli.write(file, Cli.resume("Machine Learning Scientist", "Python, PyTorch", ""));
  }

  private static Map<String, CSVRecord> rows(Cli r) throws IOException {
    assertEquals(0, r.code, r.err);
    return Cli.rowsByFile(r.out);
  }

  private Cli batch(String... more) {
    List<String> args = new ArrayList<>(List.of("batch", dir.toString()));
    args.addAll(List.of("--profile", Cli.profile()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertSkipped(CSVRecord row, String because) {
    assertEquals("failed", row.get("outcome"), row.toString());
    assertEquals("skipped", row.get("error_kind"), row.toString());
    assertTrue(row.get("error_message").contains(because), row.toString());
  }

  @Test
  void namesWithATrailingSpaceAreScored() throws IOException {
    resume(dir.resolve("trailing.txt "));
    resume(dir.resolve("sub /inner.pdf  "));
    Files.writeString(dir.resolve("notes.png "), "not a resume");
    Map<String, CSVRecord> rows = rows(batch());
    assertEquals(List.of("sub /inner.pdf  ", "trailing.txt "), List.copyOf(rows.keySet()));
    assertEquals("ok", rows.get("trailing.txt ").get("outcome"));
    // A text file named .pdf is still read by its content.
    assertEquals("ok", rows.get("sub /inner.pdf  ").get("outcome"));
  }

  @Test
  void symbolicLinkLoopsAreSkippedRowsAndTheWalkEnds() throws IOException {
    resume(dir.resolve("real.txt"));
    Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(dir.resolve("ping.pdf"), Path.of("pong.pdf"));
    Files.createSymbolicLink(dir.resolve("pong.pdf"), Path.of("ping.pdf"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/up"), Path.of(".."));

    for (String[] options : new String[][] {{}, {"--follow-links"}}) {
      Cli r = batch(options);
      Map<String, CSVRecord> rows = rows(r);
      assertEquals(
          List.of("ping.pdf", "pong.pdf", "real.txt", "self.txt", "sub/up"),
          List.copyOf(rows.keySet()),
          String.join(" ", options));
      assertEquals("ok", rows.get("real.txt").get("outcome"));
      assertSkipped(rows.get("self.txt"), "symbolic link loop");
      assertSkipped(rows.get("ping.pdf"), "symbolic link loop");
      assertSkipped(rows.get("sub/up"), options.length == 0 ? "folder" : "symbolic link loop");
      assertTrue(r.err.contains("5 rows written, 1 ok, 4 failed (skipped 4)"), r.err);
    }
  }

  @Test
  void fifosAreSkippedRowsNeverOpened() throws Exception {
    resume(dir.resolve("real.txt"));
    Path fifo = dir.resolve("pipe.pdf");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo ran");

    Map<String, CSVRecord> rows = rows(batch());
    assertEquals(List.of("pipe.pdf", "real.txt"), List.copyOf(rows.keySet()));
    assertSkipped(rows.get("pipe.pdf"), "not a regular file");

    Path list =
        Files.writeString(elsewhere.resolve("list.txt"), fifo + "\n", StandardCharsets.UTF_8);
    Cli listed = Cli.run("batch", "@" + list, "--profile", Cli.profile());
    assertSkipped(rows(listed).get(fifo.toString()), "not a regular file");
  }

  @Test
  void linksOutOfTheFolderAreFollowedOnlyWhenAsked() throws IOException {
    Path secret = resume(elsewhere.resolve("secret.txt"));
    Path outsideDir = elsewhere.resolve("more");
    resume(outsideDir.resolve("other.txt"));
    resume(dir.resolve("versions/v3.txt"));
    Files.createSymbolicLink(dir.resolve("current.txt"), Path.of("versions/v3.txt"));
    Files.createSymbolicLink(dir.resolve("passwd.txt"), secret);
    Files.createSymbolicLink(dir.resolve("linked"), outsideDir);

    Cli plain = batch();
    Map<String, CSVRecord> rows = rows(plain);
    assertEquals(
        List.of("current.txt", "linked", "passwd.txt", "versions/v3.txt"),
        List.copyOf(rows.keySet()));
    assertEquals("ok", rows.get("current.txt").get("outcome"), "a link inside is followed");
    assertSkipped(rows.get("passwd.txt"), "outside the folder");
    assertTrue(rows.get("passwd.txt").get("error_message").contains("--follow-links"));
    assertEquals("", rows.get("passwd.txt").get("score"));
    assertSkipped(rows.get("linked"), "--follow-links");
    assertTrue(plain.err.contains("skipped 2"), plain.err);

    Map<String, CSVRecord> followed = rows(batch("--follow-links"));
    assertEquals(
        List.of("current.txt", "linked/other.txt", "passwd.txt", "versions/v3.txt"),
        List.copyOf(followed.keySet()));
    followed.values().forEach(x -> assertEquals("ok", x.get("outcome"), x.toString()));
  }

  @Test
  void unreadableFilesAndFoldersAreRows() throws IOException {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads every file");
    Path locked = resume(dir.resolve("locked.txt"));
    Path closed = resume(dir.resolve("closed/inner.txt")).getParent();
    resume(dir.resolve("open.txt"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "permissions are enforced here");
    try {
      Map<String, CSVRecord> rows = rows(batch());
      assertEquals(List.of("closed", "locked.txt", "open.txt"), List.copyOf(rows.keySet()));
      assertEquals("access_denied", rows.get("locked.txt").get("error_kind"));
      assertSkipped(rows.get("closed"), "permission denied");
      assertFalse(rows.get("open.txt").get("outcome").equals("failed"));
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void followLinksIsInTheHelp() {
    Cli help = Cli.run("batch", "--help");
    assertEquals(0, help.code, help.err);
    assertTrue(help.out.contains("--follow-links"), help.out);
  }
}
