package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file is replaced whole or left as it was, and no temporary file stays behind. */
class OutputFileTest {
  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("ranked.csv"), "old,complete\r\n");
    IOException disk =
        assertThrows(
            IOException.class,
            () ->
                OutputFile.write(
                    out,
                    w -> {
                      w.write("rank,file\r\n1,half");
                      w.flush();
                      throw new IOException("No space left on device");
                    }));
    assertEquals("No space left on device", disk.getMessage());
    assertEquals("old,complete\r\n", Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(List.of(out), files());

    assertThrows(
        OutOfMemoryError.class,
        () ->
            OutputFile.write(
                out,
                w -> {
                  w.write("rank,file\r\n");
                  throw new OutOfMemoryError("Java heap space");
                }));
    assertEquals("old,complete\r\n", Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(List.of(out), files());
  }

  @Test
  void aWriteCreatesFoldersAndReplacesTheFileWhole() throws IOException {
    Path out = dir.resolve("new/sub/report.txt");
    OutputFile.write(out, w -> w.write("first \u00e9\n"));
    assertEquals("first \u00e9\n", Files.readString(out, StandardCharsets.UTF_8));
    OutputFile.write(out, w -> w.write("second\n"));
    assertEquals("second\n", Files.readString(out, StandardCharsets.UTF_8));
    try (Stream<Path> s = Files.list(out.getParent())) {
      assertEquals(List.of(out), s.toList());
    }
  }
}
