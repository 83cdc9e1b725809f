package dev.rolefit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of a batch, streamed in a stable order: a folder walked recursively (each directory
 * sorted by name; hidden entries, other extensions and the folder's README/LICENSE/CHANGELOG/NOTICE
 * skipped; directory links not followed), or an {@code @LIST} file with one path per line. Only one
 * directory listing is held at a time.
 */
final class BatchInputs {
  /** The extensions a folder walk picks up. */
  static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "txt", "md");

  /** A folder's own documentation (README.md beside the resumes), not a resume. */
  static final Set<String> FOLDER_DOCS = Set.of("readme", "license", "changelog", "notice");

  private final Path root;
  private final boolean list;

  private BatchInputs(Path root, boolean list) {
    this.root = root;
    this.list = list;
  }

  /** Parses the DIR|@LIST argument. */
  static BatchInputs of(String arg) throws IOException {
    if (arg.startsWith("@")) {
      Path p = Path.of(arg.substring(1));
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null, "no such list file");
      }
      return new BatchInputs(p, true);
    }
    Path p = Path.of(arg);
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException(
          "not a folder: " + arg + " (give a folder, or @FILE with one path per line)");
    }
    return new BatchInputs(p, false);
  }

  /** One input file. */
  record Input(long seq, Path path, String display) {}

  /** Receives inputs; may block (back-pressure). */
  interface Sink {
    void accept(Input in) throws InterruptedException;
  }

  /** Counts the inputs (a cheap pass: names only, no content). */
  long count() throws IOException {
    long[] n = {0};
    try {
      forEach(in -> n[0]++);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return n[0];
  }

  /** Streams the inputs in order. */
  void forEach(Sink sink) throws IOException, InterruptedException {
    long[] seq = {0};
    if (list) {
      try (BufferedReader r = Files.newBufferedReader(root, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          String s = line.strip();
          if (s.isEmpty() || s.startsWith("#")) {
            continue;
          }
          sink.accept(new Input(seq[0]++, Path.of(s), s));
        }
      }
    } else {
      walk(root, sink, seq);
    }
  }

  private void walk(Path dir, Sink sink, long[] seq) throws IOException, InterruptedException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        entries.add(p);
      }
    }
    // Sorted by name so reruns list the same files in the same order on every file system.
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".") || FOLDER_DOCS.contains(stem(name))) {
        continue;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        walk(p, sink, seq);
      } else if (Files.isRegularFile(p) && EXTENSIONS.contains(extension(name))) {
        sink.accept(new Input(seq[0]++, p, root.relativize(p).toString().replace('\\', '/')));
      }
    }
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
