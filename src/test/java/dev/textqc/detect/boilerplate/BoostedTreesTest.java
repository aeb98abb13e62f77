package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  private static final List<String> NAMES = List.of("a", "b");
  private static final List<String> MODEL = List.of(
      "# two trees",
      "base -1",
      "tree",
      "split 0 a 0.5 1 2",
      "leaf 1 -2",
      "split 2 b 3 3 4",
      "leaf 3 1",
      "leaf 4 2.5",
      "tree",
      "leaf 0 0.25");

  @Test
  void sumsTheBaseAndOneLeafPerTree() {
    BoostedTrees trees = BoostedTrees.parse(MODEL, NAMES);
    assertEquals(2, trees.size());
    assertEquals(-1 - 2 + 0.25, trees.score(new double[] {0.5, 9}), 1e-12); // at most: left
    assertEquals(-1 + 1 + 0.25, trees.score(new double[] {0.7, 3}), 1e-12);
    assertEquals(-1 + 2.5 + 0.25, trees.score(new double[] {0.7, 3.1}), 1e-12);
    assertTrue(trees.probability(new double[] {0.7, 3.1}) > 0.8);
  }

  @Test
  void formatReadsBackToTheSameModel() {
    BoostedTrees trees = BoostedTrees.parse(MODEL, NAMES);
    BoostedTrees again = BoostedTrees.parse(List.of(trees.format(NAMES).split("\n")), NAMES);
    for (double[] x : new double[][] {{0, 0}, {0.6, 2}, {0.6, 4}, {1e9, -1e9}}) {
      assertEquals(trees.score(x), again.score(x), 1e-9);
    }
  }

  @Test
  void rejectsUnknownFeaturesAndBrokenNodes() {
    assertThrows(IllegalArgumentException.class,
        () -> BoostedTrees.parse(List.of("tree", "split 0 zzz 1 1 2", "leaf 1 0", "leaf 2 0"), NAMES));
    assertThrows(IllegalArgumentException.class,
        () -> BoostedTrees.parse(List.of("tree", "split 0 a 1 0 2", "leaf 1 0", "leaf 2 0"), NAMES));
    assertThrows(IllegalArgumentException.class,
        () -> BoostedTrees.parse(List.of("tree", "leaf 0 x"), NAMES));
    assertThrows(IllegalArgumentException.class, () -> BoostedTrees.parse(List.of("bush"), NAMES));
  }

  /** A random tree of at most {@code depth} levels, nodes in id order, children after parents. */
  private static BoostedTrees.Tree randomTree(Random random, int depth, double[] cuts) {
    List<int[]> shape = new ArrayList<>(); // {feature, left, right}
    List<Double> values = new ArrayList<>();
    grow(random, depth, cuts, shape, values);
    int n = shape.size();
    int[] feature = new int[n];
    double[] threshold = new double[n];
    int[] left = new int[n];
    int[] right = new int[n];
    double[] value = new double[n];
    for (int i = 0; i < n; i++) {
      feature[i] = shape.get(i)[0];
      left[i] = shape.get(i)[1];
      right[i] = shape.get(i)[2];
      (feature[i] < 0 ? value : threshold)[i] = values.get(i);
    }
    return new BoostedTrees.Tree(feature, threshold, left, right, value);
  }

  private static int grow(Random random, int depth, double[] cuts, List<int[]> shape,
      List<Double> values) {
    int id = shape.size();
    if (depth == 0 || random.nextInt(5) == 0) {
      shape.add(new int[] {-1, 0, 0});
      values.add(random.nextGaussian());
      return id;
    }
    int[] node = {random.nextInt(2), 0, 0};
    shape.add(node);
    values.add(cuts[random.nextInt(cuts.length)]);
    node[1] = grow(random, depth - 1, cuts, shape, values);
    node[2] = grow(random, depth - 1, cuts, shape, values);
    return id;
  }

  private static double walk(double base, List<BoostedTrees.Tree> trees, double[] x) {
    double s = base;
    for (BoostedTrees.Tree t : trees) {
      int i = 0;
      while (t.feature()[i] >= 0) {
        i = x[t.feature()[i]] <= t.threshold()[i] ? t.left()[i] : t.right()[i];
      }
      s += t.value()[i];
    }
    return s;
  }

  @Test
  void scoresExactlyAsWalkingEachTreeDoes() {
    // thresholds and values on and around each other, -0.0 included
    double[] cuts = {-0.0, 0.0, 0.5, 1, -1, 1e-300, -1e-300, Double.MIN_VALUE, 3, 1e300, -1e300};
    Random random = new Random(11);
    for (int model = 0; model < 300; model++) {
      int depth = 1 + random.nextInt(model % 3 == 0 ? 9 : 4); // deeper than complete trees go
      List<BoostedTrees.Tree> trees = new ArrayList<>();
      for (int k = random.nextInt(30); k >= 0; k--) {
        trees.add(randomTree(random, depth, cuts));
      }
      double base = random.nextGaussian();
      BoostedTrees model3 = new BoostedTrees(base, trees);
      for (int probe = 0; probe < 50; probe++) {
        double[] x = {cuts[random.nextInt(cuts.length)],
            random.nextBoolean() ? cuts[random.nextInt(cuts.length)] : random.nextGaussian()};
        double exact = walk(base, trees, x);
        assertEquals(exact, model3.score(x), 0.0);
        // with a floor: the exact score when it reaches the floor, else a bound below the floor
        double floor = exact + random.nextGaussian() * (probe % 2 == 0 ? 1 : 1e-12);
        double atLeast = model3.score(x, floor);
        if (exact >= floor) {
          assertEquals(exact, atLeast, 0.0);
        } else {
          assertTrue(atLeast < floor && exact <= atLeast + 1e-9, exact + " vs " + atLeast);
        }
      }
    }
  }
}
