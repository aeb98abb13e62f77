package dev.textqc.detect.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sum of small regression trees over named features (gradient-boosted trees with the logistic
 * loss): the score is the base value plus one leaf value per tree, and {@link #probability} turns
 * it into a probability. Trees catch what one weighted sum cannot: a one-word line is menu text
 * in a run of links and a heading above a paragraph.
 *
 * <p>Text form, one entry per line: {@code base V}, then per tree {@code tree}, followed by its
 * nodes in id order, {@code split ID FEATURE THRESHOLD LEFT RIGHT} (go left when the feature is at
 * most the threshold) or {@code leaf ID VALUE}.
 */
public final class BoostedTrees {
  private final double base;
  private final Tree[] trees;

  /** One tree; {@code feature[i] < 0} marks a leaf with {@code value[i]}. */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
  }

  // every tree's nodes in one set of arrays (children as absolute indices), so scoring walks
  // contiguous memory instead of chasing one object per tree
  private final int[] roots;
  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;

  /** Trees deeper than this are walked node by node; shallower ones are padded to complete. */
  private static final int MAX_COMPLETE_DEPTH = 6;

  // the same trees as complete binary trees of one depth, in heap order (the children of split h
  // are 2h+1 and 2h+2; a leaf above the last level is repeated below a dummy split): descending
  // one takes arithmetic instead of a branch the processor cannot predict; 0 when too deep
  private final int depth;
  private final int[] heapFeature;
  private final double[] heapThreshold;
  private final double[] heapLeaf;

  // the most trees k.. can still add to a score: their largest leaves summed (k = 0..size)
  private final double[] headroom;

  /**
   * What {@link #score(double[], double)} keeps below the floor when it stops early: the leaves
   * summed in a different order differ from {@link #score(double[])}'s sum by rounding only, many
   * orders of magnitude less.
   */
  private static final double MARGIN = 1e-9;

  public BoostedTrees(double base, List<Tree> trees) {
    this.base = base;
    this.trees = trees.toArray(new Tree[0]);
    int total = 0;
    for (Tree t : trees) {
      total += t.feature().length;
    }
    roots = new int[trees.size()];
    feature = new int[total];
    threshold = new double[total];
    left = new int[total];
    right = new int[total];
    int at = 0;
    for (int k = 0; k < this.trees.length; k++) {
      Tree t = this.trees[k];
      roots[k] = at;
      for (int i = 0; i < t.feature().length; i++) {
        feature[at + i] = t.feature()[i];
        // a leaf keeps its value where a split keeps its threshold
        threshold[at + i] = t.feature()[i] < 0 ? t.value()[i] : t.threshold()[i];
        left[at + i] = at + t.left()[i];
        right[at + i] = at + t.right()[i];
      }
      at += t.feature().length;
    }
    int d = 0;
    for (Tree t : this.trees) {
      d = Math.max(d, depth(t, 0));
    }
    depth = d <= MAX_COMPLETE_DEPTH ? d : 0;
    int splits = (1 << depth) - 1;
    heapFeature = new int[depth == 0 ? 0 : this.trees.length * splits];
    heapThreshold = new double[heapFeature.length];
    heapLeaf = new double[depth == 0 ? 0 : this.trees.length << depth];
    if (depth > 0) {
      for (int k = 0; k < this.trees.length; k++) {
        fill(this.trees[k], 0, 0, 0, k);
      }
    }
    headroom = new double[this.trees.length + 1];
    for (int k = this.trees.length - 1; k >= 0; k--) {
      double most = Double.NEGATIVE_INFINITY;
      Tree t = this.trees[k];
      for (int i = 0; i < t.feature().length; i++) {
        if (t.feature()[i] < 0) {
          most = Math.max(most, t.value()[i]);
        }
      }
      headroom[k] = headroom[k + 1] + most;
    }
  }

  private static int depth(Tree t, int node) {
    return t.feature()[node] < 0 ? 0
        : 1 + Math.max(depth(t, t.left()[node]), depth(t, t.right()[node]));
  }

  /** Puts {@code node} of tree {@code k} at heap position {@code h}, on level {@code level}. */
  private void fill(Tree t, int node, int h, int level, int k) {
    int splits = (1 << depth) - 1;
    if (level == depth) {
      heapLeaf[(k << depth) + h - splits] = t.value()[node];
      return;
    }
    boolean leaf = t.feature()[node] < 0;
    heapFeature[k * splits + h] = leaf ? 0 : t.feature()[node];
    // + 0.0 turns a -0.0 threshold into 0.0, which the sign test in score() needs
    heapThreshold[k * splits + h] = leaf ? 0 : t.threshold()[node] + 0.0;
    fill(t, leaf ? node : t.left()[node], 2 * h + 1, level + 1, k);
    fill(t, leaf ? node : t.right()[node], 2 * h + 2, level + 1, k);
  }

  public double score(double[] x) {
    if (depth == 3) {
      return score3(x);
    }
    double s = base;
    if (depth > 0) {
      int splits = (1 << depth) - 1;
      for (int k = 0, b = 0; k < trees.length; k++, b += splits) {
        int h = 0;
        for (int level = 0; level < depth; level++) {
          h = 2 * h + 1 + right(x[heapFeature[b + h]], heapThreshold[b + h]);
        }
        s += heapLeaf[(k << depth) + h - splits];
      }
      return s;
    }
    for (int root : roots) {
      int i = root;
      int f;
      while ((f = feature[i]) >= 0) {
        i = x[f] <= threshold[i] ? left[i] : right[i];
      }
      s += threshold[i];
    }
    return s;
  }

  /**
   * {@link #score(double[])} when it is at least {@code floor}, exactly; when it is below, some
   * value below {@code floor}: the trees are summed in order, and the sum stops once even the
   * largest leaves of the trees left could not lift it to {@code floor}. A caller that only acts
   * on high scores skips most of the trees for most inputs.
   */
  public double score(double[] x, double floor) {
    if (depth == 0 || !(floor > Double.NEGATIVE_INFINITY)) {
      return score(x);
    }
    double below = floor - MARGIN;
    if (depth != 3) {
      int splits = (1 << depth) - 1;
      double s = base;
      for (int k = 0, b = 0; k < trees.length; k++, b += splits) {
        int h = 0;
        for (int level = 0; level < depth; level++) {
          h = 2 * h + 1 + right(x[heapFeature[b + h]], heapThreshold[b + h]);
        }
        s += heapLeaf[(k << depth) + h - splits];
        double most = s + headroom[k + 1];
        if (most < below) {
          return most;
        }
      }
      return s;
    }
    int[] f = heapFeature;
    double[] t = heapThreshold;
    double[] v = heapLeaf;
    double[] room = headroom;
    double s = base;
    for (int b = 0, l = 0, k = 1; b < f.length; b += 7, l += 8, k++) {
      int h = 1 + right(x[f[b]], t[b]);
      h = 2 * h + 1 + right(x[f[b + h]], t[b + h]);
      h = 2 * h + 1 + right(x[f[b + h]], t[b + h]);
      s += v[l + h - 7];
      double most = s + room[k];
      if (most < below) {
        return most;
      }
    }
    return s;
  }

  /** {@link #score} for trees of depth 3 (the line model's), with the levels unrolled. */
  private double score3(double[] x) {
    int[] f = heapFeature;
    double[] t = heapThreshold;
    double[] v = heapLeaf;
    double s = base;
    for (int b = 0, l = 0; b < f.length; b += 7, l += 8) {
      int h = 1 + right(x[f[b]], t[b]);
      h = 2 * h + 1 + right(x[f[b + h]], t[b + h]);
      h = 2 * h + 1 + right(x[f[b + h]], t[b + h]);
      s += v[l + h - 7];
    }
    return s;
  }

  /**
   * 1 when {@code x > threshold}, else 0, without a branch: the sign of {@code threshold - x}
   * (never -0.0, since thresholds are not -0.0; features are finite).
   */
  private static int right(double x, double threshold) {
    return (int) (Double.doubleToRawLongBits(threshold - x) >>> 63);
  }

  public double probability(double[] x) {
    return 1 / (1 + Math.exp(-score(x)));
  }

  public int size() {
    return trees.length;
  }

  /** Reads the text form; {@code names} maps feature names to columns. */
  public static BoostedTrees parse(List<String> lines, List<String> names) {
    double base = 0;
    List<Tree> trees = new ArrayList<>();
    List<String[]> nodes = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      switch (f[0]) {
        case "base" -> base = number(f, 1, line);
        case "tree" -> {
          if (!nodes.isEmpty()) {
            trees.add(build(nodes, names));
            nodes.clear();
          }
        }
        case "split", "leaf" -> nodes.add(f);
        default -> throw new IllegalArgumentException("unknown entry: '" + line + "'");
      }
    }
    if (!nodes.isEmpty()) {
      trees.add(build(nodes, names));
    }
    return new BoostedTrees(base, trees);
  }

  private static Tree build(List<String[]> nodes, List<String> names) {
    int n = nodes.size();
    int[] feature = new int[n];
    double[] threshold = new double[n];
    int[] left = new int[n];
    int[] right = new int[n];
    double[] value = new double[n];
    for (String[] f : nodes) {
      String line = String.join(" ", f);
      int id = (int) number(f, 1, line);
      if (id < 0 || id >= n) {
        throw new IllegalArgumentException("node id out of range: '" + line + "'");
      }
      if (f[0].equals("leaf")) {
        feature[id] = -1;
        value[id] = number(f, 2, line);
      } else {
        feature[id] = names.indexOf(f.length > 2 ? f[2] : "");
        if (feature[id] < 0) {
          throw new IllegalArgumentException("unknown feature in '" + line + "'; known: " + names);
        }
        threshold[id] = number(f, 3, line);
        left[id] = (int) number(f, 4, line);
        right[id] = (int) number(f, 5, line);
        if (left[id] <= id || right[id] <= id || left[id] >= n || right[id] >= n) {
          throw new IllegalArgumentException("children must follow their node: '" + line + "'");
        }
      }
    }
    return new Tree(feature, threshold, left, right, value);
  }

  private static double number(String[] f, int i, String line) {
    if (f.length <= i) {
      throw new IllegalArgumentException("missing field " + i + " in '" + line + "'");
    }
    try {
      return Double.parseDouble(f[i]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + f[i] + "' in '" + line + "'");
    }
  }

  /** The text form {@link #parse} reads. */
  public String format(List<String> names) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "base %.6f%n", base));
    for (Tree t : trees) {
      sb.append("tree\n");
      for (int i = 0; i < t.feature().length; i++) {
        if (t.feature()[i] < 0) {
          sb.append(String.format(Locale.ROOT, "leaf %d %.6f%n", i, t.value()[i]));
        } else {
          sb.append(String.format(Locale.ROOT, "split %d %s %.9g %d %d%n", i,
              names.get(t.feature()[i]), t.threshold()[i], t.left()[i], t.right()[i]));
        }
      }
    }
    return sb.toString();
  }
}
