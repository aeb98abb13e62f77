package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineModelDetectorTest {

  private static void same(double p) {
    assertEquals(String.format(Locale.ROOT, "%.2f", p), LineModelDetector.twoDecimals(p),
        "p = " + p);
  }

  @Test
  void formatsTheScoreAsTheFormatterDoes() {
    Random random = new Random(3);
    for (int i = 0; i < 200_000; i++) {
      same(random.nextDouble());
      same(1 / (1 + Math.exp(-random.nextGaussian() * 4)));
    }
    // on and next to every half hundredth, where rounding half up decides
    for (int k = 0; k <= 200; k++) {
      double p = k / 200.0;
      same(p);
      same(Math.nextUp(p));
      same(Math.nextDown(p));
      same(p + 1e-7);
      same(p - 1e-7);
    }
    for (double p : new double[] {0, 1, Double.MIN_VALUE, 0.995, 0.125, 0.9, 0.905, -0.0}) {
      same(p);
    }
  }
}
