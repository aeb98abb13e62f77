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
  }

  public double score(double[] x) {
    double s = base;
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
