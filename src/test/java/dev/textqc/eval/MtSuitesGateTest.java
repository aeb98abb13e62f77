package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate for the MT suites: {@code mt-detect} and {@code garble-segments} scores per
 * data file must stay within the limits pinned in {@code eval-floors.json} under
 * {@code <suite>/<file>} (metrics prefixed {@code max:} are ceilings). Skipped when the shared
 * evaluation data is not present.
 */
class MtSuitesGateTest {

  @Test
  void mtDetectScoresStayAboveTheirFloors() throws Exception {
    check(new MtDetectSuite());
  }

  @Test
  void garbleSegmentScoresStayWithinTheirLimits() throws Exception {
    check(new GarbleSegmentsSuite());
  }

  private static void check(Suite suite) throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(shared != null && suite.available(shared), "no ../shared eval data");
    JsonNode floors = TestSupport.floors();
    List<String> out = new ArrayList<>();
    int checked = 0;
    for (SuiteReport rep : suite.run(TestSupport.defaultQc(), shared)) {
      String key = rep.name().contains(" (") ? rep.name().substring(0, rep.name().indexOf(" ("))
          : rep.name();
      if (floors.has(key)) {
        checked += floors.get(key).size();
        out.addAll(Floors.violations(floors, key, rep));
      }
    }
    assertTrue(checked > 0, "no limits pinned for " + suite.name());
    assertTrue(out.isEmpty(), "scores past their pinned limits: " + out);
  }
}
