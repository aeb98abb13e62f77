package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate for line-level boilerplate: each file of {@code eval/dev/boilerplate-lines}
 * must stay at or above the floors (and, for {@code max:} metrics, at or below the ceilings) pinned
 * in {@code eval-floors.json} under {@code boilerplate-lines/<file>}. Skipped without the shared
 * data.
 */
class BoilerplateLinesGateTest {

  @Test
  void lineScoresStayWithinTheirPinnedLimits() throws Exception {
    Path shared = TestSupport.shared();
    BoilerplateLinesSuite suite = new BoilerplateLinesSuite();
    assumeTrue(shared != null && suite.available(shared), "no ../shared data");
    JsonNode floors = TestSupport.floors();
    List<String> past = new ArrayList<>();
    int checked = 0;
    for (SuiteReport rep : suite.run(TestSupport.defaultQc(), shared)) {
      if (floors.has(rep.name())) {
        checked++;
        past.addAll(Floors.violations(floors, rep.name(), rep));
      }
    }
    assertEquals(3, checked, "every boilerplate-lines file has pinned limits");
    assertTrue(past.isEmpty(), "scores past their pinned limits: " + past);
  }

  @Test
  void aLineCountsAsRemovedWhenMostOfItsNonSpaceCharactersAreCut() {
    List<String> lines = List.of("Home", "The council met.", "Share  this");
    // "Home\n" cut entirely, "The council met." untouched, "Share  this": 5 of 9 non-space cut
    java.util.BitSet cut = new java.util.BitSet();
    cut.set(0, 5);
    cut.set(22, 28);
    assertEquals(List.of(true, false, true), asList(BoilerplateLinesSuite.removedLines(cut,
        lines)));
  }

  private static List<Boolean> asList(boolean[] a) {
    List<Boolean> out = new ArrayList<>();
    for (boolean b : a) {
      out.add(b);
    }
    return out;
  }
}
