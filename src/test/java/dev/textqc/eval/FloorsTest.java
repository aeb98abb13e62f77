package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of pinned limits shared by the CLI and the test gates. */
class FloorsTest {

  @Test
  void floorsCeilingsAndMissingMetricsAreReported() throws Exception {
    JsonNode all = new ObjectMapper().readTree(
        "{\"s\": {\"f1\": 0.9, \"max:loss\": 0.1, \"recall\": 0.5}, \"other\": {\"x\": 1}}");
    SuiteReport rep = new SuiteReport("s").put("f1", 0.89).put("loss", 0.2);
    assertEquals(List.of("s f1: 0.8900, floor 0.9000", "s loss: 0.2000, ceiling 0.1000",
        "s recall: not reported"), Floors.violations(all, "s", rep));
    SuiteReport ok = new SuiteReport("s").put("f1", 0.9).put("loss", 0.1).put("recall", 0.5);
    assertEquals(List.of(), Floors.violations(all, "s", ok));
    assertEquals(List.of(), Floors.violations(all, "unpinned", ok));
  }

  @Test
  void aScoresObjectIsCheckedOnlyForTheSuitesItHolds() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode all = m.readTree("{\"s\": {\"f1\": 0.9}, \"other\": {\"x\": 1}}");
    assertEquals(List.of("s f1: 0.5000, floor 0.9000"),
        Floors.violations(all, m.readTree("{\"s\": {\"f1\": 0.5}}")));
  }
}
