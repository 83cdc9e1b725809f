package dev.rolefit.report;

import java.util.Locale;

/** The report formats, each with its writer. */
public enum ReportFormat {
  /** Plain text for a terminal. */
  TEXT,
  /** The JSON contract. */
  JSON;

  /**
   * The writer of this format.
   *
   * @param color whether a terminal writer may use ANSI colours
   * @return the writer
   */
  public ReportWriter writer(boolean color) {
    switch (this) {
      case JSON:
        return new JsonReportWriter();
      default:
        return new TextReportWriter();
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
