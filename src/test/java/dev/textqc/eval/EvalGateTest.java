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
 * The accuracy gate: the seeds suite must stay at or above the floors pinned in
 * {@code eval-floors.json} (metrics prefixed {@code max:} are ceilings). Floors only go up.
 * Skipped when the shared evaluation data is not present.
 */
class EvalGateTest {

  @Test
  void seedScoresStayAboveTheirFloors() throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(shared != null && new SeedsSuite().available(shared), "no ../shared data");
    JsonNode floors;
    try (InputStream in = getClass().getResourceAsStream("/eval-floors.json")) {
      floors = new ObjectMapper().readTree(in).get("seeds");
    }
    SuiteReport rep = new SeedsSuite().run(TestSupport.defaultQc(), shared).get(0);
    List<String> below = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = floors.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      boolean ceiling = f.getKey().startsWith("max:");
      String metric = ceiling ? f.getKey().substring(4) : f.getKey();
      Double v = rep.metrics().get(metric);
      if (v == null || (ceiling ? v > f.getValue().asDouble() + 1e-9
          : v < f.getValue().asDouble() - 1e-9)) {
        below.add(metric + "=" + v + " (" + (ceiling ? "ceiling " : "floor ") + f.getValue()
            + ")");
      }
    }
    assertTrue(below.isEmpty(), "scores past their pinned limits: " + below);
  }
}
