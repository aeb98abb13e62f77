package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The accuracy gates' one check: a suite's reports against the limits in eval-floors.json. */
final class Gates {
  private Gates() {}

  /**
   * Runs the suite on the shared data (the test is skipped without it) and asserts that
   * {@code reports} of its reports have pinned limits and that none is past them: below a floor,
   * or above a {@code max:} ceiling.
   */
  static void assertWithinPinnedLimits(Suite suite, int reports) throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(shared != null && suite.available(shared), "no ../shared data for " + suite.name());
    JsonNode floors = TestSupport.floors();
    List<String> past = new ArrayList<>();
    int checked = 0;
    for (SuiteReport rep : suite.run(TestSupport.defaultQc(), shared)) {
      if (floors.has(rep.name())) {
        checked++;
        past.addAll(Floors.violations(floors, rep.name(), rep));
      }
    }
    assertEquals(reports, checked, "reports of " + suite.name() + " with pinned limits");
    assertTrue(past.isEmpty(), "scores past their pinned limits: " + past);
  }
}
