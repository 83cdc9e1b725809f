package dev.rolefit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolefit.report.ResultRow;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where batch rows go as they finish: each row is appended to a temporary file at once, and the
 * heap keeps only its score, input position and file offset (24 bytes per file), so memory stays
 * flat for any number of files. {@link #ranked} reads the rows back best first.
 */
final class RowSpill implements Closeable {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path file;
  private final OutputStream out;
  private long written;
  private int size;
  private double[] scores = new double[1024];
  private long[] seqs = new long[1024];
  private long[] offsets = new long[1024];
  private int okCount;

  RowSpill() throws IOException {
    this.file = Files.createTempFile("rolefit-batch-", ".jsonl");
    this.file.toFile().deleteOnExit();
    this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND));
  }

  /** Appends a finished row (called from the worker threads). */
  synchronized void add(ResultRow row) {
    try {
      byte[] line = JSON.writeValueAsBytes(row);
      if (size == scores.length) {
        scores = Arrays.copyOf(scores, size * 2);
        seqs = Arrays.copyOf(seqs, size * 2);
        offsets = Arrays.copyOf(offsets, size * 2);
      }
      scores[size] = row.isOk() ? row.score() : Double.NaN;
      seqs[size] = row.seq();
      offsets[size] = written;
      size++;
      if (row.isOk()) {
        okCount++;
      }
      out.write(line);
      out.write('\n');
      written += line.length + 1L;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized int size() {
    return size;
  }

  /**
   * Feeds the rows to a consumer, best score first (ties and failures in input order; failures
   * last), with their rank (1-based for scored rows, 0 for failures).
   */
  synchronized void ranked(RankedConsumer sink) throws IOException {
    out.flush();
    Comparator<Integer> order =
        Comparator.<Integer, Boolean>comparing(i -> Double.isNaN(scores[i]))
            .thenComparing(i -> Double.isNaN(scores[i]) ? 0 : -scores[i])
            .thenComparingLong(i -> seqs[i]);
    Integer[] idx = IntStream.range(0, size).boxed().sorted(order).toArray(Integer[]::new);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      int rank = 0;
      for (Integer i : idx) {
        long start = offsets[i];
        // Rows are appended in index order, so row i ends where row i + 1 starts.
        long end = i + 1 < size ? offsets[i + 1] : written;
        ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
        while (buf.hasRemaining()) {
          if (ch.read(buf, start + buf.position()) < 0) {
            throw new IOException("batch spill file truncated");
          }
        }
        ResultRow row = JSON.readValue(buf.array(), ResultRow.class);
        sink.accept(row, row.isOk() ? ++rank : 0);
      }
    }
  }

  synchronized int okCount() {
    return okCount;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Receives ranked rows. */
  interface RankedConsumer {
    void accept(ResultRow row, int rank) throws IOException;
  }
}
