package dev.rolefit.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Batch progress on stderr: a live bar on a terminal, a plain line now and then otherwise. */
abstract class BatchProgress implements AutoCloseable {
  /** The speed's pattern: always a leading digit ("0.5 files/s"). */
  static final String SPEED = "0.0";

  /** Counts one finished file. */
  abstract void step(boolean failed);

  @Override
  public abstract void close();

  /** No progress at all (--quiet). */
  static BatchProgress none() {
    return new BatchProgress() {
      @Override
      void step(boolean failed) {}

      @Override
      public void close() {}
    };
  }

  static BatchProgress create(boolean terminal, long total, PrintWriter err) {
    return terminal ? new Bar(total) : new Lines(total, err, System.nanoTime());
  }

  /** The progress bar library's live bar (stderr is a terminal). */
  private static final class Bar extends BatchProgress {
    private final ProgressBar bar;
    private long failed;

    Bar(long total) {
      // The bar redraws one line in place, so it writes to the real stderr stream.
      this.bar =
          new ProgressBarBuilder()
              .setTaskName("rolefit batch")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUnit(" files", 1)
              // The library's default pattern "#.0" prints ".0 files/s" below one file a second.
              .showSpeed(new DecimalFormat(SPEED, DecimalFormatSymbols.getInstance(Locale.ROOT)))
              .setUpdateIntervalMillis(250)
              .build();
    }

    @Override
    synchronized void step(boolean fail) {
      if (fail) {
        failed++;
        bar.setExtraMessage(" " + failed + " failed");
      }
      bar.step();
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /** Plain lines (stderr is a file or a pipe): every tenth of the batch, or every 10 seconds. */
  static final class Lines extends BatchProgress {
    private static final long EVERY_NANOS = 10_000_000_000L;
    private final long total;
    private final PrintWriter err;
    private final long start;
    private long done;
    private long failed;
    private long lastTenth;
    private long lastLine;

    Lines(long total, PrintWriter err, long start) {
      this.total = total;
      this.err = err;
      this.start = start;
      this.lastLine = start;
    }

    @Override
    synchronized void step(boolean fail) {
      done++;
      if (fail) {
        failed++;
      }
      long tenth = total == 0 ? 10 : done * 10 / total;
      long now = System.nanoTime();
      if ((tenth > lastTenth && done < total) || now - lastLine >= EVERY_NANOS) {
        lastTenth = tenth;
        lastLine = now;
        double secs = (now - start) / 1e9;
        err.printf(
            Locale.ROOT,
            "rolefit batch: %d/%d files (%.0f%%), %d failed, %.1f files/s%n",
            done,
            total,
            total == 0 ? 100.0 : 100.0 * done / total,
            failed,
            secs > 0 ? done / secs : 0.0);
        err.flush();
      }
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
