package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    Gates.assertWithinPinnedLimits(new BoilerplateLinesSuite(), 3);
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
