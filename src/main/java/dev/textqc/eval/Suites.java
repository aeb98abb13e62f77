package dev.textqc.eval;

import java.util.List;

/** Every evaluation suite textqc knows. */
public final class Suites {
  private Suites() {}

  public static List<Suite> all() {
    return List.of(new SeedsSuite(), new BoilerplateLinesSuite(), new HtmlBoilerplateSuite(), new EncodingSuite(), new CleanProseSuite(), new GarbleSegmentsSuite(), new MtDetectSuite(), new SpeedSuite());
  }
}
