package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AUROC, and AUROC among examples of one stratum, on tiny hand-checked sets. */
class RocTest {
  private static Roc.Scored s(double score, boolean positive) {
    return new Roc.Scored(score, positive);
  }

  @Test
  void aurocCountsOrderedPairsAndHalfTies() {
    assertEquals(1.0, Roc.auroc(List.of(s(0, false), s(1, true))));
    assertEquals(0.0, Roc.auroc(List.of(s(1, false), s(0, true))));
    assertEquals(0.5, Roc.auroc(List.of(s(1, false), s(1, true))));
  }

  @Test
  void aScoreThatOnlyFollowsTheStratumGetsAHalfWithinStrata() {
    // most long items are positive, so the length ranks well pooled, but not within a length
    List<Roc.Scored> xs = new ArrayList<>();
    double[] length = new double[8];
    for (int i = 0; i < 8; i++) {
      length[i] = i < 4 ? 10 : 40;
      xs.add(s(length[i], i < 4 ? i == 0 : i != 4));
    }
    assertEquals(0.5, Roc.stratifiedAuroc(xs, length, 2));
    assertEquals(0.75, Roc.auroc(xs));
  }

  @Test
  void aScoreThatRanksWithinEachStratumGetsOne() {
    List<Roc.Scored> xs = List.of(s(0.1, false), s(0.9, true), s(0.2, false), s(0.8, true));
    double[] length = {10, 10, 40, 40};
    assertEquals(1.0, Roc.stratifiedAuroc(xs, length, 2));
    // pooled, the same scores still rank perfectly; a reversed stratum halves it
    List<Roc.Scored> mixed = List.of(s(0.1, false), s(0.9, true), s(0.8, false), s(0.2, true));
    assertEquals(0.5, Roc.stratifiedAuroc(mixed, length, 2));
  }
}
