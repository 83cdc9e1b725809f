package dev.rolefit.extract;

/** The document types rolefit reads, each with its IANA media type. */
public enum MediaType {
  /** Portable Document Format. */
  PDF("application/pdf"),
  /** Office Open XML word processing (Word 2007 and later). */
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  /** Legacy binary Word 97-2003. */
  DOC("application/msword"),
  /** Plain text or Markdown. */
  TEXT("text/plain");

  private final String mime;

  MediaType(String mime) {
    this.mime = mime;
  }

  /**
   * The IANA media type string.
   *
   * @return for example {@code application/pdf}
   */
  public String mime() {
    return mime;
  }
}
