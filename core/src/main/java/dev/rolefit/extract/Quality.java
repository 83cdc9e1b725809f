package dev.rolefit.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How far the extracted text can be trusted.
 *
 * @param status the verdict
 * @param issues human-readable findings behind it, in a stable order
 */
public record Quality(Status status, List<String> issues) {

  /** The verdict on a document's text. */
  public enum Status {
    /** The text reads as the person wrote it. */
    OK,
    /** The text is usable but something looked off (few characters, odd glyphs). */
    LOW_CONFIDENCE,
    /** No text layer: the document must be OCR'd first. */
    NEEDS_OCR,
    /** The text layer is garbage. */
    UNREADABLE;

    /**
     * The JSON name.
     *
     * @return for example {@code low_confidence}
     */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Copies the issue list. */
  public Quality {
    issues = List.copyOf(issues);
  }

  /**
   * A clean verdict.
   *
   * @return status OK with no issues
   */
  public static Quality ok() {
    return new Quality(Status.OK, List.of());
  }
}
