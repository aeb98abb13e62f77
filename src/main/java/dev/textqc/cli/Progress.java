package dev.textqc.cli;

import dev.textqc.finding.Category;
import dev.textqc.source.Inputs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr (documents, MB, rate and time left when the input size is
 * known) redrawn at most four times a second, and a summary when the run ends. Shown on a
 * terminal only, unless asked for, so piped and logged output stays clean.
 */
class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;
  /**
   * No estimate of the time left before this much of the run has passed, nor before this share
   * of the input has been read: the first quarter-second of a run is start-up and the JIT's
   * warm-up, and its rate put "ETA 3:44:43" on a run that took 14 seconds.
   */
  static final long ESTIMATE_AFTER_NANOS = 2_000_000_000L;
  static final double ESTIMATE_AFTER_SHARE = 0.02;
  /**
   * The estimate divides what is left by the rate of the last two seconds (the bytes read at
   * each of the last {@value #WINDOW} redraws, a quarter-second apart), not of the whole run:
   * the JIT's warm-up kept the whole run's rate low, and a run of the 200 MB folder showed
   * "ETA 0:22" at 13%, 3.3 seconds in, where such runs take 9 to 10 seconds in all.
   */
  static final int WINDOW = 8;
  private final long[] windowNanos = new long[WINDOW];
  private final long[] windowBytes = new long[WINDOW];
  private int draws;

  private final PrintWriter err;
  private final boolean bar;
  private final int threads;
  private Inputs inputs;
  /**
   * The inputs' size in bytes, once a thread of its own has added it up; 0 until then (the bar
   * shows no estimate meanwhile). Adding it up walks every folder given, a look at each file
   * (0.34-0.52 s for 121,047 files, session 12): on the thread that reads the inputs and writes
   * the results, no worker got a document while it walked. No run measured faster for the move
   * (session 14); a slow tree (a cold cache, a network file system) is where it counts.
   */
  private volatile long total;
  private long startNanos;
  private long lastDraw;
  private int documents;
  private int errors;
  private int drawnWidth;

  /** The clock, in nanoseconds: System.nanoTime, or a test's. */
  private final LongSupplier clock;

  Progress(PrintWriter err, boolean bar, int threads) {
    this(err, bar, threads, System::nanoTime);
  }

  Progress(PrintWriter err, boolean bar, int threads, LongSupplier clock) {
    this.err = err;
    this.bar = bar;
    this.threads = threads;
    this.clock = clock;
  }

  /** No bar, no summary. */
  static Progress silent() {
    return new Progress(null, false, 1) {
      @Override
      void finish(Runner runner) {}
    };
  }

  /**
   * Whether stderr is a terminal. Java only tells whether the console is; on Linux the file
   * descriptor's target says it for stderr itself.
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd2 = Path.of("/proc/self/fd/2");
      if (Files.exists(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // not Linux or not permitted: fall back to the console check
    }
    return System.console() != null;
  }

  void start(Inputs in) {
    this.inputs = in;
    this.startNanos = clock.getAsLong();
    if (bar && err != null) {
      Thread sizing = new Thread(() -> total = in.bytesKnown(), "textqc-sizing");
      sizing.setDaemon(true); // a run that ends first does not wait for it
      sizing.setPriority(Thread.MIN_PRIORITY);
      sizing.start();
    }
  }

  /** The inputs' size in bytes as far as the bar knows it: 0 until it has been added up. */
  long total() {
    return total;
  }

  void update(int docs, int errs) {
    this.documents = docs;
    this.errors = errs;
    tick();
  }

  void tick() {
    if (!bar || err == null) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double secs = Math.max(1e-3, (now - startNanos) / 1e9);
    long read = inputs.bytesRead();
    long total = this.total;
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "%,d %s  %.1f MB  %.1f MB/s  %.0f docs/s",
        documents, documents == 1 ? "doc" : "docs", read / 1e6, read / 1e6 / secs,
        documents / secs));
    if (errors > 0) {
      line.append(String.format(Locale.ROOT, "  %,d %s", errors, errors == 1 ? "error" : "errors"));
    }
    if (total > 0 && read > 0 && read <= total) {
      double frac = read / (double) total;
      int filled = (int) Math.round(frac * 20);
      line.append("  [").append("#".repeat(filled)).append(".".repeat(20 - filled))
          .append(String.format(Locale.ROOT, "] %3.0f%%", frac * 100));
      int oldest = draws < WINDOW ? 0 : draws % WINDOW;
      long since = draws == 0 ? startNanos : windowNanos[oldest];
      long sinceBytes = draws == 0 ? 0 : windowBytes[oldest];
      double recent = (read - sinceBytes) / Math.max(1e-3, (now - since) / 1e9);
      if (now - startNanos >= ESTIMATE_AFTER_NANOS && frac >= ESTIMATE_AFTER_SHARE
          && recent > 0) {
        line.append("  ETA ").append(hms((total - read) / recent));
      }
    }
    windowNanos[draws % WINDOW] = now;
    windowBytes[draws % WINDOW] = read;
    draws++;
    String s = line.toString();
    err.print("\r" + s + " ".repeat(Math.max(0, drawnWidth - s.length())));
    err.flush();
    drawnWidth = s.length();
  }

  /**
   * Clears the bar, so that a message printed next starts on a line of its own; the next tick
   * draws the bar again below it.
   */
  void clear() {
    if (bar && err != null && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
      lastDraw = 0;
    }
  }

  /** Clears the bar and prints the summary. */
  void finish(Runner runner) {
    if (err == null) {
      return;
    }
    if (bar && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
    }
    double secs = Math.max(1e-3, (clock.getAsLong() - startNanos) / 1e9);
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "textqc: %,d documents, %.1f MB in %.1f s (%.1f MB/s, %.0f docs/s, %d threads)",
        runner.documents, runner.bytes / 1e6, secs, runner.bytes / 1e6 / secs,
        runner.documents / secs, threads));
    s.append("; findings:");
    if (runner.findings.isEmpty()) {
      s.append(" none");
    }
    for (Map.Entry<Category, Long> e : runner.findings.entrySet()) {
      s.append(' ').append(e.getKey().id()).append(' ').append(e.getValue());
    }
    s.append("; errors: ").append(runner.errors);
    err.println(s);
    err.flush();
  }

  private static String hms(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
