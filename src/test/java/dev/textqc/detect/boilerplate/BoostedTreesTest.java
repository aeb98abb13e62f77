package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
