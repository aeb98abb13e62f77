package dev.textqc.eval;

import dev.textqc.detect.boilerplate.BoostedTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits {@link BoostedTrees} with the logistic loss: each tree is grown depth-first on the
 * gradient and hessian of the current scores (second-order gain, L2 on leaf values), with split
 * candidates at up to 32 quantiles of each feature. Small and exact enough for a few tens of
 * thousands of lines; used by {@link TrainLineModel} only.
 */
final class TreeBooster {
  private static final int BINS = 32;

  private TreeBooster() {}

  static BoostedTrees fit(double[][] x, double[] y, double[] w, int trees, int depth, double rate,
      double lambda) {
    return fit(x, y, w, new Params(trees, depth, rate, lambda, 1, 1, 1, 1));
  }

  /**
   * How to grow the trees: {@code trees} of at most {@code depth} levels, each leaf's value
   * shrunk by {@code rate}, with L2 penalty {@code lambda} on leaf values; no child of a split
   * holds fewer than {@code minLeaf} rows; each tree is grown on a random {@code subsample}
   * share of the rows and may split on a random {@code colsample} share of the features
   * (drawn from {@code seed}, so a fit is repeatable).
   */
  record Params(int trees, int depth, double rate, double lambda, int minLeaf, double subsample,
      double colsample, long seed) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%d trees, depth %d, rate %.2f, lambda %.0f, min leaf %d, subsample %.2f, colsample %.2f",
          trees, depth, rate, lambda, minLeaf, subsample, colsample);
    }
  }

  static BoostedTrees fit(double[][] x, double[] y, double[] w, Params params) {
    int trees = params.trees();
    int depth = params.depth();
    double rate = params.rate();
    double lambda = params.lambda();
    java.util.Random random = new java.util.Random(params.seed());
    int n = x.length;
    int d = x[0].length;
    double[][] cuts = new double[d][];
    int[][] bin = new int[d][n];
    for (int f = 0; f < d; f++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = x[i][f];
      }
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double[] c = new double[BINS];
      int k = 0;
      for (int q = 1; q < BINS; q++) {
        double a = sorted[(int) ((long) q * (n - 1) / BINS)];
        // the cut lies between two distinct values, so x <= cut holds for exactly one side
        int hi = Arrays.binarySearch(sorted, Math.nextUp(a));
        hi = hi < 0 ? -hi - 1 : hi;
        while (hi < n && sorted[hi] <= a) {
          hi++;
        }
        if (hi >= n) {
          continue;
        }
        double cut = (a + sorted[hi]) / 2;
        if (k == 0 || cut > c[k - 1]) {
          c[k++] = cut;
        }
      }
      cuts[f] = Arrays.copyOf(c, k);
      for (int i = 0; i < n; i++) {
        int b = Arrays.binarySearch(cuts[f], v[i]);
        bin[f][i] = b >= 0 ? b : -b - 1; // number of cuts strictly below (x <= cut[b] means bin <= b)
      }
    }
    double pos = 0;
    double all = 0;
    for (int i = 0; i < n; i++) {
      pos += w[i] * y[i];
      all += w[i];
    }
    double base = Math.log(pos / (all - pos));
    double[] score = new double[n];
    Arrays.fill(score, base);
    double[] g = new double[n];
    double[] h = new double[n];
    List<BoostedTrees.Tree> out = new ArrayList<>();
    for (int t = 0; t < trees; t++) {
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-score[i]));
        g[i] = w[i] * (p - y[i]);
        h[i] = w[i] * p * (1 - p);
      }
      boolean[] features = new boolean[d];
      int allowed = 0;
      for (int f = 0; f < d; f++) {
        features[f] = params.colsample() >= 1 || random.nextDouble() < params.colsample();
        allowed += features[f] ? 1 : 0;
      }
      if (allowed == 0) {
        features[random.nextInt(d)] = true;
      }
      Grower grower = new Grower(bin, cuts, g, h, lambda, rate, depth, params.minLeaf(), features);
      int[] rows = new int[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (params.subsample() >= 1 || random.nextDouble() < params.subsample()) {
          rows[m++] = i;
        }
      }
      grower.grow(Arrays.copyOf(rows, m), 0);
      BoostedTrees.Tree tree = grower.tree();
      out.add(tree);
      BoostedTrees one = new BoostedTrees(0, List.of(tree));
      for (int i = 0; i < n; i++) {
        score[i] += one.score(x[i]);
      }
    }
    return new BoostedTrees(base, out);
  }

  private static final class Grower {
    final int[][] bin;
    final double[][] cuts;
    final double[] g;
    final double[] h;
    final double lambda;
    final double rate;
    final int maxDepth;
    final int minLeaf;
    final boolean[] features;
    final List<int[]> splits = new ArrayList<>(); // feature, cutIndex, left, right (or -1 leaf)
    final List<Double> values = new ArrayList<>();

    Grower(int[][] bin, double[][] cuts, double[] g, double[] h, double lambda, double rate,
        int maxDepth, int minLeaf, boolean[] features) {
      this.minLeaf = minLeaf;
      this.features = features;
      this.bin = bin;
      this.cuts = cuts;
      this.g = g;
      this.h = h;
      this.lambda = lambda;
      this.rate = rate;
      this.maxDepth = maxDepth;
    }

    /** Grows the subtree of {@code rows}; returns its node id. */
    int grow(int[] rows, int depth) {
      int id = splits.size();
      splits.add(null);
      values.add(0.0);
      double gs = 0;
      double hs = 0;
      for (int i : rows) {
        gs += g[i];
        hs += h[i];
      }
      int bestF = -1;
      int bestB = -1;
      double bestGain = 1e-9;
      if (depth < maxDepth && rows.length >= Math.max(20, 2 * minLeaf)) {
        double parent = gs * gs / (hs + lambda);
        for (int f = 0; f < bin.length; f++) {
          if (!features[f]) {
            continue;
          }
          int nb = cuts[f].length + 1;
          double[] gb = new double[nb];
          double[] hb = new double[nb];
          int[] cb = new int[nb];
          for (int i : rows) {
            gb[bin[f][i]] += g[i];
            hb[bin[f][i]] += h[i];
            cb[bin[f][i]]++;
          }
          double gl = 0;
          double hl = 0;
          int cl = 0;
          for (int b = 0; b < nb - 1; b++) {
            gl += gb[b];
            hl += hb[b];
            cl += cb[b];
            double gr = gs - gl;
            double hr = hs - hl;
            if (hl < 1e-3 || hr < 1e-3 || cl < minLeaf || rows.length - cl < minLeaf) {
              continue;
            }
            double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
            if (gain > bestGain) {
              bestGain = gain;
              bestF = f;
              bestB = b;
            }
          }
        }
      }
      if (bestF < 0) {
        values.set(id, -gs / (hs + lambda) * rate);
        return id;
      }
      int f = bestF;
      int b = bestB;
      int[] left = Arrays.stream(rows).filter(i -> bin[f][i] <= b).toArray();
      int[] right = Arrays.stream(rows).filter(i -> bin[f][i] > b).toArray();
      int l = grow(left, depth + 1);
      int r = grow(right, depth + 1);
      splits.set(id, new int[] {f, b, l, r});
      return id;
    }

    BoostedTrees.Tree tree() {
      int n = splits.size();
      int[] feature = new int[n];
      double[] threshold = new double[n];
      int[] left = new int[n];
      int[] right = new int[n];
      double[] value = new double[n];
      for (int i = 0; i < n; i++) {
        int[] s = splits.get(i);
        if (s == null) {
          feature[i] = -1;
          value[i] = values.get(i);
        } else {
          feature[i] = s[0];
          threshold[i] = cuts[s[0]][s[1]];
          left[i] = s[2];
          right[i] = s[3];
        }
      }
      return new BoostedTrees.Tree(feature, threshold, left, right, value);
    }
  }
}
