package dev.textqc.detect.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.rule.CharCensus;
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
  void anyMarkSeesEveryCountedMark() {
    QuoteBalanceDetector.StylesKey key = QuoteBalanceDetector.StylesKey.of(STYLES);
    assertFalse(key.anyMark(CharCensus.of("No marks here, only an apostrophe's cousin - and (x).")));
    assertTrue(key.anyMark(CharCensus.of("He said \"yes\".")));
    assertTrue(key.anyMark(CharCensus.of("He said „ja")));
    assertTrue(key.anyMark(CharCensus.of("a ‹ b")));
    assertTrue(key.anyMark(CharCensus.of("a » b")));
  }

  @Test
  void textWithoutMarksHasNoIssuesEitherWay() {
    String text = "No marks here.\n\nNone at all.";
    assertEquals(List.of(), QuoteAnalysis.analyze(text, STYLES));
  }
}
