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
}
