package dev.textqc.detect.boilerplate;

import dev.textqc.document.Line;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Page furniture recognised by boosted trees over {@link LineFeatures}: the probability that a
 * line is boilerplate given its shape and its neighbourhood. The trees are data
 * ({@code modelFile}), trained on one half of the boilerplate-lines evaluation documents and
 * checked on the other (see {@code TrainLineModel} in the test sources); the threshold is chosen
 * high, since a removed article line costs more than a kept menu entry. Lines longer than
 * {@code maxWords} words, and sentences of three words or more, are never removed: they read as
 * article text whatever surrounds them. Texts of fewer than {@code minLines} non-blank lines are
 * left alone: there is no page layout to read in them; so are lines numbered in sequence under
 * one label ({@link LabelledSequence}: a calendar's "1a etapa: …", "2a etapa: …"), the text's own
 * list.
 */
public final class LineModelDetector implements Rule {
  private final RuleMeta meta;
  private final LineFeatures features;
  private final BoostedTrees model;
  private final double threshold;
  private final int maxWords;
  private final int minLines;
  // a score below this gives a probability below the threshold, whatever rounding does (the
  // probability moves by about 1e-7 over the margin); -infinity when no score is sure to
  private final double floor;

  LineModelDetector(RuleMeta meta, LineFeatures features, BoostedTrees model, double threshold,
      int maxWords, int minLines) {
    this.meta = meta;
    this.features = features;
    this.model = model;
    this.threshold = threshold;
    this.maxWords = maxWords;
    this.minLines = minLines;
    double logit = Math.log(threshold / (1 - threshold));
    floor = threshold > 0 && threshold < 1 && Double.isFinite(logit) ? logit - 1e-6
        : Double.NEGATIVE_INFINITY;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    if (text.document().structure() != null) {
      return; // an HTML page: its blocks' tags and classes say more than flat-text shapes
    }
    List<Line> all = text.lines();
    Line[] kept = new Line[all.size()];
    // the lines lie in the text the rule checks: the features read them there, with no String
    // cut per line
    int[] start = new int[all.size()];
    int[] end = new int[all.size()];
    int n = 0;
    for (Line l : all) {
      if (!l.isBlank()) {
        kept[n] = l;
        start[n] = l.content().start();
        end[n++] = l.content().end();
      }
    }
    if (n < minLines) {
      return; // a snippet, not a page: there is no layout to read
    }
    LineFeatures.Page page = features.page(text.text(), start, end, n, maxWords);
    double[] row = new double[LineFeatures.NAMES.size()];
    for (int i = 0; i < n; i++) {
      // trees only for the short lines the rule may remove: most text is in long lines; and a
      // sentence of a few words is article text even among furniture ("It was the end.")
      if (!page.scorable(i)) {
        continue;
      }
      page.row(i, row);
      double score = model.score(row, floor);
      if (score < floor) {
        continue;
      }
      double p = 1 / (1 + Math.exp(-score));
      if (p < threshold || LabelledSequence.contains(text.text(), start, end, n, i)) {
        continue;
      }
      Line l = kept[i];
      out.accept(new Annotation(meta.id(), meta.category(), meta.type(), meta.severity(),
          l.withTerminator(), Action.REMOVE, null,
          meta.message() + " (model score " + twoDecimals(p) + ")",
          meta.confidence()));
    }
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", p)} for a probability, without the Formatter, which
   * cost a quarter of the rule: the Formatter rounds the shortest decimal form of {@code p} half
   * up, which is the rounding of {@code p * 100} unless that lies within a hair of a half, where
   * the Formatter decides.
   */
  static String twoDecimals(double p) {
    double v = p * 100;
    double floor = Math.floor(v);
    if (Double.doubleToRawLongBits(p) < 0 || !(p <= 1) || Math.abs(v - floor - 0.5) < 1e-6) {
      return String.format(Locale.ROOT, "%.2f", p);
    }
    int hundredths = (int) floor + (v - floor > 0.5 ? 1 : 0);
    int cents = hundredths % 100;
    return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }

  /** Registered as {@code detector: line-model}. */
  public static final class Factory implements DetectorFactory {
    @Override
    public String name() {
      return "line-model";
    }

    @Override
    public Set<String> keys() {
      return Set.of("functionWordsFile", "modelFile", "threshold", "maxWords", "minLines");
    }

    @Override
    public Rule create(RuleMeta meta, RuleParams p) {
      Set<String> function = new HashSet<>();
      for (String w : p.readListFile("functionWordsFile", p.requiredString("functionWordsFile"))) {
        function.add(w.toLowerCase(Locale.ROOT));
      }
      BoostedTrees model;
      try {
        model = BoostedTrees.parse(
            p.readListFile("modelFile", p.requiredString("modelFile")), LineFeatures.NAMES);
      } catch (IllegalArgumentException e) {
        throw p.error("modelFile", e.getMessage());
      }
      return new LineModelDetector(meta, new LineFeatures(function), model,
          p.number("threshold", 0.9), p.integer("maxWords", 12),
          p.integer("minLines", 6));
    }
  }
}
