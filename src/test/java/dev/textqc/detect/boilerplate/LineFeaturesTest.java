package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {
  private final LineFeatures features = new LineFeatures(Set.of("the", "of", "and", "to", "a"));

  private double value(double[] row, String name) {
    return row[LineFeatures.NAMES.indexOf(name)];
  }

  @Test
  void describesEachLineAndItsPlace() {
    List<String> lines = List.of(
        "Home | News | Sport",
        "Posts: 482",
        "The mayor said the end of the works was near, and the bridge would open to traffic.",
        "“We are ready,” she said.",
        "Share");
    double[][] rows = features.of(lines);
    assertEquals(lines.size(), rows.length);
    for (double[] row : rows) {
      assertEquals(LineFeatures.NAMES.size(), row.length);
    }
    assertEquals(1, value(rows[0], "pipe"));
    assertEquals(1, value(rows[0], "aboveProse"));
    assertEquals(1, value(rows[1], "labelColon"));
    assertEquals(1, value(rows[1], "digitsAndColon"));
    assertEquals(1, value(rows[2], "endsSentence"));
    assertEquals(0, value(rows[2], "aboveProse"));
    assertEquals(7 / 17.0, value(rows[2], "functionWords"), 1e-9); // The, the, of, the, and, the, to
    assertEquals(1, value(rows[3], "endsSentence")); // the period inside the closing quote
    assertEquals(1, value(rows[4], "belowProse"));
    assertEquals(1, value(rows[4], "words1"));
    assertEquals(1, value(rows[4], "relativePosition"));
    assertEquals(1, value(rows[0], "logShortRun") > 0 ? 1 : 0);
  }

  @Test
  void countsRepetitionWithinThePage() {
    double[][] rows = features.of(List.of("Share", "Some text here.", "share "));
    assertEquals(1, value(rows[0], "repeatedInPage"));
    assertEquals(0, value(rows[1], "repeatedInPage"));
  }

  @Test
  void anEmptyPageHasNoRows() {
    assertEquals(0, features.of(List.of()).length);
  }

  @Test
  void theLookedUpLogarithmIsTheJdkOne() {
    for (int count : new int[] {0, 1, 6, 8, 4095, 4096, 100_000}) {
      assertEquals(Math.log1p(count), LineFeatures.log1p(count), 0.0);
    }
  }
}
