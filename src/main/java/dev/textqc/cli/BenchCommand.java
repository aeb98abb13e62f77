package dev.textqc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.Config;
import dev.textqc.bench.Bench;
import dev.textqc.bench.BenchCorpus;
import dev.textqc.document.Document;
import dev.textqc.rule.Stage;
import dev.textqc.source.Inputs;
import dev.textqc.source.SourceItem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code textqc bench}: throughput per stage and overall (MB/s, characters/s, documents/s) on one
 * thread, with LanguageTool on every sentence measured in the same run as the reference, plus
 * start-up time and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput per stage against LanguageTool on every sentence.")
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files or folders to benchmark on (default: the shared evaluation data).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--corpus", split = ",", paramLabel = "NAME", defaultValue = "news,pages",
      description = "Corpora to build from the shared data (default: ${DEFAULT-VALUE}): news "
          + "(seed articles and WMT news documents, what the speed targets are about), pages "
          + "(whole scraped web pages as flat text, furniture included), mixed (news and pages "
          + "in one corpus, as the benchmark measured before it split them).")
  List<String> corpora;

  @Option(names = "--mb", defaultValue = "8", paramLabel = "MB",
      description = "Size of each corpus in millions of characters, at most (default: "
          + "${DEFAULT-VALUE}).")
  double megachars;

  @Option(names = "--lt-kb", defaultValue = "60", paramLabel = "KB",
      description = "Thousands of characters for the LanguageTool reference (default: "
          + "${DEFAULT-VALUE}; it is slow; 0 leaves the reference out).")
  int ltKiloChars;

  @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
      description = "Minimum measuring time per configuration (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--grammar", description = "Also measure the grammar stage (LanguageTool "
      + "cascade), when it is available.")
  boolean grammar;

  @Option(names = "--per-rule", description = "Also list what each rule costs on its own, in "
      + "CPU nanoseconds per character (one thread), costliest first.")
  boolean perRule;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Also run the rule layer on N threads sharing the corpus, and print how much "
          + "sooner it is done than on one, next to the same ratio for pure arithmetic: the "
          + "most this machine's cores allow (default: ${DEFAULT-VALUE}, no such run).")
  int threads;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long startup = Bench.uptimeMillis();
    if (threads < 1) {
      spec.commandLine().getErr().println("textqc: --threads: expected 1 or more, not " + threads);
      return ExitCodes.ERROR;
    }
    Map<String, List<Document>> sets = new LinkedHashMap<>();
    int unreadable = 0;
    if (inputs.isEmpty()) {
      if (!Files.isDirectory(data)) {
        spec.commandLine().getErr().println("textqc: " + data
            + ": no benchmark data (give INPUT files or --data)");
        return ExitCodes.ERROR;
      }
      List<BenchCorpus.Kind> kinds = new ArrayList<>();
      for (String c : corpora) {
        try {
          kinds.add(BenchCorpus.Kind.of(c.strip()));
        } catch (IllegalArgumentException e) {
          spec.commandLine().getErr().println("textqc: --corpus: " + e.getMessage());
          return ExitCodes.ERROR;
        }
      }
      for (BenchCorpus.Kind k : kinds) {
        sets.put(k.id(), BenchCorpus.fromShared(data, k, (long) (megachars * 1e6)));
      }
    } else {
      List<Document> docs = new ArrayList<>();
      Inputs in = new Inputs(inputs, dev.textqc.source.InputOptions.defaults(), () -> System.in);
      while (in.hasNext()) {
        SourceItem item = in.next();
        if (item instanceof SourceItem.Deferred d) {
          item = d.loadOrFail(); // JSONL records, HTML and other documents are read here
        }
        if (item instanceof SourceItem.Loaded l) {
          docs.add(l.document());
        } else if (item instanceof SourceItem.Failed f) {
          spec.commandLine().getErr().println("textqc: " + f.message());
          unreadable++;
        }
      }
      sets.put("input", docs);
    }
    Bench bench = new Bench(seconds);
    Config config = Config.defaults();
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ArrayNode corporaJson = root.putArray("corpora");
    for (Map.Entry<String, List<Document>> set : sets.entrySet()) {
      List<Document> docs = set.getValue();
      if (docs.isEmpty()) {
        out.printf(Locale.ROOT, "corpus %s: no documents found%n", set.getKey());
        continue;
      }
      ObjectNode c = corporaJson.addObject();
      c.put("corpus", set.getKey());
      c.put("documents", docs.size());
      c.put("chars", BenchCorpus.chars(docs));
      List<Bench.Measurement> results = measure(out, bench, config, set.getKey(), docs, c);
      ArrayNode arr = c.putArray("results");
      for (Bench.Measurement r : results) {
        ObjectNode n = arr.addObject();
        n.put("name", r.name());
        n.put("mbPerSecond", r.mbPerSecond());
        n.put("charsPerSecond", r.charsPerSecond());
        n.put("docsPerSecond", r.docsPerSecond());
        n.put("wallSeconds", r.wallSeconds());
      }
    }
    out.printf(Locale.ROOT, "start-up to first measurement: %d ms; peak heap: %.0f MB%n", startup,
        Bench.peakHeapBytes() / 1e6);
    // the JIT's inlining budget and C2 thresholds, and the garbage collector, change what a run
    // costs and can move the rates (see the launcher, src/main/launcher/textqc)
    String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", FreqInlineSize " + vmOption("FreqInlineSize")
        + ", Tier4InvocationThreshold " + vmOption("Tier4InvocationThreshold")
        + ", collector " + collector();
    out.printf(Locale.ROOT, "JVM: %s%n", jvm);
    if (json != null) {
      root.put("jvm", jvm);
      root.put("startupMillis", startup);
      root.put("peakHeapBytes", Bench.peakHeapBytes());
      m.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    }
    // measured on what could be read, but a bad input is an error as in every command
    return unreadable > 0 ? ExitCodes.ERROR : ExitCodes.CLEAN;
  }

  /** The garbage collector in use, by its parts' names ("PS Scavenge + PS MarkSweep"). */
  private static String collector() {
    StringBuilder names = new StringBuilder();
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      names.append(names.length() == 0 ? "" : " + ").append(gc.getName());
    }
    return names.length() == 0 ? "?" : names.toString();
  }

  /** A HotSpot option's value, or "?" on a JVM without them. */
  private static String vmOption(String name) {
    try {
      return java.lang.management.ManagementFactory.getPlatformMXBean(
          com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(name).getValue();
    } catch (RuntimeException | LinkageError e) {
      return "?";
    }
  }

  /** Every configuration on one corpus, LanguageTool on the same text as the reference. */
  private List<Bench.Measurement> measure(PrintWriter out, Bench bench, Config config, String name,
      List<Document> docs, ObjectNode json) throws Exception {
    List<Bench.Measurement> results = new ArrayList<>();
    out.printf(Locale.ROOT, "corpus %s: %d documents, %.2f M chars, %.2f MB UTF-8; one thread; "
        + "rates per CPU-second%n",
        name, docs.size(), BenchCorpus.chars(docs) / 1e6, BenchCorpus.utf8Bytes(docs) / 1e6);
    out.printf(Locale.ROOT, "%-30s %10s %12s %10s %10s%n", "configuration", "MB/s", "chars/s",
        "docs/s", "wall MB/s");
    out.flush();
    // The whole rule layer first: a real run only ever runs all stages together, and the JIT
    // compiles the shared pipeline code for what it has seen run. Measured after the stages
    // alone, it was compiled for three other workloads first.
    Bench.Measurement rules = print(out, bench.pipeline("rule layer (grammar off)", config, null,
        docs));
    results.add(rules);
    for (Stage s : new Stage[] {Stage.ENCODING, Stage.BOILERPLATE, Stage.INLINE}) {
      results.add(print(out, bench.pipeline("stage " + s.id(), config, s, docs)));
    }
    List<Document> ltDocs = Bench.subset(docs, ltKiloChars * 1000L);
    if (grammar) {
      results.add(print(out, bench.pipeline("with grammar stage", config.withGrammar(true), null,
          ltDocs)));
    }
    // without text for it, LanguageTool would only be loaded (seconds) to measure nothing
    Bench.Measurement lt = ltDocs.isEmpty() ? null : print(out, bench.languageTool(ltDocs));
    if (lt != null) {
      results.add(lt);
      out.printf(Locale.ROOT, "rule layer / LanguageTool-every-sentence: %.0fx (chars/s)%n",
          rules.charsPerSecond() / lt.charsPerSecond());
    }
    if (grammar && lt != null) {
      Bench.Measurement g = results.get(results.size() - 2);
      out.printf(Locale.ROOT, "grammar stage / LanguageTool-every-sentence: %.1fx (chars/s)%n",
          g.charsPerSecond() / lt.charsPerSecond());
    }
    if (threads > 1) {
      Bench.Measurement one = bench.parallel("rule layer, 1 thread", config, docs, 1);
      Bench.Measurement many = bench.parallel("rule layer, " + threads + " threads", config, docs,
          threads);
      results.add(one);
      results.add(many);
      out.printf(Locale.ROOT, "rule layer on %d threads: %.2f wall MB/s against %.2f on one, "
          + "%.2fx sooner%n", threads, many.mbPerSecond(), one.mbPerSecond(),
          one.seconds() / many.seconds());
      // right after, since the machine's spare capacity changes from minute to minute
      double machine = Bench.cpuScaling(threads);
      out.printf(Locale.ROOT, "pure arithmetic on %d threads: %.2fx sooner than on one (the most "
          + "this machine allowed just now)%n", threads, machine);
      json.put("machineScaling", machine);
    }
    if (perRule) {
      out.printf(Locale.ROOT, "%-30s %10s%n", "rule (alone, views not shared)", "ns/char");
      for (Bench.RuleCost c : bench.perRule(config, docs)) {
        out.printf(Locale.ROOT, "%-30s %10.2f%n", c.rule(), c.nanosPerChar());
      }
    }
    out.println();
    out.flush();
    return results;
  }

  private static Bench.Measurement print(PrintWriter out, Bench.Measurement m) {
    out.printf(Locale.ROOT, "%-30s %10.2f %12.0f %10.1f %10.2f%n", m.name(), m.mbPerSecond(),
        m.charsPerSecond(), m.docsPerSecond(), m.bytes() / 1e6 / m.wallSeconds());
    out.flush();
    return m;
  }
}
