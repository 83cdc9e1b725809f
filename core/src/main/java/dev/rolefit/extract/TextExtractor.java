package dev.rolefit.extract;

/**
 * Service interface of one document format's extractor (found with {@link java.util.ServiceLoader}
 * under {@code META-INF/services/dev.rolefit.extract.TextExtractor}).
 *
 * <p>Implementations are stateless and thread-safe. They read only the bytes given, honour the
 * limits and the deadline, and turn every failure into a {@link DocumentException}.
 */
public interface TextExtractor {

  /**
   * Whether this extractor reads the given type.
   *
   * @param type the type found from the content
   * @return true if {@link #extract} accepts it
   */
  boolean supports(MediaType type);

  /**
   * Extracts the text of a document.
   *
   * @param content the whole file (already bounded by {@link ExtractionLimits#maxBytes()})
   * @param type the type found from the content
   * @param limits the bounds to honour
   * @param deadline {@link System#nanoTime()} value after which the extractor must give up
   * @return the text with lines; quality is judged later by the caller
   * @throws DocumentException when the document cannot be read
   */
  ExtractedDocument extract(byte[] content, MediaType type, ExtractionLimits limits, long deadline)
      throws DocumentException;
}
