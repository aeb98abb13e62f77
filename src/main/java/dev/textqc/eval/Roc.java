package dev.textqc.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranking metrics over scored examples: AUROC and recall at a precision floor. */
final class Roc {
  private Roc() {}

  /** A scored example. */
  record Scored(double score, boolean positive) {}

  /** Area under the ROC curve (ties count one half); 0.5 when a class is empty. */
  static double auroc(List<Scored> xs) {
    List<Scored> sorted = new ArrayList<>(xs);
    sorted.sort(Comparator.comparingDouble(Scored::score));
    long pos = sorted.stream().filter(Scored::positive).count();
    long neg = sorted.size() - pos;
    if (pos == 0 || neg == 0) {
      return 0.5;
    }
    double rankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
        j++;
      }
      double rank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        if (sorted.get(k).positive()) {
          rankSum += rank;
        }
      }
      i = j;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  /**
   * The best recall over score thresholds at which precision is at least {@code minPrecision};
   * returns {recall, threshold, tp, predicted}, recall 0 when no threshold reaches it.
   */
  static double[] recallAtPrecision(List<Scored> xs, double minPrecision) {
    List<Scored> sorted = new ArrayList<>(xs);
    sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
    long pos = sorted.stream().filter(Scored::positive).count();
    double[] best = {0, Double.NaN, 0, 0};
    long tp = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).score() == sorted.get(i).score()) {
        if (sorted.get(j).positive()) {
          tp++;
        }
        j++;
      }
      double precision = tp / (double) j;
      double recall = pos == 0 ? 0 : tp / (double) pos;
      if (precision >= minPrecision && recall > best[0]) {
        best = new double[] {recall, sorted.get(i).score(), tp, j};
      }
      i = j;
    }
    return best;
  }

  /**
   * AUROC within strata: the examples are cut into {@code bins} groups of about equal size by
   * {@code stratum} (for example the length of a segment), the AUROC is taken in each group, and
   * the groups are averaged weighted by their positive-negative pairs. It is the share of
   * correctly ordered pairs of examples from the same stratum, so a score that only follows the
   * stratum gets about 0.5.
   */
  static double stratifiedAuroc(List<Scored> xs, double[] stratum, int bins) {
    Integer[] order = new Integer[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> stratum[i]));
    double sum = 0;
    double pairs = 0;
    int i = 0;
    for (int b = 0; b < bins && i < order.length; b++) {
      int end = (int) Math.round((b + 1) * order.length / (double) bins);
      // keep equal strata together
      while (end < order.length && end > 0 && stratum[order[end]] == stratum[order[end - 1]]) {
        end++;
      }
      List<Scored> part = new ArrayList<>();
      for (int k = i; k < end; k++) {
        part.add(xs.get(order[k]));
      }
      long pos = part.stream().filter(Scored::positive).count();
      double w = pos * (double) (part.size() - pos);
      if (w > 0) {
        sum += w * auroc(part);
        pairs += w;
      }
      i = end;
    }
    return pairs == 0 ? 0.5 : sum / pairs;
  }
}
