package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.detect.boilerplate.BoostedTrees;
import dev.textqc.detect.boilerplate.LineFeatures;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Trains the weights of {@code rules/boilerplate/line-model.txt} (rule BP_LINE_MODEL): a logistic
 * regression over {@link LineFeatures}, fitted on the even-numbered documents of each
 * boilerplate-lines file and reported on the odd-numbered ones, with the rest of the pipeline's
 * removals (every rule but BP_LINE_MODEL) joined in, as the rule runs. Not a test: run it by hand
 * after {@code mvn package} when the features change:
 *
 * <pre>
 * java -cp target/textqc-cli.jar:target/test-classes dev.textqc.eval.TrainLineModel ../shared \
 *     rules/boilerplate/function-words.txt rules/boilerplate/line-model.txt
 * </pre>
 */
public final class TrainLineModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled line with what the rest of the pipeline decided for it. */
  private record Row(String dataset, boolean even, double[] x, boolean gold, boolean ambiguous,
      boolean removedByRules, int words) {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Set<String> function = new HashSet<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      if (!l.isBlank() && !l.startsWith("#")) {
        function.add(l.strip().toLowerCase(Locale.ROOT));
      }
    }
    LineFeatures features = new LineFeatures(function);
    TextQc qc = TextQc.create(Config.defaults().withDisable(Set.of("BP_LINE_MODEL")));
    List<Row> rows = new ArrayList<>();
    for (String file : BoilerplateLinesSuite.FILES) {
      Path p = BoilerplateLinesSuite.folder(shared).resolve(file + ".jsonl");
      CorpusMemory memory = new BoundedCorpusMemory();
      int doc = 0;
      try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String json;
        while ((json = in.readLine()) != null) {
          if (json.isBlank()) {
            continue;
          }
          JsonNode rec = JSON.readTree(json);
          List<String> lines = new ArrayList<>();
          rec.get("lines").forEach(l -> lines.add(l.asText()));
          Result r = qc.check(Document.of(rec.get("id").asText(), String.join("\n", lines)),
              memory);
          boolean[] removed = BoilerplateLinesSuite.removedLines(r, lines);
          double[][] x = features.of(lines);
          for (int i = 0; i < lines.size(); i++) {
            rows.add(new Row(file, doc % 2 == 0, x[i], rec.get("boilerplate").get(i).asBoolean(),
                rec.path("ambiguous").path(i).asBoolean(false), removed[i],
                lines.get(i).strip().isEmpty() ? 0 : lines.get(i).strip().split("\\s+").length));
          }
          doc++;
        }
      }
    }
    int d = LineFeatures.NAMES.size();
    List<Row> train = rows.stream()
        .filter(r -> r.even() && !r.ambiguous() && !r.removedByRules() && r.words() <= 12)
        .toList();
    // each dataset weighs the same in the fit, however many lines it has
    java.util.Map<String, Long> perSet = new java.util.HashMap<>();
    train.forEach(r -> perSet.merge(r.dataset(), 1L, Long::sum));
    double[][] x = new double[train.size()][];
    double[] y = new double[train.size()];
    double[] weight = new double[train.size()];
    for (int i = 0; i < x.length; i++) {
      Row r = train.get(i);
      x[i] = r.x();
      y[i] = r.gold() ? 1 : 0;
      weight[i] = 1000.0 / perSet.get(r.dataset());
    }
    int trees = Integer.getInteger("trees", 120);
    int depth = Integer.getInteger("depth", 3);
    BoostedTrees model = TreeBooster.fit(x, y, weight, trees, depth, 0.1, 5.0);
    int maxWords = 12;
    System.out.println("threshold  dataset       half  F1     loss   (rules alone F1 / loss)");
    for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
      for (boolean even : new boolean[] {true, false}) {
        for (String set : BoilerplateLinesSuite.FILES) {
          long[] with = new long[4];
          long[] alone = new long[4];
          for (Row r : rows) {
            if (r.even() != even || !r.dataset().equals(set) || r.ambiguous()) {
              continue;
            }
            boolean byModel = model.probability(r.x()) >= t && r.words() <= maxWords;
            count(with, r.gold(), r.removedByRules() || byModel);
            count(alone, r.gold(), r.removedByRules());
          }
          System.out.printf(Locale.ROOT, "%.2f  %-12s %-5s  %.3f  %.3f  (%.3f / %.3f)%n", t, set,
              even ? "even" : "odd", f1(with), loss(with), f1(alone), loss(alone));
        }
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      out.println("# Trees of BP_LINE_MODEL: gradient-boosted trees over LineFeatures (logistic loss),");
      out.println("# fitted on the even-numbered documents of each boilerplate-lines set, on the lines");
      out.println("# the other rules keep, by TrainLineModel (test sources): " + trees + " trees of depth "
          + depth + ".");
      out.println("# Generated; retrain rather than edit by hand.");
      out.print(model.format(LineFeatures.NAMES));
    }
  }

  /** tp, fp, fn, content lines. */
  private static void count(long[] c, boolean gold, boolean removed) {
    if (gold && removed) {
      c[0]++;
    } else if (removed) {
      c[1]++;
    } else if (gold) {
      c[2]++;
    }
    if (!gold) {
      c[3]++;
    }
  }

  private static double f1(long[] c) {
    double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double loss(long[] c) {
    return c[3] == 0 ? 0 : c[1] / (double) c[3];
  }
}
