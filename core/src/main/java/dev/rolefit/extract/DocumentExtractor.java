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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade over the {@link TextExtractor} service providers: reads bounded input, detects the type
 * from magic bytes, extracts, and judges quality. Thread-safe.
 */
public final class DocumentExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentExtractor.class);

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
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      throw new LimitExceededException(
          "file is " + size + " bytes, over the limit of " + limits.maxBytes());
    }
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
    if (content.length == 0) {
      throw new ZeroByteFileException("the file is empty (0 bytes)");
    }
    if (content.length > limits.maxBytes()) {
      throw new LimitExceededException("file is over the limit of " + limits.maxBytes() + " bytes");
    }
    MediaType type = MediaTypeDetector.detect(content);
    TextExtractor extractor =
        extractors.stream()
            .filter(e -> e.supports(type))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no extractor for " + type));
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    ExtractedDocument doc;
    try {
      doc = extractor.extract(content, type, limits, deadline);
    } catch (DocumentException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Parsers of hostile files fail in many ways; all of them mean a damaged document.
      LOG.debug("extractor failed", e);
      throw new CorruptDocumentException(
          "the " + type.name() + " file is damaged and cannot be read", e);
    }
    if (System.nanoTime() > deadline) {
      throw new LimitExceededException(
          "extraction took longer than " + limits.timeout().toMillis() + " ms");
    }
    Quality quality = QualityJudge.judge(doc);
    ExtractedDocument judged =
        new ExtractedDocument(doc.mediaType(), doc.text(), doc.pages(), doc.lines(), quality);
    switch (quality.status()) {
      case NEEDS_OCR:
        throw new NoExtractableTextException(
            "the document has no extractable text (scanned or image-only); run OCR on it first");
      case UNREADABLE:
        throw new UnreadableDocumentException(
            "the document's text cannot be read ("
                + String.join("; ", quality.issues())
                + "); export it again as PDF with embedded fonts, or as DOCX");
      default:
        return judged;
    }
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
    try {
      return extract(content);
    } catch (NoExtractableTextException | UnreadableDocumentException e) {
      MediaType type = MediaTypeDetector.detect(content);
      TextExtractor extractor =
          extractors.stream().filter(x -> x.supports(type)).findFirst().orElseThrow();
      ExtractedDocument doc =
          extractor.extract(content, type, limits, System.nanoTime() + limits.timeout().toNanos());
      return new ExtractedDocument(
          doc.mediaType(), doc.text(), doc.pages(), doc.lines(), QualityJudge.judge(doc));
    }
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
