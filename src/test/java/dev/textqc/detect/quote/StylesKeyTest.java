package dev.textqc.detect.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StylesKeyTest {
  private static final List<QuoteStyle> STYLES = QuoteStyle.parse(List.of(
      "english “ ” ‘ ’ tight", "german „ “ ‚ ‘ tight", "french « » ‹ › spaced"), "test");

  @Test
  void equalStyleListsShareOneKey() {
    assertSame(QuoteBalanceDetector.StylesKey.of(STYLES),
        QuoteBalanceDetector.StylesKey.of(List.copyOf(STYLES)));
  }

  @Test
  void everyCountedMarkIsSeen() {
    // each of these opens a quotation that is never closed
    for (String text : List.of("He said \"yes and left.", "He said „ja und ging.",
        "Il a dit « oui et partit.", "He said “yes and left.")) {
      assertFalse(QuoteAnalysis.analyze(text, STYLES).isEmpty(), text);
    }
    assertTrue(QuoteAnalysis.analyze("No marks here, only an apostrophe's cousin - and (x).",
        STYLES).isEmpty());
  }

  @Test
  void textWithoutMarksHasNoIssuesEitherWay() {
    String text = "No marks here.\n\nNone at all.";
    assertEquals(List.of(), QuoteAnalysis.analyze(text, STYLES));
  }
}
