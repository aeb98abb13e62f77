package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate for the encoding repair: ftfy's cases must stay at or above the floors pinned
 * in {@code eval-floors.json} (every negative untouched). Skipped without the shared data. The
 * slower clean-prose floors in the same file are checked by {@code textqc eval --floors}.
 */
class EncodingEvalGateTest {

  @Test
  void ftfyScoresStayAboveTheirFloors() throws Exception {
    Path shared = TestSupport.shared();
    EncodingSuite suite = new EncodingSuite();
    assumeTrue(shared != null && suite.available(shared), "no ../shared encoding data");
    SuiteReport rep = suite.run(TestSupport.defaultQc(), shared).get(0);
    List<String> below = Floors.violations(TestSupport.floors(), "encoding/ftfy.jsonl", rep);
    assertTrue(TestSupport.floors().has("encoding/ftfy.jsonl"), "ftfy limits are pinned");
    assertTrue(below.isEmpty(), "scores below their floors: " + below);
  }
}
