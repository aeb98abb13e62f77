package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TestSupport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    JsonNode floors;
    try (InputStream in = MtSuitesGateTest.class.getResourceAsStream("/eval-floors.json")) {
      floors = new ObjectMapper().readTree(in);
    }
    List<String> out = new ArrayList<>();
    int checked = 0;
    for (SuiteReport rep : suite.run(TestSupport.defaultQc(), shared)) {
      String key = rep.name().contains(" (") ? rep.name().substring(0, rep.name().indexOf(" ("))
          : rep.name();
      JsonNode f = floors.get(key);
      if (f == null) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        boolean ceiling = e.getKey().startsWith("max:");
        String metric = ceiling ? e.getKey().substring(4) : e.getKey();
        Double v = rep.metrics().get(metric);
        checked++;
        if (v == null || (ceiling ? v > e.getValue().asDouble() + 1e-9
            : v < e.getValue().asDouble() - 1e-9)) {
          out.add(key + " " + metric + "=" + v + " (limit " + e.getValue() + ")");
        }
      }
    }
    assertTrue(checked > 0, "no limits pinned for " + suite.name());
    assertTrue(out.isEmpty(), "scores past their pinned limits: " + out);
  }
}
