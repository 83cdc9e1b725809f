package dev.rolefit.cli;

import dev.rolefit.model.FitReport;
import dev.rolefit.report.ReportFormat;
import dev.rolefit.report.ResultRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-resume HTML reports of a batch ({@code --report-dir}): each is written as its file
 * finishes (whole or not at all, through {@link OutputFile}) and never kept, so memory stays flat;
 * one bit per file remembers which were written, so the shortlist links only this run's reports.
 */
final class BatchReports {
  /** The longest part of a report's name taken from the resume's name. */
  private static final int NAME_PART = 80;

  private final Path dir;
  private final dev.rolefit.profile.RoleProfile profile;
  private final BitSet written = new BitSet();
  private long failed;

  BatchReports(Path dir, dev.rolefit.profile.RoleProfile profile) {
    this.dir = dir.toAbsolutePath();
    this.profile = profile;
  }

  /**
   * Writes a resume's report (called from the worker threads). A report that cannot be written is
   * counted, not fatal: the resume keeps its row, without a link.
   */
  void write(long seq, String display, FitReport report) {
    try {
      AnalyzeCommand.write(
          report, ReportFormat.HTML, dir.resolve(fileName(seq, display)), null, false, profile);
      synchronized (this) {
        written.set(Math.toIntExact(seq));
      }
    } catch (IOException e) {
      synchronized (this) {
        failed++;
      }
    }
  }

  /** The report of a row, if this run wrote one. */
  synchronized Optional<Path> of(ResultRow row) {
    return row.isOk() && row.seq() <= Integer.MAX_VALUE && written.get((int) row.seq())
        ? Optional.of(dir.resolve(fileName(row.seq(), row.file())))
        : Optional.empty();
  }

  /** For the batch summary: where the reports went, and how many could not be written. */
  synchronized String summary() {
    return "; "
        + written.cardinality()
        + " reports in "
        + TerminalSafe.line(dir.toString())
        + (failed == 0 ? "" : " (" + failed + " could not be written)");
  }

  /**
   * A report's file name: the input position (unique, so two {@code cv.pdf} in two folders never
   * collide) and the resume's path with anything but letters, digits, dot, dash and underscore made
   * an underscore, so the name is safe in any file system and in a link.
   */
  static String fileName(long seq, String display) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < display.length() && b.length() < NAME_PART; i++) {
      char c = display.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_';
      if (safe) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
        b.append('_');
      }
    }
    return String.format(Locale.ROOT, "%06d-%s.html", seq + 1, b);
  }
}
