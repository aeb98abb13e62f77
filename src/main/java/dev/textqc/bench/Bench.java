package dev.textqc.bench;

import dev.textqc.Config;
import dev.textqc.TextQc;
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
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Measures throughput per stage and overall, against LanguageTool run on every sentence in the
 * same JVM and the same run, so the result is a ratio that holds on a noisy machine. Each
 * measurement warms up first, then repeats until a minimum time has passed and keeps the best
 * pass. Throughput is per CPU-second of the measuring thread (= per core), with wall time kept
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
    pass.run(); // warm-up: class loading, JIT
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
      double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      if (cpu < best) {
        best = cpu;
        bestWall = wall;
      }
      spent += wall;
      passes++;
    }
    return new Measurement(name, BenchCorpus.chars(docs), BenchCorpus.utf8Bytes(docs),
        docs.size(), best, bestWall);
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
