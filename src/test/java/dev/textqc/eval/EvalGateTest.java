package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.List;
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
    SuiteReport rep = new SeedsSuite().run(TestSupport.defaultQc(), shared).get(0);
    List<String> below = Floors.violations("seeds", TestSupport.floors().get("seeds"),
        rep.metrics()::get);
    assertTrue(below.isEmpty(), "scores past their pinned limits: " + below);
  }
}
