package dev.rolefit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolefit.report.ResultRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes ranked batch rows as CSV (RFC 4180, through Commons CSV) or JSON lines. */
abstract class BatchWriter implements Closeable {
  /** The CSV columns, in order (the JSON lines' keys are the same). */
  static final String[] HEADER =
      ResultRow.COLUMNS.stream().map(ResultRow.Column::name).toArray(String[]::new);

  abstract void write(ResultRow row, int rank) throws IOException;

  /**
   * A writer of the format. File names and messages may hold control characters: CSV shows them as
   * visible escapes, JSON lines escape them inside strings (so the names stay exact).
   */
  static BatchWriter of(BatchCommand.Format format, Writer w) throws IOException {
    return format == BatchCommand.Format.jsonl
        ? new Jsonl(TerminalSafe.json(w))
        : new Csv(TerminalSafe.text(w));
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
      printer.printRecord(values(row, rank));
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
