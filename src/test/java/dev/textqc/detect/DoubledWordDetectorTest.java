package dev.textqc.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The array pass reports exactly what the plain character loop reports, on random texts dense in
 * repeated words, case variants, joiners, runs of spaces and tabs and non-ASCII letters whose
 * case-blind comparison is not a simple ASCII fold.
 */
class DoubledWordDetectorTest {
  private static final String[] WORDS = {"the", "The", "THE", "a", "A", "ab", "to", "had",
      "that", "é", "É", "ß", "ss", "k", "\u212A", "ı", "I", "i", "İ", "ſ", "s", "Straße", "x",
      "'", "’", "-", "_", "1", ",", ".", "(", "😀"};
  private static final String[] GAPS = {" ", " ", " ", "  ", "", "\n", ",", " (", "\u00A0", "\t",
      " \t"};

  private static DoubledWordDetector detector() {
    for (Rule r : TestSupport.builtinRules()) {
      if (r instanceof DoubledWordDetector d) {
        return d;
      }
    }
    throw new AssertionError("REP_DOUBLED_WORD is not a doubled-word detector");
  }

  @Test
  void theArrayPassReportsWhatTheCharacterLoopReports() {
    DoubledWordDetector d = detector();
    Random random = new Random(20261122);
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder sb = new StringBuilder();
      int tokens = random.nextInt(10);
      for (int t = 0; t < tokens; t++) {
        sb.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      String text = sb.toString();
      List<Annotation> expected = new ArrayList<>();
      d.checkEachChar(text, expected::add);
      List<Annotation> actual = new ArrayList<>();
      d.check(AnalyzedText.of(text), actual::add);
      assertEquals(expected, actual, text);
      found += expected.size();
    }
    assertTrue(found > 1_000, "the random texts hold doubled words: " + found);
  }

  // a page that doubles the same word over and over keeps one string of it, not one a finding
  @Test
  void findingsOfTheSameWordShareItsString() {
    List<Annotation> out = new ArrayList<>();
    detector().check(AnalyzedText.of("word word word word, the the, word word"), out::add);
    assertEquals(List.of("word", "word", "the", "word"),
        out.stream().map(Annotation::replacement).toList());
    assertSame(out.get(0).replacement(), out.get(1).replacement());
    assertEquals(out.get(0).replacement(), out.get(3).replacement());
  }

  @Test
  void tabsStillSeparateAPair() {
    List<Annotation> out = new ArrayList<>();
    detector().check(AnalyzedText.of("and the\tthe end"), out::add);
    assertEquals(1, out.size());
    assertEquals("the", out.get(0).replacement());
  }
}
