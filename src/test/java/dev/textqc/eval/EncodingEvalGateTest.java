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
    JsonNode floors;
    try (InputStream in = getClass().getResourceAsStream("/eval-floors.json")) {
      floors = new ObjectMapper().readTree(in).get("encoding/ftfy.jsonl");
    }
    SuiteReport rep = suite.run(TestSupport.defaultQc(), shared).get(0);
    List<String> below = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = floors.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      Double v = rep.metrics().get(f.getKey());
      if (v == null || v < f.getValue().asDouble() - 1e-9) {
        below.add(f.getKey() + "=" + v + " (floor " + f.getValue() + ")");
      }
    }
    assertTrue(below.isEmpty(), "scores below their floors: " + below);
  }
}
