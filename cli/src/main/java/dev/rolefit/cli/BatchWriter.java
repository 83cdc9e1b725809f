package dev.rolefit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes ranked batch rows as CSV (RFC 4180, through Commons CSV) or JSON lines. */
abstract class BatchWriter implements Closeable {
  /** The CSV columns, in order. */
  static final String[] HEADER = {
    "rank",
    "file",
    "outcome",
    "score",
    "band",
    "keywords",
    "responsibilities",
    "level",
    "estimated_level",
    "specialization",
    "pages",
    "quality",
    "error_kind",
    "error_message"
  };

  abstract void write(BatchRow row, int rank) throws IOException;

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
  static Object[] values(BatchRow r, int rank) {
    return new Object[] {
      rank > 0 ? Integer.toString(rank) : "",
      r.file(),
      r.outcome(),
      num(r.score()),
      r.band(),
      num(r.keywords()),
      num(r.responsibilities()),
      r.level(),
      r.estimatedLevel(),
      r.specialization(),
      r.ok() ? Integer.toString(r.pages()) : "",
      r.quality(),
      r.errorKind(),
      r.errorMessage()
    };
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** CSV: a header, then one record per file; fields with commas, quotes or newlines quoted. */
  private static final class Csv extends BatchWriter {
    private final CSVPrinter printer;

    Csv(Writer w) throws IOException {
      this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    void write(BatchRow row, int rank) throws IOException {
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
    void write(BatchRow row, int rank) throws IOException {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank > 0 ? rank : null);
      m.put("file", row.file());
      m.put("outcome", row.outcome());
      m.put("score", nullIfNaN(row.score()));
      m.put("band", emptyToNull(row.band()));
      m.put("keywords", nullIfNaN(row.keywords()));
      m.put("responsibilities", nullIfNaN(row.responsibilities()));
      m.put("level", emptyToNull(row.level()));
      m.put("estimatedLevel", emptyToNull(row.estimatedLevel()));
      m.put("specialization", emptyToNull(row.specialization()));
      m.put("pages", row.ok() ? row.pages() : null);
      m.put("quality", emptyToNull(row.quality()));
      m.put("errorKind", emptyToNull(row.errorKind()));
      m.put("errorMessage", emptyToNull(row.errorMessage()));
      w.write(JSON.writeValueAsString(m));
      w.write('\n');
    }

    private static Double nullIfNaN(double v) {
      return Double.isNaN(v) ? null : v;
    }

    private static String emptyToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() throws IOException {
      w.flush();
    }
  }
}
