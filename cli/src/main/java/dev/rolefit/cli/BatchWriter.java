package dev.rolefit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolefit.report.ResultRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes ranked batch rows as CSV (RFC 4180, through Commons CSV), JSON lines, or a self-contained
 * HTML shortlist ({@link BatchShortlist}).
 */
abstract class BatchWriter implements Closeable {
  /** The CSV columns, in order (the JSON lines' keys are the same). */
  static final String[] HEADER =
      ResultRow.COLUMNS.stream().map(ResultRow.Column::name).toArray(String[]::new);

  /** The characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";

  abstract void write(ResultRow row, int rank) throws IOException;

  /**
   * What the HTML shortlist shows besides the rows.
   *
   * @param caption what was ranked against what, and the counts
   * @param reports the per-resume reports to link, or null
   * @param base the folder the shortlist's links are relative to
   * @param posting whether a job posting was given (the posting column shows)
   */
  record Page(String caption, BatchReports reports, Path base, boolean posting) {}

  /** A writer of CSV or JSON lines (no page around the rows). */
  static BatchWriter of(BatchCommand.Format format, Writer w) throws IOException {
    return of(format, w, new Page("", null, Path.of(""), false));
  }

  /**
   * A writer of the format. File names and messages may hold control characters: CSV and HTML show
   * them as visible escapes, JSON lines escape them inside strings (so the names stay exact).
   */
  static BatchWriter of(BatchCommand.Format format, Writer w, Page page) throws IOException {
    return switch (format) {
      case jsonl -> new Jsonl(TerminalSafe.json(w));
      case html -> new BatchShortlist(TerminalSafe.text(w), page);
      case csv -> new Csv(TerminalSafe.text(w));
    };
  }

  /**
   * A text cell a spreadsheet will show as text: one that begins with {@code = + - @}, tab or
   * carriage return gets a leading single quote (OWASP's rule against CSV formula injection).
   * Number cells are never passed here: a number is not a formula, and ours are never negative.
   */
  static String neutralise(String text) {
    return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** The row's values in column order, numbers formatted with Locale.ROOT. */
  static Object[] values(ResultRow r, int rank) {
    return r.cells(rank).stream().map(ResultRow::format).toArray();
  }

  /** CSV: a header, then one record per file; fields with commas, quotes or newlines quoted. */
  private static final class Csv extends BatchWriter {
    private final CSVPrinter printer;

    Csv(Writer w) throws IOException {
      this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    void write(ResultRow row, int rank) throws IOException {
      Object[] values = values(row, rank);
      for (int i = 0; i < values.length; i++) {
        if (ResultRow.COLUMNS.get(i).type() == ResultRow.ColumnType.TEXT) {
          values[i] = neutralise((String) values[i]);
        }
      }
      printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
      // Flush only: the caller owns the writer.
      printer.flush();
    }
  }

  /** JSON lines: one object per file, the same keys as the CSV header. */
  private static final class Jsonl extends BatchWriter {
    private static final ObjectMapper JSON =
        JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private final Writer w;

    Jsonl(Writer w) {
      this.w = w;
    }

    @Override
    void write(ResultRow row, int rank) throws IOException {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> cells = row.cells(rank);
      for (int i = 0; i < HEADER.length; i++) {
        m.put(HEADER[i], cells.get(i));
      }
      w.write(JSON.writeValueAsString(m));
      w.write('\n');
    }

    @Override
    public void close() throws IOException {
      w.flush();
    }
  }
}
