package dev.textqc.bench;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.detect.SignalAssessor;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.rule.Rule;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Measures throughput per stage and overall, against LanguageTool run on every sentence in the
 * same JVM and the same run, so the result is a ratio that holds on a noisy machine. Each
 * measurement warms up for the minimum time first, then repeats until that time has passed again
 * and keeps the best pass. Throughput is per CPU-second of the measuring thread (= per core), with wall time kept
 * alongside: on a shared machine wall time mostly measures the neighbours.
 */
public final class Bench {

  /**
   * One measured configuration. {@code seconds} is the CPU time of the measuring thread (the best
   * pass), so other work on the machine does not count against textqc; {@code wallSeconds} is the
   * wall time of the same pass.
   */
  public record Measurement(String name, long chars, long bytes, int documents, double seconds,
      double wallSeconds) {
    public double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }

    public double charsPerSecond() {
      return chars / seconds;
    }

    public double docsPerSecond() {
      return documents / seconds;
    }
  }

  private final double minSeconds;
  private int sink;

  public Bench(double minSeconds) {
    this.minSeconds = minSeconds;
  }

  /** Throughput of the pipeline restricted to one stage (or all stages when stage is null). */
  public Measurement pipeline(String name, Config config, Stage stage, List<Document> docs) {
    Config c = stage == null ? config : config.withEnable(Set.of(stage.id()));
    TextQc qc = TextQc.create(c);
    return time(name, docs, () -> {
      for (Document d : docs) {
        Result r = qc.check(d);
        sink += r.annotations().size();
      }
    });
  }

  /** CPU cost of one rule (or of the document assessment) over the corpus. */
  public record RuleCost(String rule, double nanosPerChar) {}

  /**
   * What each rule costs on its own: every rule checks every document's original text with a
   * fresh view, so a view several rules share (lines, sentences, quote analysis) is charged to
   * each of them; the pipeline pays for it once. The document assessment (MT and quality scores)
   * is listed as {@code (assessment)}. Like the other measurements, passes repeat for the minimum
   * time to warm up (two passes were not enough: the JIT was still compiling and the costs came
   * out up to 10x too high), then for the minimum time again, and each rule keeps its cheapest
   * pass. Sorted, costliest first.
   */
  public List<RuleCost> perRule(Config config, List<Document> docs) {
    TextQc qc = TextQc.create(config);
    List<Rule> rules = qc.rules();
    long[] nanos = new long[rules.size() + 1];
    long[] best = new long[rules.size() + 1];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    SignalAssessor assessor = new SignalAssessor();
    // CPU time of this thread: on a busy machine wall time would charge a rule for the time the
    // thread waited for a core
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long phaseStart = cpu.getCurrentThreadCpuTime();
    boolean measuring = false;
    while (true) {
      java.util.Arrays.fill(nanos, 0);
      for (Document d : docs) {
        for (int i = 0; i < rules.size(); i++) {
          AnalyzedText view = new AnalyzedText(d, d.text(), CorpusMemory.NONE);
          long t0 = cpu.getCurrentThreadCpuTime();
          try {
            rules.get(i).check(view, a -> sink++);
          } catch (RuntimeException e) {
            // a failing rule is reported by the pipeline; here it just costs what it cost
          }
          nanos[i] += cpu.getCurrentThreadCpuTime() - t0;
        }
        long t0 = cpu.getCurrentThreadCpuTime();
        sink += assessor.assess(d, d.text(), List.of()).hashCode();
        nanos[rules.size()] += cpu.getCurrentThreadCpuTime() - t0;
      }
      if (measuring) {
        for (int i = 0; i < nanos.length; i++) {
          best[i] = Math.min(best[i], nanos[i]);
        }
      }
      if ((cpu.getCurrentThreadCpuTime() - phaseStart) / 1e9 >= minSeconds) {
        if (measuring) {
          break;
        }
        measuring = true;
        phaseStart = cpu.getCurrentThreadCpuTime();
      }
    }
    double chars = BenchCorpus.chars(docs);
    List<RuleCost> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      out.add(new RuleCost(rules.get(i).meta().id(), best[i] / chars));
    }
    out.add(new RuleCost("(assessment)", best[rules.size()] / chars));
    out.sort(java.util.Comparator.comparingDouble(RuleCost::nanosPerChar).reversed());
    return out;
  }

  /**
   * LanguageTool alone: every sentence of the documents through one {@link JLanguageTool} with its
   * default English rules, spelling off as in our grammar stage.
   */
  public Measurement languageTool(List<Document> docs) throws Exception {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    lt.getAllActiveRules().stream().filter(r -> r.isDictionaryBasedSpellingRule())
        .forEach(r -> lt.disableRule(r.getId()));
    lt.check("Warm the tagger up once.");
    return time("languagetool-every-sentence", docs, () -> {
      for (Document d : docs) {
        try {
          sink += lt.check(d.text()).size();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
  }

  private Measurement time(String name, List<Document> docs, Runnable pass) {
    return time(name, docs, pass, true);
  }

  /**
   * Warms {@code pass} up, then runs it until the minimum time has passed and keeps the best
   * pass: the one with the least CPU time of this thread when {@code byCpu}, else the least wall
   * time (when this thread only waits for others to do the work).
   */
  private Measurement time(String name, List<Document> docs, Runnable pass, boolean byCpu) {
    // Warm-up as long as the measurement itself: LanguageTool's JIT needs several passes (on a
    // 20 KB corpus its rate was 3 K, 9 K, 13 K, then 15-16 K chars/s), and a reference measured
    // cold would flatter every ratio against it.
    long warmUntil = System.nanoTime() + (long) (minSeconds * 1e9);
    do {
      pass.run();
    } while (System.nanoTime() < warmUntil);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestWall = 0;
    double spent = 0;
    int passes = 0;
    while (spent < minSeconds || passes < 2) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      pass.run();
      double wall = (System.nanoTime() - t0) / 1e9;
      double cost = byCpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : wall;
      if (cost < best) {
        best = cost;
        bestWall = wall;
      }
      spent += wall;
      passes++;
    }
    return new Measurement(name, BenchCorpus.chars(docs), BenchCorpus.utf8Bytes(docs),
        docs.size(), best, bestWall);
  }

  /**
   * The rule layer on {@code threads} threads sharing one {@link TextQc}, as a corpus run uses
   * it: the threads take the documents in turn from one counter, so a pass ends when the corpus
   * is done. Measured in wall time (a pass's best), since the point is how much sooner the corpus
   * is done; {@code seconds} is the best pass's wall time here too.
   */
  public Measurement parallel(String name, Config config, List<Document> docs, int threads)
      throws InterruptedException {
    TextQc qc = TextQc.create(config);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Runnable pass = () -> {
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          running.add(pool.submit(() -> {
            int found = 0;
            for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
              found += qc.check(docs.get(i)).annotations().size();
            }
            return found;
          }));
        }
        for (Future<Integer> f : running) {
          try {
            sink += f.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
          }
        }
      };
      return time(name, docs, pass, false);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /**
   * How much sooner {@code threads} threads finish {@code threads} equal pieces of pure
   * arithmetic (no memory, no locks) than one thread finishes one: {@code threads} on a machine
   * with that many free cores, less when virtual cores share a physical one or the machine is
   * busy. The ceiling any program's scaling on this machine has; best of three tries.
   */
  public static double cpuScaling(int threads) throws InterruptedException {
    return cpuScaling(threads, 200_000_000L);
  }

  /** {@link #cpuScaling(int)} with {@code work} steps a piece (about 3 ns each). */
  static double cpuScaling(int threads, long work) throws InterruptedException {
    spin(work / 10); // compiled before timing
    double best = 0;
    for (int attempt = 0; attempt < 3; attempt++) {
      long t0 = System.nanoTime();
      spinOn(1, work);
      double one = System.nanoTime() - t0;
      t0 = System.nanoTime();
      spinOn(threads, work);
      double many = System.nanoTime() - t0;
      best = Math.max(best, threads * one / many);
    }
    return best;
  }

  private static volatile long spinSink;

  private static void spinOn(int threads, long work) throws InterruptedException {
    Thread[] all = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      all[t] = new Thread(() -> spinSink += spin(work));
      all[t].start();
    }
    for (Thread t : all) {
      t.join();
    }
  }

  // a 64-bit linear congruential step and a shift: one multiply-add chain the processor cannot
  // shortcut, and nothing the compiler can fold away since the result is kept
  private static long spin(long n) {
    long x = 1;
    for (long i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      x ^= x >>> 17;
    }
    return x;
  }

  /** Peak use of the heap pools since the JVM started, in bytes. */
  public static long peakHeapBytes() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }

  /** Milliseconds from JVM start to now. */
  public static long uptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  public static List<Document> subset(List<Document> docs, long maxChars) {
    List<Document> out = new ArrayList<>();
    long n = 0;
    for (Document d : docs) {
      if (n >= maxChars) {
        break;
      }
      out.add(d);
      n += d.text().length();
    }
    return out;
  }

  int sink() {
    return sink;
  }
}
