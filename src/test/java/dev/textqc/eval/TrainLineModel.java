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
 * Trains the trees of {@code rules/boilerplate/line-model.txt} (rule BP_LINE_MODEL): boosted
 * trees over {@link LineFeatures} ({@link TreeBooster}), fitted on the even-numbered documents of each
 * boilerplate-lines file and reported on the odd-numbered ones, with the rest of the pipeline's
 * removals (every rule but BP_LINE_MODEL) joined in, as the rule runs. Not a test: run it by hand
 * after {@code mvn package} when the features change:
 *
 * <pre>
 * java -cp target/textqc-cli.jar:target/test-classes dev.textqc.eval.TrainLineModel ../shared \
 *     rules/boilerplate/function-words.txt rules/boilerplate/line-model.txt
 * </pre>
 *
 * <p>Settings as system properties: {@code -Dtrees=120 -Ddepth=3 -Drate=0.1 -Dlambda=5
 * -DminLeaf=1 -Dsubsample=1 -Dcolsample=1} (the defaults, which give the trees as they were
 * fitted before these settings existed), {@code -DscorableOnly=true} to fit only on the lines the
 * rule may remove, {@code -DcontentWeight=1.5} to weigh content lines more than boilerplate
 * ones in the fit, {@code -Dmask=name,name} to leave features out (their columns read 0);
 * {@code -Dsweep=...} compares settings instead (see {@link #sweep}).
 */
public final class TrainLineModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled line with what the rest of the pipeline decided for it. */
  private record Row(String dataset, int doc, double[] x, boolean gold, boolean ambiguous,
      boolean removedByRules, int words, int pageLines) {
    boolean even() {
      return doc % 2 == 0;
    }

    /** What the rule may remove: see LineModelDetector. */
    boolean scorable() {
      return pageLines >= 6 && words <= 12 && !(words >= 3 && x[6] > 0);
    }
  }

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
          for (double[] row : x) {
            for (int c : MASKED) {
              row[c] = 0;
            }
          }
          for (int i = 0; i < lines.size(); i++) {
            rows.add(new Row(file, doc, x[i], rec.get("boilerplate").get(i).asBoolean(),
                rec.path("ambiguous").path(i).asBoolean(false), removed[i],
                lines.get(i).strip().isEmpty() ? 0 : lines.get(i).strip().split("\\s+").length,
                lines.size()));
          }
          doc++;
        }
      }
    }
    TreeBooster.Params params = new TreeBooster.Params(Integer.getInteger("trees", 120),
        Integer.getInteger("depth", 3), Double.parseDouble(System.getProperty("rate", "0.1")),
        Double.parseDouble(System.getProperty("lambda", "5")), Integer.getInteger("minLeaf", 1),
        Double.parseDouble(System.getProperty("subsample", "1")),
        Double.parseDouble(System.getProperty("colsample", "1")), 1);
    if (System.getProperty("sweep") != null) {
      sweep(rows, System.getProperty("sweep"));
      return;
    }
    BoostedTrees model = fit(rows, FIT_ON, params);
    System.out.println(params);
    System.out.println("threshold  dataset       half  F1     loss   (rules alone F1 / loss)");
    for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
      for (boolean even : new boolean[] {true, false}) {
        for (String set : BoilerplateLinesSuite.FILES) {
          long[] with = counts(rows, model, t, r -> r.even() == even && r.dataset().equals(set));
          long[] alone = counts(rows, null, t, r -> r.even() == even && r.dataset().equals(set));
          System.out.printf(Locale.ROOT, "%.2f  %-12s %-5s  %.3f  %.3f  (%.3f / %.3f)%n", t, set,
              even ? "even" : "odd", f1(with), loss(with), f1(alone), loss(alone));
        }
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      out.println("# Trees of BP_LINE_MODEL: gradient-boosted trees over LineFeatures (logistic loss),");
      out.println("# fitted on the even-numbered documents of each boilerplate-lines set, on the lines");
      out.println("# the other rules keep, by TrainLineModel (test sources): " + params + ".");
      out.println("# Generated; retrain rather than edit by hand.");
      out.print(model.format(LineFeatures.NAMES));
    }
  }

  /**
   * Features left out of the fit ({@code -Dmask=name,name}): their columns read 0, so no tree
   * splits on them. To see what one feature adds without changing LineFeatures.
   */
  private static final int[] MASKED = java.util.Arrays.stream(
      System.getProperty("mask", "").split(",")).filter(m -> !m.isBlank())
      .mapToInt(m -> {
        int c = LineFeatures.NAMES.indexOf(m.strip());
        if (c < 0) {
          throw new IllegalArgumentException("no feature " + m);
        }
        return c;
      }).toArray();

  /**
   * The documents the model is fitted on ({@code -Dfit=even|odd|all}, default even): odd fits
   * the other half, to score the even half as held out; all fits every document.
   */
  private static final java.util.function.Predicate<Row> FIT_ON =
      switch (System.getProperty("fit", "even")) {
        case "even" -> Row::even;
        case "odd" -> r -> !r.even();
        case "all" -> r -> true;
        default -> throw new IllegalArgumentException("fit: even, odd or all");
      };

  /** How much more a content line weighs in the fit than a boilerplate line. */
  private static final double CONTENT_WEIGHT =
      Double.parseDouble(System.getProperty("contentWeight", "1"));

  /** Whether to fit on the lines the rule may remove only (see Row.scorable). */
  private static final boolean SCORABLE_ONLY = Boolean.getBoolean("scorableOnly");

  /** Fits on the rows {@code use} selects among those the rule may remove and no rule removes. */
  private static BoostedTrees fit(List<Row> rows, java.util.function.Predicate<Row> use,
      TreeBooster.Params params) {
    List<Row> train = rows.stream()
        .filter(r -> use.test(r) && !r.ambiguous() && !r.removedByRules()
            && (SCORABLE_ONLY ? r.scorable() : r.words() <= 12))
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
      weight[i] = 1000.0 / perSet.get(r.dataset()) * (r.gold() ? 1 : CONTENT_WEIGHT);
    }
    return TreeBooster.fit(x, y, weight, params);
  }

  /** Counts over the selected unambiguous rows, the model (if any) joined to the rules. */
  private static long[] counts(List<Row> rows, BoostedTrees model, double t,
      java.util.function.Predicate<Row> select) {
    long[] c = new long[4];
    for (Row r : rows) {
      if (!select.test(r) || r.ambiguous()) {
        continue;
      }
      boolean byModel = model != null && r.scorable() && model.probability(r.x()) >= t;
      count(c, r.gold(), r.removedByRules() || byModel);
    }
    return c;
  }

  /**
   * Compares tree settings ({@code -Dsweep=SPEC}, {@code -Dthresholds=0.85,0.9}): per threshold,
   * F1/content loss of each set under two-fold cross-validation inside the even half (fitted on
   * the documents numbered 0 mod 4, scored on those numbered 2 mod 4, and the other way round;
   * {@code -DnoCv=true} skips it), then of a fit on the whole even half scored on the odd and on
   * the even half, and on all documents (F1, precision, content lines lost), to hold against
   * eval-floors.json. {@code SPEC}: settings separated by {@code ;}, each
   * {@code trees,depth,rate,lambda,minLeaf,subsample,colsample}, or {@code file=PATH} to score a
   * trained model as it is. Nothing is written.
   */
  private static void sweep(List<Row> rows, String spec) {
    double[] thresholds = java.util.Arrays.stream(System.getProperty("thresholds", "0.8,0.85,0.9,0.95")
        .split(",")).mapToDouble(Double::parseDouble).toArray();
    for (String one : spec.split(";")) {
      if (one.startsWith("file=")) {
        // a trained model as it is: its numbers on each half
        BoostedTrees m;
        try {
          m = BoostedTrees.parse(Files.readAllLines(Path.of(one.substring(5))), LineFeatures.NAMES);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        for (double t : thresholds) {
          StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-90s t=%.2f ", one, t));
          System.out.println(appendHalvesAndAll(line, rows, m, t));
        }
        continue;
      }
      String[] f = one.strip().split(",");
      TreeBooster.Params p = new TreeBooster.Params(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]),
          Double.parseDouble(f[5]), Double.parseDouble(f[6]), 1);
      boolean cv = !Boolean.getBoolean("noCv");
      BoostedTrees[] folds = cv
          ? new BoostedTrees[] {fit(rows, r -> r.doc() % 4 == 0, p), fit(rows, r -> r.doc() % 4 == 2, p)}
          : null;
      BoostedTrees whole = fit(rows, FIT_ON, p);
      for (double t : thresholds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-90s t=%.2f  cv:", p, t));
        double sum = 0;
        for (String set : cv ? BoilerplateLinesSuite.FILES : List.<String>of()) {
          long[] c = new long[4];
          for (int k = 0; k < 2; k++) {
            int held = k == 0 ? 2 : 0;
            long[] one2 = counts(rows, folds[k], t,
                r -> r.doc() % 4 == held && r.dataset().equals(set));
            for (int j = 0; j < 4; j++) {
              c[j] += one2[j];
            }
          }
          sum += f1(c);
          line.append(String.format(Locale.ROOT, " %.3f/%.3f", f1(c), loss(c)));
        }
        line.append(String.format(Locale.ROOT, " mean %.4f |", sum / 3));
        System.out.println(appendHalvesAndAll(line, rows, whole, t));
      }
    }
  }

  /**
   * Appends a model's F1/content loss per set on the odd and the even half, then F1, precision
   * and content lines lost on all documents (what eval-floors.json holds).
   */
  private static StringBuilder appendHalvesAndAll(StringBuilder line, List<Row> rows,
      BoostedTrees m, double t) {
    for (boolean even : new boolean[] {false, true}) {
      line.append(even ? " | even:" : " odd:");
      for (String set : BoilerplateLinesSuite.FILES) {
        long[] c = counts(rows, m, t, r -> r.even() == even && r.dataset().equals(set));
        line.append(String.format(Locale.ROOT, " %.3f/%.3f", f1(c), loss(c)));
      }
    }
    line.append(" | all (F1 P lost):");
    for (String set : BoilerplateLinesSuite.FILES) {
      long[] c = counts(rows, m, t, r -> r.dataset().equals(set));
      line.append(String.format(Locale.ROOT, " %.3f %.3f %d", f1(c), precision(c), c[1]));
    }
    return line;
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

  private static double precision(long[] c) {
    return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
  }

  private static double loss(long[] c) {
    return c[3] == 0 ? 0 : c[1] / (double) c[3];
  }
}
