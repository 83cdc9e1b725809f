package dev.rolefit.extract.internal;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an Office Open XML file (a zip archive) for POI, each read through a guard that
 * enforces the limits while its bytes inflate: the deadline, the largest part, the smallest inflate
 * ratio, and a budget on all the bytes read from the parts together ({@link
 * ExtractionLimits#maxInflatedBytes()}). POI's own reading inflates every part into memory first,
 * without a deadline, and POI's XML parser needs about twenty times a part's size in heap; the
 * guard stops a zip bomb or an oversized part within milliseconds, and parsing with it.
 *
 * <p>Parts are read from the central directory on demand, so pictures POI never reads cost nothing.
 * When the central directory is unreadable (a truncated file), the parts are read in file order, as
 * POI does, under the same limits.
 */
final class OfficeZip implements ZipEntrySource {
  // Parts smaller than this are never judged by their inflate ratio (POI's grace).
  private static final long RATIO_GRACE_BYTES = 100 * 1024;
  private static final int BUFFER = 16 * 1024;

  private final ExtractionLimits limits;
  private final long deadline;
  private final String what;
  private final ZipFile zip;
  private final Map<String, byte[]> held;
  private final List<ZipArchiveEntry> entries;
  private final Budget read;
  private LimitExceededException tripped;
  private boolean closed;

  private OfficeZip(
      ExtractionLimits limits,
      long deadline,
      String what,
      ZipFile zip,
      Map<String, byte[]> held,
      List<ZipArchiveEntry> entries) {
    this.limits = limits;
    this.deadline = deadline;
    this.what = what;
    this.zip = zip;
    this.held = held;
    this.entries = entries;
    this.read = new Budget(limits.maxInflatedBytes());
  }

  /**
   * Opens an Office file held in memory by its central directory, as Word does; no part is inflated
   * yet. When the directory is unreadable, or states a part size over the limits (it may lie), the
   * parts are read in file order instead ({@link #inOrder}), as POI reads a stream.
   *
   * @param content the file's bytes
   * @param limits the limits to enforce
   * @param deadline {@link System#nanoTime()} value after which reading stops
   * @param what the kind of document, for messages ("Word document")
   * @return the parts
   * @throws DocumentException when the parts, read in order, break a limit or are no zip
   */
  static OfficeZip open(byte[] content, ExtractionLimits limits, long deadline, String what)
      throws DocumentException {
    ZipFile zip;
    try {
      zip =
          ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
    } catch (IOException | RuntimeException unreadableDirectory) {
      return inOrder(content, limits, deadline, what);
    }
    List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
    for (ZipArchiveEntry e : entries) {
      try {
        checkDeclared(e, limits, what);
      } catch (LimitExceededException statedTooLarge) {
        ZipFile.closeQuietly(zip);
        return inOrder(content, limits, deadline, what);
      }
    }
    return new OfficeZip(limits, deadline, what, zip, null, entries);
  }

  /**
   * Whether the parts are read by the central directory (else in file order).
   *
   * @return true when read by the directory
   */
  boolean byDirectory() {
    return zip != null;
  }

  /**
   * Reads every part in file order into memory, under the limits, as POI reads a stream: for an
   * archive whose directory is missing or damaged.
   *
   * @param content the file's bytes
   * @param limits the limits to enforce
   * @param deadline {@link System#nanoTime()} value after which reading stops
   * @param what the kind of document, for messages ("Word document")
   * @return the parts
   * @throws DocumentException when a part breaks a limit, or the archive is damaged
   */
  static OfficeZip inOrder(byte[] content, ExtractionLimits limits, long deadline, String what)
      throws DocumentException {
    Map<String, byte[]> held = new HashMap<>();
    List<ZipArchiveEntry> entries = new ArrayList<>();
    // Pictures are held too here: they cannot inflate to more than the file's own size.
    OfficeZip parts = new OfficeZip(limits, deadline, what, null, held, entries);
    Budget holding = parts.new Budget(limits.maxInflatedBytes() + content.length);
    // POI's settings for reading a zip in order (UTF-8 names, stored parts with data descriptors).
    try (ZipArchiveInputStream in =
        new ZipArchiveInputStream(
            new ByteArrayInputStream(content), StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry e;
      while ((e = nextEntry(in)) != null) {
        checkDeclared(e, limits, what);
        String key = e.getName().toLowerCase(Locale.ROOT);
        if (held.containsKey(key)) {
          throw new IOException("the archive holds two parts named " + e.getName());
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        parts.new Guard(in, e.getName(), in, holding).transferTo(part);
        held.put(key, part.toByteArray());
        entries.add(e);
      }
    } catch (IOException | RuntimeException e) {
      throw parts.failure(e);
    }
    return parts;
  }

  /** The next entry; as in POI, an archive that ends early ends its list of parts. */
  private static @Nullable ZipArchiveEntry nextEntry(ZipArchiveInputStream in) throws IOException {
    try {
      return in.getNextEntry();
    } catch (EOFException truncated) {
      return null;
    }
  }

  /** Refuses an entry whose declared sizes already break a limit (a bomb says what it is). */
  private static void checkDeclared(ZipArchiveEntry e, ExtractionLimits limits, String what)
      throws LimitExceededException {
    long size = e.getSize();
    long packed = e.getCompressedSize();
    if (size > limits.maxZipEntryBytes()) {
      throw new LimitExceededException(
          String.format(
              Locale.ROOT,
              "the %s has a part that inflates to %d bytes, over the limit of %d (a zip bomb?)",
              what,
              size,
              limits.maxZipEntryBytes()));
    }
    if (size > RATIO_GRACE_BYTES && packed >= 0 && packed < size * limits.minZipInflateRatio()) {
      throw bomb(what, e.getName());
    }
  }

  private static LimitExceededException bomb(String what, String part) {
    return new LimitExceededException(
        "the " + what + " expands far beyond its size (a zip bomb?): part " + part);
  }

  /**
   * The error to report for a failure while POI read the parts: the limit a guard tripped, if one
   * did (POI wraps the guard's exception in its own), else what {@link
   * DocxTextExtractor.OfficeLimits#translate} makes of it.
   *
   * @param e the failure
   * @return the typed error
   */
  DocumentException failure(Exception e) {
    if (tripped != null) {
      return tripped;
    }
    return DocxTextExtractor.OfficeLimits.translate(e, what);
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return Collections.enumeration(entries);
  }

  @Override
  public @Nullable ZipArchiveEntry getEntry(String name) {
    // As POI: an exact match first, then one that differs in case or in the slash (OPC allows it).
    String path = name.replace('\\', '/');
    ZipArchiveEntry exact = zip == null ? null : zip.getEntry(path);
    if (exact != null) {
      return exact;
    }
    for (ZipArchiveEntry e : entries) {
      if (path.equalsIgnoreCase(e.getName().replace('\\', '/'))) {
        return e;
      }
    }
    return null;
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    if (zip == null) {
      byte[] b = held.get(entry.getName().toLowerCase(Locale.ROOT));
      if (b == null) {
        throw new IOException("no part " + entry.getName());
      }
      // Counted once already while held; the guard still keeps the deadline.
      return new Guard(new ByteArrayInputStream(b), entry.getName(), null, null);
    }
    InputStream in = zip.getInputStream(entry);
    if (in == null) {
      throw new IOException("unsupported compression in part " + entry.getName());
    }
    InputStreamStatistics stats =
        in instanceof InputStreamStatistics ? (InputStreamStatistics) in : null;
    return new Guard(in, entry.getName(), stats, read);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    if (zip != null) {
      zip.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Signals a tripped limit through POI, which only lets I/O errors pass. */
  private static final class Tripped extends IOException {
    private static final long serialVersionUID = 1L;

    Tripped(LimitExceededException limit) {
      super(limit.getMessage(), limit);
    }
  }

  /** Bytes inflated so far against a cap. */
  private final class Budget {
    private final long cap;
    private long used;

    Budget(long cap) {
      this.cap = cap;
    }

    void charge(long n, String part) throws Tripped {
      used += n;
      if (used > cap) {
        throw trip(
            new LimitExceededException(
                "the "
                    + what
                    + "'s parts inflate to more than "
                    + cap
                    + " bytes (at part "
                    + part
                    + "); it is too large to read"));
      }
    }
  }

  private Tripped trip(LimitExceededException limit) {
    if (tripped == null) {
      tripped = limit;
    }
    return new Tripped(tripped);
  }

  /**
   * One part's inflating bytes, checked as they come: deadline (and interrupt), the part's size,
   * its inflate ratio, and the budget it is charged to.
   */
  private final class Guard extends FilterInputStream {
    private final String part;
    private final InputStreamStatistics stats;
    private final Budget budget;
    private long inflated;

    Guard(InputStream in, String part, InputStreamStatistics stats, Budget budget) {
      super(in);
      this.part = part;
      this.stats = stats;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (Deadline.passed(deadline)) {
        throw trip(Deadline.exceeded(limits, null));
      }
      int n = super.read(b, off, Math.min(len, BUFFER));
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes inflate too: count them.
      byte[] sink = new byte[(int) Math.min(n, BUFFER)];
      int r = read(sink, 0, sink.length);
      return Math.max(r, 0);
    }

    private void counted(int n) throws Tripped {
      inflated += n;
      if (inflated > limits.maxZipEntryBytes()) {
        throw trip(
            new LimitExceededException(
                "a part of the "
                    + what
                    + " inflates past the limit of "
                    + limits.maxZipEntryBytes()
                    + " bytes: "
                    + part));
      }
      if (stats != null
          && inflated > RATIO_GRACE_BYTES
          && stats.getCompressedCount() < inflated * limits.minZipInflateRatio()) {
        throw trip(bomb(what, part));
      }
      if (budget != null) {
        budget.charge(n, part);
      }
    }
  }
}
