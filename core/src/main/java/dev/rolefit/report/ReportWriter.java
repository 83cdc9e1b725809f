package dev.rolefit.report;

import dev.rolefit.model.FitReport;
import java.io.IOException;
import java.io.Writer;

/** Renders a {@link FitReport} in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  void write(FitReport report, Writer out) throws IOException;
}
