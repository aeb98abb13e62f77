package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.source.DocumentExtractor;
import dev.textqc.source.html.HtmlBlockExtractor;
import dev.textqc.source.html.HtmlDocuments;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * HTML pages with gold article text ({@code eval/dev/boilerplate-html}): HTML goes through the
 * block extractor and the whole pipeline, and the cleaned text is scored as the suite README says
 * (word 4-gram shingle precision/recall/F1 against {@code gold_text}; for WCXB also the share of
 * {@code with} snippets kept and of {@code without} snippets leaked). Tika's plain text of the
 * same page is scored next to it ({@code tika.*}) as the floor any extractor must beat.
 *
 * <p>Shingle scores are micro-averaged (counts summed over pages) with the mean per-page F1 as a
 * second view. Speed is the CPU time of this thread from HTML bytes to cleaned text (parsing,
 * block extraction, checking), per page; JIT compiler and GC threads are not counted:
 * <ul>
 *   <li>{@code cpu_ms_per_page}: the scored pass, the first over the file, so it includes the
 *       interpreted and partly compiled code of JIT warm-up;
 *       {@code .first_pass_after_first_page} leaves out the first page, which alone also loads
 *       and initialises the parser's and the rules' classes;</li>
 *   <li>{@code cpu_ms_per_page.warm}: a second, unscored pass over the same pages, the steady
 *       state a long run sees; {@code .warm.extract} is its jsoup parse plus block extraction
 *       and {@code .warm.check} the pipeline on the extracted text.</li>
 * </ul>
 */
public final class HtmlBoilerplateSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FILES = List.of("scrapinghub", "wcxb");

  @Override
  public String name() {
    return "boilerplate-html";
  }

  static Path folder(Path shared) {
    return shared.resolve("eval/dev/boilerplate-html");
  }

  @Override
  public boolean available(Path shared) {
    return Files.isRegularFile(folder(shared).resolve("scrapinghub.jsonl"));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    return Suite.eachFile(folder(shared), FILES,
        (file, jsonl) -> runFile(qc, jsonl, name() + "/" + file));
  }

  /** Running totals for one extractor. */
  private static final class Tally {
    long tp;
    long predicted;
    long gold;
    double f1Sum;
    int pages;
    long withKept;
    long withTotal;
    long withoutLeaked;
    long withoutTotal;

    void add(String output, JsonNode record) {
      Shingles.Overlap o = Shingles.overlap(output, record.path("gold_text").asText());
      tp += o.tp();
      predicted += o.predicted();
      gold += o.gold();
      f1Sum += o.f1();
      pages++;
      String norm = normalize(output);
      for (JsonNode s : record.path("with")) {
        withTotal++;
        if (norm.contains(normalize(s.asText()))) {
          withKept++;
        }
      }
      for (JsonNode s : record.path("without")) {
        withoutTotal++;
        if (norm.contains(normalize(s.asText()))) {
          withoutLeaked++;
        }
      }
    }

    void report(SuiteReport r, String prefix) {
      r.prf(prefix + "shingle", tp, predicted - tp, gold - tp);
      r.put(prefix + "shingle.macro_f1", pages == 0 ? 0 : f1Sum / pages, pages + " pages");
      if (withTotal > 0) {
        r.put(prefix + "snippet.with_recall", withKept / (double) withTotal,
            withKept + "/" + withTotal);
        r.put(prefix + "snippet.without_leak", withoutLeaked / (double) withoutTotal,
            withoutLeaked + "/" + withoutTotal);
      }
    }
  }

  private static SuiteReport runFile(TextQc qc, Path jsonl, String name) throws Exception {
    Tally textqc = new Tally();
    Tally tika = new Tally();
    // all pages, and the first alone: it also pays the one-time costs of a run (loading and
    // initialising the parser's and the rules' classes), which say nothing about the next page
    long[] nanos = {0, -1};
    // CPU time of this thread: wall time would count what other processes take from the machine
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory
        .getThreadMXBean();
    eachPage(jsonl, (rec, html) -> {
      long t0 = cpu.getCurrentThreadCpuTime();
      String cleaned = qc.check(HtmlDocuments.fromBytes(rec.get("id").asText(), html, null,
          rec.path("url").asText(null))).cleaned();
      long spent = cpu.getCurrentThreadCpuTime() - t0;
      nanos[0] += spent;
      if (nanos[1] < 0) {
        nanos[1] = spent;
      }
      textqc.add(cleaned, rec);
    });
    long[] warm = warmPass(qc, jsonl, cpu);
    // Tika's floor in a pass of its own, after textqc's: run between textqc's pages it competed
    // with them for the JIT compiler, which a real run of textqc on HTML never has to.
    eachPage(jsonl, (rec, html) -> tika.add(DocumentExtractor.extract(html, null).text(), rec));
    SuiteReport r = new SuiteReport(name);
    textqc.report(r, "");
    int pages = Math.max(1, textqc.pages);
    r.put("cpu_ms_per_page", nanos[0] / 1e6 / pages,
        textqc.pages + " pages, first pass: JIT warm-up included");
    if (textqc.pages > 1) {
      r.put("cpu_ms_per_page.first_pass_after_first_page",
          (nanos[0] - nanos[1]) / 1e6 / (textqc.pages - 1),
          "the first page alone: " + String.format(java.util.Locale.ROOT, "%.1f", nanos[1] / 1e6)
              + " ms");
    }
    r.put("cpu_ms_per_page.warm", (warm[0] + warm[1]) / 1e6 / pages, "second pass, warm JIT");
    r.put("cpu_ms_per_page.warm.extract", warm[0] / 1e6 / pages, "jsoup parse + blocks");
    r.put("cpu_ms_per_page.warm.check", warm[1] / 1e6 / pages, "pipeline on the blocks");
    tika.report(r, "tika.");
    return r;
  }

  /**
   * Times the file again, unscored, with the JIT warm: CPU nanoseconds of extraction (parse and
   * blocks) and of checking, summed over pages.
   */
  private static long[] warmPass(TextQc qc, Path jsonl, java.lang.management.ThreadMXBean cpu)
      throws Exception {
    long[] nanos = new long[2];
    eachPage(jsonl, (rec, html) -> {
      String url = rec.path("url").asText(null);
      long t0 = cpu.getCurrentThreadCpuTime();
      HtmlBlockExtractor.Page page = HtmlBlockExtractor.extract(html, null, url);
      long t1 = cpu.getCurrentThreadCpuTime();
      qc.check(HtmlDocuments.toDocument(rec.get("id").asText(), page, url));
      long t2 = cpu.getCurrentThreadCpuTime();
      nanos[0] += t1 - t0;
      nanos[1] += t2 - t1;
    });
    return nanos;
  }

  /** What a pass does with one record and its page's HTML (read before any timing starts). */
  private interface PageTask {
    void accept(JsonNode rec, byte[] html) throws Exception;
  }

  /** Each record of the file with the unzipped HTML of its page, in file order. */
  private static void eachPage(Path jsonl, PageTask task) throws Exception {
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec = JSON.readTree(line);
        byte[] html;
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(
            jsonl.resolveSibling(rec.get("html").asText())))) {
          html = gz.readAllBytes();
        }
        task.accept(rec, html);
      }
    }
  }

  static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
