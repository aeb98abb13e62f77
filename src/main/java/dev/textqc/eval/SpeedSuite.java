package dev.textqc.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.grammar.LanguageToolRule;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.Rule;
import dev.textqc.rule.Stage;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code speed}: throughput on one thread, measured in one run so the numbers compare: the full
 * default pipeline and the garbled-text detectors alone in MB/s of UTF-8 text over the WMT news
 * documents of {@code mt-detect}, and LanguageTool on every sentence against the cascade (only
 * suspicious sentences) in input sentences per second over a sample of them. LanguageTool's
 * start-up is done before timing; it is paid once per thread. Times are CPU time of the
 * measuring thread. With the seeds present it also scores their garble recall with LanguageTool
 * in each mode ({@code grammar.cascade.seeds.*}, {@code grammar.all.seeds.*}): the cascade's
 * speed-up counts only if it keeps that recall.
 */
public final class SpeedSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Documents in the LanguageTool sample (LanguageTool on every sentence is slow). */
  static final int GRAMMAR_SAMPLE_DOCUMENTS = 12;

  @Override
  public String name() {
    return "speed";
  }

  @Override
  public boolean available(Path shared) {
    return Files.isRegularFile(shared.resolve("eval/dev/mt-detect/wmt23-ru-en.jsonl"));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String f : MtDetectSuite.FILES) {
      Path p = shared.resolve("eval/dev/mt-detect/" + f + ".jsonl");
      if (!Files.isRegularFile(p)) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            texts.add(JSON.readTree(line).get("text").asText());
          }
        }
      }
    }
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    TextQc base = TextQc.create(Config.defaults());
    List<Rule> garbled = base.rules().stream()
        .filter(r -> r.meta().id().startsWith("MT_") && r.meta().stage() == Stage.INLINE)
        .toList();
    SuiteReport rep = new SuiteReport(name() + " (" + texts.size() + " documents, "
        + String.format(Locale.ROOT, "%.2f MB", bytes / 1e6) + ", one thread)");
    double full = mbPerSecond(base, texts, bytes);
    rep.put("pipeline.mb-per-second", full, "default rules, no grammar");
    double cheap = mbPerSecond(TextQc.of(garbled), texts, bytes);
    rep.put("garbled-detectors.in-pipeline.mb-per-second", cheap,
        garbled.size() + " MT_ rules alone, with pipeline overhead");
    rep.put("pipeline-without-rules.mb-per-second", mbPerSecond(TextQc.of(List.of()), texts,
        bytes), "stage views, offsets, assessment");
    detectorsOnly(garbled, texts.subList(0, Math.min(50, texts.size())));
    rep.put("garbled-detectors.mb-per-second", bytes / 1e6 / detectorsOnly(garbled, texts),
        garbled.size() + " MT_ rules sharing one sentence split, no pipeline");
    for (Rule r : garbled) {
      rep.put("rule." + r.meta().id() + ".mb-per-second",
          bytes / 1e6 / detectorsOnly(List.of(r), texts), null);
    }

    LanguageToolRule cascade = (LanguageToolRule) TextQc.create(Config.defaults()
        .withGrammar(true).withEnable(Set.of("MT_LANGUAGETOOL"))).rules().get(0);
    LanguageToolRule all = cascade.withMode(LanguageToolRule.Mode.ALL);
    List<String> sample = texts.subList(0, Math.min(GRAMMAR_SAMPLE_DOCUMENTS, texts.size()));
    int sentences = 0;
    int suspicious = 0;
    for (String t : sample) {
      var ss = cascade.sentences(AnalyzedText.of(t));
      sentences += ss.size();
      suspicious += (int) ss.stream().filter(cascade::shouldCheck).count();
    }
    TextQc allQc = TextQc.of(List.of(all));
    TextQc cascadeQc = TextQc.of(List.of(cascade));
    allQc.check(Document.of("warm-up", "It rained. He have went home."));
    cascadeQc.check(Document.of("warm-up", "It rained. He have went home."));
    double allRate = sentences / seconds(allQc, sample);
    double cascadeRate = sentences / seconds(cascadeQc, sample);
    rep.put("grammar.all.sentences-per-second", allRate, sentences + " sentences");
    rep.put("grammar.cascade.sentences-per-second", cascadeRate,
        suspicious + "/" + sentences + " sentences sent to LanguageTool");
    rep.put("grammar.cascade.speed-up", cascadeRate / allRate, "target >= 10");
    seedsRecall(rep, shared, cascade, all);
    return List.of(rep);
  }

  /**
   * The garble recall the seeds get with the default rules plus LanguageTool, cascade against
   * every sentence: the cascade is only worth its speed if it loses none of what LanguageTool
   * on every sentence finds there.
   */
  private static void seedsRecall(SuiteReport rep, Path shared, LanguageToolRule cascade,
      LanguageToolRule all) throws Exception {
    SeedsSuite seeds = new SeedsSuite();
    if (!seeds.available(shared)) {
      return;
    }
    List<Rule> defaults = TextQc.create(Config.defaults()).rules();
    for (LanguageToolRule lt : List.of(cascade, all)) {
      List<Rule> rules = new ArrayList<>(defaults);
      rules.add(lt);
      String mode = lt == cascade ? "cascade" : "all";
      for (SuiteReport r : seeds.run(TextQc.of(rules), shared)) {
        for (String m : List.of("garbled.recall", "garbled.precision")) {
          if (r.metrics().containsKey(m)) {
            rep.put("grammar." + mode + ".seeds." + m, r.metrics().get(m), r.counts().get(m));
          }
        }
      }
    }
  }

  private static double mbPerSecond(TextQc qc, List<String> texts, long bytes) {
    // one untimed pass warms the JIT, as a long-running job would be
    seconds(qc, texts.subList(0, Math.min(50, texts.size())));
    return bytes / 1e6 / seconds(qc, texts);
  }

  /** CPU seconds for the rules' own work: check() on each text, findings discarded. */
  private static double detectorsOnly(List<Rule> rules, List<String> texts) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    int[] found = new int[1];
    for (String t : texts) {
      AnalyzedText at = AnalyzedText.of(t);
      for (Rule r : rules) {
        r.check(at, a -> found[0]++);
      }
    }
    return Math.max(1e-9, (bean.getCurrentThreadCpuTime() - t0) / 1e9);
  }

  /** CPU seconds of this thread: the machine may be shared, so wall time would mislead. */
  private static double seconds(TextQc qc, List<String> texts) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    int i = 0;
    for (String t : texts) {
      qc.check(Document.of("doc-" + i++, t));
    }
    return Math.max(1e-9, (bean.getCurrentThreadCpuTime() - t0) / 1e9);
  }
}
