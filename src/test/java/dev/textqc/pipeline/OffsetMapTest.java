package dev.textqc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.document.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  // "0123456789" with [2,4) removed and [6,7) replaced by "XYZ" -> "01" + "45" + "XYZ" + "789"
  private final OffsetMap map = new OffsetMap(List.of(Edit.of(new Span(2, 4), ""),
      Edit.of(new Span(6, 7), "XYZ")));

  @Test
  void unchangedRegionsShift() {
    assertEquals(new Span(0, 2), map.toOriginal(new Span(0, 2)));
    assertEquals(new Span(4, 6), map.toOriginal(new Span(2, 4)));
    assertEquals(new Span(7, 10), map.toOriginal(new Span(7, 10)));
    assertEquals(new Span(7, 10), map.toCleaned(new Span(7, 10)));
    assertEquals(new Span(2, 4), map.toCleaned(new Span(4, 6)));
  }

  @Test
  void spansDoNotSwallowAdjacentRemovals() {
    // cleaned [0,2) ends where the removal was: the original span ends before it
    assertEquals(new Span(0, 2), map.toOriginal(new Span(0, 2)));
    // cleaned [2,3) starts where the removal was: the original span starts after it
    assertEquals(new Span(4, 5), map.toOriginal(new Span(2, 3)));
  }

  @Test
  void spansInsideAReplacementWidenToTheWholeEdit() {
    assertEquals(new Span(6, 7), map.toOriginal(new Span(5, 6)));
    assertEquals(new Span(5, 7), map.toOriginal(new Span(3, 7)));
    assertEquals(new Span(4, 7), map.toCleaned(new Span(6, 7)));
  }

  @Test
  void originalSpanInsideARemovalCollapses() {
    Span c = map.toCleaned(new Span(2, 4));
    assertEquals(c.start(), c.end());
  }

  @Test
  void identityMapsEverythingToItself() {
    OffsetMap id = OffsetMap.identity();
    assertEquals(new Span(3, 9), id.toOriginal(new Span(3, 9)));
    assertEquals(new Span(3, 9), id.toCleaned(new Span(3, 9)));
  }
}
