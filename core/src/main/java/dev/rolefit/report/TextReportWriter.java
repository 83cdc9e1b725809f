package dev.rolefit.report;

import java.io.IOException;
import java.io.Writer;

/**
 * The terminal report: score, level, specializations, evidence and gaps, rendered from a template.
 * Resume text is cleaned of control characters, so a resume cannot send escape sequences to the
 * terminal; colour codes come only from the writer, and only when asked.
 */
public final class TextReportWriter implements ReportWriter {
  private final TemplateReportWriter delegate;

  /** Creates a writer without colour. */
  public TextReportWriter() {
    this(false);
  }

  /**
   * Creates a writer.
   *
   * @param color whether to use ANSI colours (decide from the output: a TTY and NO_COLOR unset)
   */
  public TextReportWriter(boolean color) {
    this.delegate = TemplateReportWriter.text(color);
  }

  @Override
  public void write(FitReport report, Writer out) throws IOException {
    delegate.write(report, out);
  }
}
