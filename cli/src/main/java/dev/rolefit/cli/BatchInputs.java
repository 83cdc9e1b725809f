package dev.rolefit.cli;

import dev.rolefit.extract.ResumeFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a batch, streamed in a stable order: a folder walked recursively (each directory
 * sorted by name; hidden entries, other extensions and the folder's README/LICENSE/CHANGELOG/NOTICE
 * left out), or an {@code @LIST} file with one path per line. Only one directory listing is held at
 * a time.
 *
 * <p>What the walk meets but will not read is given too, as a skipped input with its reason, so it
 * becomes a row: a folder it cannot list, a FIFO, socket or device with a resume's extension, a
 * symbolic link loop or a broken link, and, unless links are followed, a link to a folder or a link
 * to a file outside the folder (the batch would otherwise read whatever a link names, such as
 * /etc/passwd). Links to files inside the folder are read.
 */
final class BatchInputs {
  /** The error kind of an entry the walk gives but does not read. */
  static final String SKIPPED = "skipped";

  private static final String FOLLOW_HINT = ", not followed (--follow-links follows it)";

  private final Path root;
  private final boolean list;
  private final boolean followLinks;

  private BatchInputs(Path root, boolean list, boolean followLinks) {
    this.root = root;
    this.list = list;
    this.followLinks = followLinks;
  }

  /**
   * Parses the DIR|@LIST argument.
   *
   * @param arg a folder, or {@code @} and a list file
   * @param followLinks whether a walk follows links to folders and to files outside the folder
   */
  static BatchInputs of(String arg, boolean followLinks) throws IOException {
    if (arg.startsWith("@")) {
      Path p = Path.of(arg.substring(1));
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null, "no such list file");
      }
      return new BatchInputs(p, true, followLinks);
    }
    Path p = Path.of(arg);
    if (!Files.isDirectory(p)) {
      throw new UsageException(
          "not a folder: " + arg + " (give a folder, or @FILE with one path per line)");
    }
    return new BatchInputs(p, false, followLinks);
  }

  /**
   * One input: a file to analyse, or an entry given only to be recorded as skipped.
   *
   * @param seq its position in the input order
   * @param path the file (null when the list gave no valid path)
   * @param display the name its row shows
   * @param skipped why it is not read, or null when it is to be analysed
   */
  record Input(long seq, Path path, String display, String skipped) {
    /** Whether the entry is only recorded, never read. */
    boolean isSkipped() {
      return skipped != null;
    }
  }

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
          if (!s.isEmpty() && !s.startsWith("#")) {
            sink.accept(listed(seq[0]++, s));
          }
        }
      }
    } else {
      Path real = root.toRealPath();
      Set<Path> walking = new HashSet<>();
      walking.add(real);
      walk(root, real, real, walking, sink, seq);
    }
  }

  /** A path of the list: read as given (links too), unless it names no regular file. */
  private static Input listed(long seq, String s) {
    Path p;
    try {
      p = Path.of(s);
    } catch (InvalidPathException e) {
      return new Input(seq, null, s, "not a valid path: " + e.getReason());
    }
    if (Files.isDirectory(p)) {
      return new Input(seq, p, s, "a folder, not a file (give the folder itself to walk it)");
    }
    // A missing file is left to the analysis, which records it as not_found.
    return Files.exists(p) && !Files.isRegularFile(p)
        ? new Input(seq, p, s, notRegular())
        : new Input(seq, p, s, null);
  }

  /**
   * Walks one folder.
   *
   * @param dir the folder as reached (through links, so rows show names under the root)
   * @param real where it really is
   * @param realRoot where the root really is
   * @param walking the real folders from the root down to this one (a link back to one is a loop)
   */
  private void walk(Path dir, Path real, Path realRoot, Set<Path> walking, Sink sink, long[] seq)
      throws IOException, InterruptedException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        entries.add(p);
      }
    } catch (IOException | DirectoryIteratorException e) {
      IOException io = e instanceof IOException ? (IOException) e : (IOException) e.getCause();
      if (dir.equals(root)) {
        throw io;
      }
      sink.accept(new Input(seq[0]++, dir, display(dir), "cannot list the folder: " + reason(io)));
      return;
    }
    // Sorted by name so reruns list the same files in the same order on every file system.
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (ResumeFiles.ignored(name)) {
        continue;
      }
      Entry e = classify(p, real.resolve(name), realRoot);
      if (e.folder != null && walking.add(e.folder)) {
        walk(p, e.folder, realRoot, walking, sink, seq);
        walking.remove(e.folder);
      } else if (e.folder != null) {
        sink.accept(
            new Input(
                seq[0]++, p, display(p), "symbolic link loop: leads back to a folder above it"));
      } else if (e.read || e.skipped != null) {
        sink.accept(new Input(seq[0]++, p, display(p), e.read ? null : e.skipped));
      }
    }
  }

  /**
   * What the walk does with one entry: walk into a folder, read it, skip it with a reason, or leave
   * it out (none of these).
   */
  private record Entry(Path folder, boolean read, String skipped) {
    static final Entry NONE = new Entry(null, false, null);

    static Entry skip(String reason) {
      return new Entry(null, false, reason);
    }
  }

  private Entry classify(Path p, Path real, Path realRoot) {
    String name = p.getFileName().toString();
    boolean resume = ResumeFiles.hasResumeExtension(name);
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      // Gone since the listing: nothing to give.
      return Entry.NONE;
    } catch (IOException e) {
      return Entry.skip("cannot be read: " + reason(e));
    }
    if (a.isDirectory()) {
      return new Entry(real, false, null);
    }
    if (a.isSymbolicLink()) {
      return link(p, resume, realRoot);
    }
    if (!resume) {
      return Entry.NONE;
    }
    return a.isRegularFile() ? new Entry(null, true, null) : Entry.skip(notRegular());
  }

  /** A link: followed to a file inside the folder, or anywhere when links are followed. */
  private Entry link(Path p, boolean resume, Path realRoot) {
    Path target;
    BasicFileAttributes a;
    try {
      target = p.toRealPath();
      a = Files.readAttributes(target, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Entry.skip("broken symbolic link: its target does not exist");
    } catch (AccessDeniedException e) {
      return Entry.skip("cannot follow the symbolic link: permission denied");
    } catch (IOException e) {
      String why = reason(e);
      return Entry.skip(
          why.contains("levels of symbolic links")
              ? "symbolic link loop: it never reaches a file"
              : "cannot follow the symbolic link: " + why);
    }
    if (a.isDirectory()) {
      return followLinks
          ? new Entry(target, false, null)
          : Entry.skip("symbolic link to a folder" + FOLLOW_HINT);
    }
    if (!resume) {
      return Entry.NONE;
    }
    if (!a.isRegularFile()) {
      return Entry.skip(notRegular());
    }
    return followLinks || target.startsWith(realRoot)
        ? new Entry(null, true, null)
        : Entry.skip("symbolic link to a file outside the folder" + FOLLOW_HINT);
  }

  private String display(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static String notRegular() {
    return "not a regular file (a FIFO, socket or device): never opened";
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String r = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : null;
    return r != null ? r : String.valueOf(e.getMessage());
  }
}
