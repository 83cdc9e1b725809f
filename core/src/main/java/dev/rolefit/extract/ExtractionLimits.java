package dev.rolefit.extract;

import java.time.Duration;

/**
 * Bounds on everything derived from an untrusted document. Breaking one raises {@link
 * LimitExceededException}, never an {@link OutOfMemoryError} or a hang.
 *
 * @param maxBytes largest accepted file, in bytes
 * @param maxPages most pages read from a paged document
 * @param maxCharacters most characters of extracted text
 * @param timeout wall-clock budget for extracting one document; extractors check it as they go and
 *     stop, so a document that overruns it costs no more time or memory once it is reported
 * @param minZipInflateRatio smallest compressed/uncompressed ratio accepted in Office files and in
 *     the compressed streams of PDFs
 * @param maxZipEntryBytes largest uncompressed entry accepted in Office files
 */
public record ExtractionLimits(
    long maxBytes,
    int maxPages,
    int maxCharacters,
    Duration timeout,
    double minZipInflateRatio,
    long maxZipEntryBytes) {

  /** Validates the limits. */
  public ExtractionLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (minZipInflateRatio <= 0 || minZipInflateRatio >= 1 || maxZipEntryBytes <= 0) {
      throw new IllegalArgumentException("zip limits out of range");
    }
  }

  // Word markup per character of text: ordinary documents use 20 to 60 bytes.
  private static final long INFLATED_BYTES_PER_CHARACTER = 32;
  private static final long MIN_INFLATED_BYTES = 4L * 1024 * 1024;

  /**
   * Safe defaults for resumes: 20 MB, 50 pages, 300 000 characters, 5 s, zip ratio 1/100 and 100 MB
   * per entry.
   *
   * @return the default limits
   */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(
        20L * 1024 * 1024, 50, 300_000, Duration.ofSeconds(5), 0.01, 100L * 1024 * 1024);
  }

  /**
   * Refuses a file over {@link #maxBytes()} from its size alone, before any of it is read (a batch
   * or a Spark job knows the size from the listing).
   *
   * @param bytes the file's size
   * @throws LimitExceededException when it is over the limit
   */
  public void checkSize(long bytes) throws LimitExceededException {
    if (bytes > maxBytes) {
      throw new LimitExceededException(
          "file is " + bytes + " bytes, over the limit of " + maxBytes);
    }
  }

  /**
   * The most bytes the parts of an Office file may inflate to, all parts read together: 32 bytes of
   * markup per character of text allowed, at least 4 MB (9.6 MB with the defaults). Parsing a part
   * takes about twenty times its size in memory, so this bounds memory and time as well; a part
   * over it cannot hold text under {@link #maxCharacters()} in any ordinary document.
   *
   * @return the budget in bytes
   */
  public long maxInflatedBytes() {
    return Math.max(MIN_INFLATED_BYTES, maxCharacters * INFLATED_BYTES_PER_CHARACTER);
  }

  /**
   * A copy with another byte limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ExtractionLimits withMaxBytes(long bytes) {
    return new ExtractionLimits(
        bytes, maxPages, maxCharacters, timeout, minZipInflateRatio, maxZipEntryBytes);
  }

  /**
   * A copy with another page limit.
   *
   * @param pages the new limit
   * @return the copy
   */
  public ExtractionLimits withMaxPages(int pages) {
    return new ExtractionLimits(
        maxBytes, pages, maxCharacters, timeout, minZipInflateRatio, maxZipEntryBytes);
  }

  /**
   * A copy with another time budget.
   *
   * @param budget the new budget
   * @return the copy
   */
  public ExtractionLimits withTimeout(Duration budget) {
    return new ExtractionLimits(
        maxBytes, maxPages, maxCharacters, budget, minZipInflateRatio, maxZipEntryBytes);
  }
}
