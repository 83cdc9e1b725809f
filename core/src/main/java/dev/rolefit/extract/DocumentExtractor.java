package dev.rolefit.extract;

import dev.rolefit.extract.internal.MediaTypeDetector;
import dev.rolefit.extract.internal.QualityJudge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade over the {@link TextExtractor} service providers: reads bounded input, detects the type
 * from magic bytes, extracts, and judges quality. Thread-safe.
 */
public final class DocumentExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);

  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final AtomicInteger WORKERS = new AtomicInteger();
  private static final AtomicInteger STUCK = new AtomicInteger();

  private final List<TextExtractor> extractors;
  private final ExtractionLimits limits;

  /**
   * Creates a facade over the extractors found on the class path.
   *
   * @param limits the bounds applied to every document
   */
  public DocumentExtractor(ExtractionLimits limits) {
    this.limits = limits;
    List<TextExtractor> found = new ArrayList<>();
    ServiceLoader.load(TextExtractor.class, DocumentExtractor.class.getClassLoader())
        .forEach(found::add);
    this.extractors = List.copyOf(found);
  }

  /**
   * The limits in force.
   *
   * @return the limits
   */
  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * Reads and extracts a file.
   *
   * @param file the document
   * @return the extracted document, quality OK or LOW_CONFIDENCE
   * @throws DocumentException when the document cannot be scored
   * @throws IOException when the file cannot be read (missing, no permission)
   */
  public ExtractedDocument extract(Path file) throws DocumentException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "not a readable file");
    }
    limits.checkSize(Files.size(file));
    try (InputStream in = Files.newInputStream(file)) {
      return extract(in);
    }
  }

  /**
   * Reads and extracts a stream (not closed here). At most {@code maxBytes + 1} bytes are read.
   *
   * @param in the document's bytes
   * @return the extracted document
   * @throws DocumentException when the document cannot be scored
   * @throws IOException when the stream fails
   */
  public ExtractedDocument extract(InputStream in) throws DocumentException, IOException {
    return extract(readBounded(in, limits.maxBytes()));
  }

  /**
   * Extracts a document held in memory.
   *
   * @param content the document's bytes
   * @return the extracted document
   * @throws DocumentException when the document cannot be scored
   */
  public ExtractedDocument extract(byte[] content) throws DocumentException {
    ExtractedDocument judged = extractJudged(content);
    Quality quality = judged.quality();
    switch (quality.status()) {
      case NEEDS_OCR:
        // A text file cannot be a scan: OCR advice would send its owner the wrong way.
        throw new NoExtractableTextException(
            judged.mediaType() == MediaType.TEXT
                ? "the text file holds no words to read"
                : "the document has no extractable text (scanned or image-only); run OCR on it"
                    + " first or export it from the program that made it");
      case UNREADABLE:
        throw new UnreadableDocumentException(
            "the document's text cannot be read ("
                + String.join("; ", quality.issues())
                + "); export it again as PDF with embedded fonts, or as DOCX");
      default:
        return judged;
    }
  }

  private ExtractedDocument extractJudged(byte[] content) throws DocumentException {
    if (content.length == 0) {
      throw new ZeroByteFileException("the file is empty (0 bytes)");
    }
    if (content.length > limits.maxBytes()) {
      throw new LimitExceededException("file is over the limit of " + limits.maxBytes() + " bytes");
    }
    MediaType type = MediaTypeDetector.detect(content);
    TextExtractor extractor = extractorFor(type);
    ExtractedDocument doc = runBounded(extractor, content, type);
    return doc.withQuality(QualityJudge.judge(doc));
  }

  /**
   * Extracts without throwing for NEEDS_OCR or UNREADABLE quality: what {@code rolefit extract}
   * shows.
   *
   * @param content the document's bytes
   * @return the document with its quality verdict, whatever it is
   * @throws DocumentException for unsupported, corrupt, encrypted or oversized documents
   */
  public ExtractedDocument extractForDiagnosis(byte[] content) throws DocumentException {
    return extractJudged(content);
  }

  private TextExtractor extractorFor(MediaType type) {
    return extractors.stream()
        .filter(e -> e.supports(type))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no extractor for " + type));
  }

  /**
   * Runs an extractor in a worker thread with a hard deadline: extractors check the deadline
   * themselves, and the caller stops waiting when it passes even if a parser loops.
   */
  private ExtractedDocument runBounded(TextExtractor extractor, byte[] content, MediaType type)
      throws DocumentException {
    long budget = limits.timeout().toNanos();
    long deadline = System.nanoTime() + budget;
    FutureTask<ExtractedDocument> task =
        new FutureTask<>(() -> extractor.extract(content, type, limits, deadline));
    Thread worker = new Thread(task, "rolefit-extract-" + WORKERS.incrementAndGet());
    worker.setDaemon(true);
    worker.start();
    try {
      // A little grace so the extractor's own, more precise, deadline error wins the race.
      return task.get(budget + GRACE_NANOS, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      int stuck = STUCK.incrementAndGet();
      LOG.warn(
          "extraction of a {} document overran its budget; {} worker(s) abandoned", type, stuck);
      watch(worker);
      throw new LimitExceededException(
          "extraction took longer than " + limits.timeout().toMillis() + " ms", e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new LimitExceededException("extraction was interrupted", e);
    } catch (ExecutionException e) {
      return rethrow(e.getCause(), type);
    }
  }

  private static ExtractedDocument rethrow(Throwable cause, MediaType type)
      throws DocumentException {
    if (cause instanceof DocumentException) {
      throw (DocumentException) cause;
    }
    if (cause instanceof OutOfMemoryError) {
      // The worker's allocations are garbage now; report the document, not the JVM.
      throw new LimitExceededException(
          "the " + type.name() + " document needs more memory than is available", cause);
    }
    if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
      // Parsers of hostile files fail in many ways; all of them mean a damaged document.
      LOG.debug("extractor failed", cause);
      throw new CorruptDocumentException(
          "the " + type.name() + " file is damaged and cannot be read", cause);
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new CorruptDocumentException(
        "the " + type.name() + " file is damaged and cannot be read", cause);
  }

  /** Counts an abandoned worker down when it finally ends, so the count shows real pile-ups. */
  private static void watch(Thread worker) {
    Thread w =
        new Thread(
            () -> {
              try {
                worker.join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              STUCK.decrementAndGet();
            },
            worker.getName() + "-watch");
    w.setDaemon(true);
    w.start();
  }

  /**
   * Reads a stream up to a limit.
   *
   * @param in the stream
   * @param max the most bytes accepted
   * @return the bytes
   * @throws IOException when reading fails
   * @throws LimitExceededException when the stream holds more than {@code max} bytes
   */
  public static byte[] readBounded(InputStream in, long max)
      throws IOException, LimitExceededException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > max) {
        throw new LimitExceededException("input is over the limit of " + max + " bytes");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
