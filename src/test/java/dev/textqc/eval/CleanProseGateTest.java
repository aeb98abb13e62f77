package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gate for clean text: on the gold article bodies, the quote, encoding and whitespace rules
 * stay under their ceilings, the synthetic damage is still found, and the boilerplate rules
 * remove no more than their ceiling (a rule that starts eating article text shows there first).
 * Skipped without the shared data.
 */
class CleanProseGateTest {

  @Test
  void goldBodiesStayWithinTheirLimits() throws Exception {
    Path shared = TestSupport.shared();
    CleanProseSuite suite = new CleanProseSuite();
    assumeTrue(shared != null && suite.available(shared), "no ../shared boilerplate-html data");
    List<SuiteReport> reports = suite.run(TestSupport.defaultQc(), shared);
    assertEquals(2, reports.size(), "both gold files are read");
    for (SuiteReport rep : reports) {
      assertTrue(TestSupport.floors().has(rep.name()), rep.name() + " limits are pinned");
      List<String> outside = Floors.violations(TestSupport.floors(), rep.name(), rep);
      assertTrue(outside.isEmpty(), "scores outside their limits: " + outside);
    }
  }
}
