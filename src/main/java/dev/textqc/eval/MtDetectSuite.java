package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Result;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mt-detect}: WMT news documents, each as its human reference and as 10-12 machine
 * translations (see {@code eval/README.md} section 4). Reported per file: AUROC of
 * {@code machineTranslation.score} (MT positive, human negative), the paired view (share of a
 * document's MT versions scoring above its human reference, averaged over documents), and the
 * {@code likely} verdict's recall on MT and flag rate on human references. The AUROC is also given
 * on each half of the documents (numbered by sorted document id, even and odd), the split used to
 * fit the assessor's weights on one half and check them on the other.
 */
public final class MtDetectSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FILES = List.of("wmt23-ru-en", "wmt23-uk-en", "wmt22-ru-en");

  @Override
  public String name() {
    return "mt-detect";
  }

  @Override
  public boolean available(Path shared) {
    return Files.isDirectory(shared.resolve("eval/dev/mt-detect"));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    return Suite.eachFile(shared.resolve("eval/dev/mt-detect"), FILES,
        (file, p) -> score(qc, file, p));
  }

  private record Doc(String doc, boolean mt, double score, boolean likely) {}

  private SuiteReport score(TextQc qc, String file, Path p) throws Exception {
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = JSON.readTree(line);
        Result res = qc.check(Document.of(r.get("id").asText(), r.get("text").asText()));
        docs.add(new Doc(r.get("doc").asText(), "mt".equals(r.get("label").asText()),
            res.assessment().machineTranslationScore(),
            res.assessment().machineTranslationLikely()));
      }
    }
    List<Roc.Scored> scored = docs.stream().map(d -> new Roc.Scored(d.score(), d.mt())).toList();
    Map<String, Double> human = new HashMap<>();
    docs.stream().filter(d -> !d.mt()).forEach(d -> human.put(d.doc(), d.score()));
    Map<String, double[]> pairs = new HashMap<>(); // wins, count
    for (Doc d : docs) {
      Double h = human.get(d.doc());
      if (d.mt() && h != null) {
        double[] w = pairs.computeIfAbsent(d.doc(), k -> new double[2]);
        w[0] += d.score() > h ? 1 : d.score() == h ? 0.5 : 0;
        w[1]++;
      }
    }
    double paired = pairs.values().stream().mapToDouble(w -> w[0] / w[1]).average().orElse(0);
    long mt = docs.stream().filter(Doc::mt).count();
    long mtLikely = docs.stream().filter(d -> d.mt() && d.likely()).count();
    long hum = docs.size() - mt;
    long humLikely = docs.stream().filter(d -> !d.mt() && d.likely()).count();
    SuiteReport rep = new SuiteReport(name() + "/" + file + " (" + docs.size() + " documents)");
    rep.put("auroc", Roc.auroc(scored), mt + " mt, " + hum + " human");
    List<String> ids = docs.stream().map(Doc::doc).distinct().sorted().toList();
    for (int half = 0; half < 2; half++) {
      int h = half;
      List<Doc> part = docs.stream().filter(d -> Collections.binarySearch(ids, d.doc()) % 2 == h)
          .toList();
      rep.put(half == 0 ? "auroc.even-docs" : "auroc.odd-docs",
          Roc.auroc(part.stream().map(d -> new Roc.Scored(d.score(), d.mt())).toList()),
          part.stream().filter(Doc::mt).count() + " mt, "
              + part.stream().filter(d -> !d.mt()).count() + " human");
    }
    rep.put("paired.mt-above-human", paired, pairs.size() + " documents");
    rep.put("likely.recall-mt", mt == 0 ? 0 : mtLikely / (double) mt, mtLikely + "/" + mt);
    rep.put("likely.flag-rate-human", hum == 0 ? 0 : humLikely / (double) hum,
        humLikely + "/" + hum);
    return rep;
  }
}
