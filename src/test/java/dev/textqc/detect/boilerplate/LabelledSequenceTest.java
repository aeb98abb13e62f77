package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledSequenceTest {

  /** Whether line {@code i} of the lines (none blank) is in a labelled sequence. */
  private static boolean inSequence(List<String> lines, int i) {
    String text = String.join("\n", lines);
    int[] start = new int[lines.size()];
    int[] end = new int[lines.size()];
    int at = 0;
    for (int j = 0; j < lines.size(); j++) {
      start[j] = at;
      end[j] = at + lines.get(j).length();
      at = end[j] + 1;
    }
    return LabelledSequence.contains(text, start, end, lines.size(), i);
  }

  @Test
  void readsTheNumberAndTheLabelOnEitherSide() {
    assertEquals(new LabelledSequence.Item(4, "etapa"),
        LabelledSequence.item("4a etapa: 06 de maio – Londrina"));
    assertEquals(new LabelledSequence.Item(2, "round"),
        LabelledSequence.item("2nd round: the harbour crossing"));
    assertEquals(new LabelledSequence.Item(3, "step"),
        LabelledSequence.item("Step 3: tie the bow line"));
    assertEquals(new LabelledSequence.Item(12, "day"), LabelledSequence.item("- Day 12 – Oslo"));
    assertNull(LabelledSequence.item("Harbour news"));
    assertNull(LabelledSequence.item("Step 3b: tie the bow line"));
    assertNull(LabelledSequence.item("2019 season"), "four digits are a year, not an item");
    assertNull(LabelledSequence.item("RSS 0.91 feed"), "a version number is no item");
  }

  @Test
  void aCalendarIsASequenceFromEachOfItsLines() {
    List<String> calendar = List.of("Race calendar", "1a etapa: 10 de março – Interlagos",
        "2a etapa: 8 de abril – Curitiba", "3a etapa: 22 de abril – Velopark", "Contact");
    assertFalse(inSequence(calendar, 0));
    for (int i = 1; i <= 3; i++) {
      assertTrue(inSequence(calendar, i), calendar.get(i));
    }
    assertFalse(inSequence(calendar, 4));
    assertTrue(inSequence(List.of("Day 1 – Oslo", "Day 2 – Bergen", "Day 3 – Tromsø"), 1));
  }

  @Test
  void noSequenceWithoutOneLabelCountingUpByOne() {
    // a ranking widget: numbered, but no label its items share
    assertFalse(inSequence(List.of("1. Ferries (2)", "2. Harbour (1)", "3. Weather (-)"), 1));
    // two lines are no sequence
    assertFalse(inSequence(List.of("Step 1: untie", "Step 2: push off", "Home"), 0));
    // a gap in the numbers
    assertFalse(inSequence(List.of("Step 1: untie", "Step 3: push off", "Step 4: row"), 0));
    // labels differ
    assertFalse(inSequence(List.of("Step 1: untie", "Day 2: push off", "Step 3: row"), 0));
  }
}
