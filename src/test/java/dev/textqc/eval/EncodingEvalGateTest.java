package dev.textqc.eval;

import org.junit.jupiter.api.Test;

/**
 * The accuracy gate for the encoding repair: ftfy's cases must stay at or above the floors pinned
 * in {@code eval-floors.json} (every negative untouched). Skipped without the shared data.
 */
class EncodingEvalGateTest {

  @Test
  void ftfyScoresStayAboveTheirFloors() throws Exception {
    Gates.assertWithinPinnedLimits(new EncodingSuite(), 1);
  }
}
