package dev.textqc.eval;

import org.junit.jupiter.api.Test;

/**
 * The gate for clean text: on the gold article bodies, the quote, encoding and whitespace rules
 * stay under their ceilings, the synthetic damage is still found, and the boilerplate rules
 * remove no more than their ceiling (a rule that starts eating article text shows there first).
 * Skipped without the shared data.
 */
class CleanProseGateTest {

  @Test
  void goldBodiesStayWithinTheirLimits() throws Exception {
    Gates.assertWithinPinnedLimits(new CleanProseSuite(), 2);
  }
}
