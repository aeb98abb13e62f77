package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.detect.garbled.GarbleScore;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.pipeline.Result;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code garble-segments}: MQM-annotated machine translations, one segment per record, labelled
 * {@code garbled} or {@code clean} (see {@code eval/README.md} section 3). Each segment is checked
 * as its own document and scored with {@link GarbleScore}; reported per file: AUROC of the score,
 * precision/recall/F1 of the garbled class at {@link GarbleScore#THRESHOLD}, the best recall at
 * precision 0.85, the flag rate on clean segments, and, for honesty, the AUROC of the findings
 * alone (the score without its sentence-shape prior).
 *
 * <p>Garbled segments are about twice as long as clean ones (news 2023: 38 against 20 words), so
 * a score that only grows with length ranks them well. Two numbers say how much of the score is
 * more than that: {@code auroc.length-only} (the word count as the score) and
 * {@code auroc.length-stratified} (the score's AUROC among segments of similar length, five
 * groups by word count; 0.5 means it adds nothing to length). The recall at precision 0.85 is
 * the best over all thresholds, chosen on the data itself, not the recall at
 * {@link GarbleScore#THRESHOLD}, which is {@code garbled.recall}.
 */
public final class GarbleSegmentsSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FILES = List.of("mqm-generalmt2023-zhen", "mqm-ted-zhen");

  @Override
  public String name() {
    return "garble-segments";
  }

  @Override
  public boolean available(Path shared) {
    return Files.isDirectory(shared.resolve("eval/dev/garble-segments"));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    return Suite.eachFile(shared.resolve("eval/dev/garble-segments"), FILES,
        (file, p) -> score(qc, file, p));
  }

  private SuiteReport score(TextQc qc, String file, Path p) throws Exception {
    List<Roc.Scored> full = new ArrayList<>();
    List<Roc.Scored> findingsOnly = new ArrayList<>();
    List<Roc.Scored> lengthOnly = new ArrayList<>();
    List<Double> words = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long clean = 0;
    long t0 = System.nanoTime();
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = JSON.readTree(line);
        String text = r.get("text").asText();
        chars += text.length();
        boolean garbled = "garbled".equals(r.get("label").asText());
        Result res = qc.check(Document.of(r.get("id").asText(), text));
        Span all = new Span(0, text.length());
        double score = GarbleScore.score(text, all, res.annotations());
        double prior = GarbleScore.prior(text);
        double evidence = 1 - (1 - score) / (1 - prior);
        full.add(new Roc.Scored(score, garbled));
        findingsOnly.add(new Roc.Scored(evidence, garbled));
        int n = wordCount(text);
        words.add((double) n);
        lengthOnly.add(new Roc.Scored(n, garbled));
        boolean flagged = score >= GarbleScore.THRESHOLD;
        if (flagged && garbled) {
          tp++;
        } else if (flagged) {
          fp++;
        } else if (garbled) {
          fn++;
        }
        if (!garbled) {
          clean++;
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    SuiteReport rep = new SuiteReport(name() + "/" + file + " (" + full.size() + " segments)");
    rep.put("auroc", Roc.auroc(full), "score = findings + sentence-shape prior");
    rep.put("auroc.findings-only", Roc.auroc(findingsOnly), "findings alone, no prior");
    double[] strata = words.stream().mapToDouble(Double::doubleValue).toArray();
    rep.put("auroc.length-only", Roc.auroc(lengthOnly), "the word count as the score");
    rep.put("auroc.length-stratified", Roc.stratifiedAuroc(full, strata, 5),
        "score among segments of similar length (5 word-count groups)");
    rep.put("auroc.findings-only.length-stratified",
        Roc.stratifiedAuroc(findingsOnly, strata, 5), "findings alone, similar length");
    rep.prf("garbled", tp, fp, fn);
    double[] r85 = Roc.recallAtPrecision(full, 0.85);
    rep.put("recall-at-precision-0.85", r85[0], String.format(Locale.ROOT,
        "%d/%d predicted at score >= %.3f", (long) r85[2], (long) r85[3], r85[1]));
    double[] r85f = Roc.recallAtPrecision(findingsOnly, 0.85);
    rep.put("recall-at-precision-0.85.findings-only", r85f[0], String.format(Locale.ROOT,
        "%d/%d predicted", (long) r85f[2], (long) r85f[3]));
    double[] r85l = Roc.recallAtPrecision(lengthOnly, 0.85);
    rep.put("recall-at-precision-0.85.length-only", r85l[0], String.format(Locale.ROOT,
        "%d/%d predicted at >= %.0f words", (long) r85l[2], (long) r85l[3], r85l[1]));
    rep.put("clean.flag-rate", clean == 0 ? 0 : fp / (double) clean, fp + "/" + clean);
    rep.put("throughput.segments-per-second", full.size() / Math.max(1e-9, seconds),
        String.format(Locale.ROOT, "%.1f s, %.2f MB/s", seconds, chars * 2 / 1e6 / seconds));
    return rep;
  }

  private static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
