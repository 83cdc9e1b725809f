package dev.rolefit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An {@code -o FILE} written whole or not at all: the text goes to a hidden temporary file in the
 * same folder, is forced to disk, and is then moved over the target (atomically where the file
 * system can, else by a plain replace). A run that fails or is killed halfway leaves the old file
 * as it was, never half of a new one.
 */
final class OutputFile {
  /** The longest part of the target's name kept in the temporary name (names stop at 255). */
  private static final int NAME_PART = 100;

  private OutputFile() {}

  /** Writes the content of an output file. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes a file in UTF-8 through a temporary file and a move.
   *
   * @param target the file to create or replace (its folders are created)
   * @param content what to write (the writer is closed here)
   */
  static void write(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath();
    Path dir = file.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = temporary(file);
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          Writer w =
              new BufferedWriter(
                  new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8))) {
        content.writeTo(w);
        w.flush();
        // On disk before the move, so a crash right after cannot leave an empty file in place.
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        deleteQuietly(tmp);
      }
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // The failure that got us here is the one to report; a stray hidden file is the lesser harm.
    }
  }

  /** A new hidden file beside the target (hidden, so a batch over that folder passes it by). */
  private static Path temporary(Path file) throws IOException {
    String name = file.getFileName().toString();
    String stem = name.length() > NAME_PART ? name.substring(0, NAME_PART) : name;
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(file.resolveSibling("." + stem + "." + suffix + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
