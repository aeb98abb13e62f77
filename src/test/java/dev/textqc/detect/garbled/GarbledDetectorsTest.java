package dev.textqc.detect.garbled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact spans and fixes of the garbled-text rules, on text with curly quotes and an emoji. */
class GarbledDetectorsTest {

  private static TextQc only(String id) {
    Rule rule = TestSupport.builtinRules().stream().filter(r -> r.meta().id().equals(id))
        .findFirst().orElseThrow();
    return TextQc.of(List.of(rule));
  }

  private static List<String> flagged(String id, String text) {
    Result r = only(id).check(Document.of("t", text));
    return r.annotations().stream().filter(a -> a.rule().equals(id))
        .map(a -> a.span().of(text)).toList();
  }

  @Test
  void brokenSentenceSpansTheWordsAroundTheStrayPeriod() {
    String text = "🙂 “Talks” resumed at the port. after dark the ships left.";
    assertEquals(List.of("port. after"), flagged("MT_BROKEN_SENTENCE", text));
    Result r = only("MT_BROKEN_SENTENCE").check(Document.of("t", text));
    // the emoji takes two UTF-16 units
    assertEquals(new Span(26, 37), r.annotations().get(0).span());
  }

  @Test
  void brokenDateNeedsAClauseWordAfterTheYear() {
    assertEquals(List.of("June. 1998"),
        flagged("MT_BROKEN_SENTENCE", "They met in June. 1998 to sign the pact."));
    assertEquals(List.of(), flagged("MT_BROKEN_SENTENCE", "They met in June. 1998 was dry."));
  }

  @Test
  void fragmentsAreReportedOneSentenceEach() {
    assertEquals(List.of("Were.", "Done. Over."),
        List.of(String.join(" ", flagged("MT_FRAGMENT_SENTENCE",
            "He set up his own. Were.")), String.join(" ", flagged("MT_FRAGMENT_SENTENCE",
            "“We start at dawn. Done. Over.”"))).stream().map(s -> s.replace("”", "")).toList());
  }

  @Test
  void elisionRemnantFixIsExactAndIdempotent() {
    TextQc qc = only("MT_ELISION_REMNANT");
    Result r = qc.check(Document.of("t", "Finland, l Estonia and 🙂 l Italy"));
    assertEquals("Finland, Estonia and 🙂 Italy", r.cleaned());
    assertTrue(r.annotations().stream().allMatch(a -> a.action() == Action.REPLACE));
    assertEquals(r.cleaned(), qc.check(Document.of("t", r.cleaned())).cleaned());
  }

  @Test
  void lowercaseHeadingCoversTheLineWithoutItsBreak() {
    String text = "The talks ended.\n\nwhat comes next for the port\n\nNobody knows.";
    Result r = only("MT_LOWERCASE_HEADING").check(Document.of("t", text));
    assertEquals(List.of(new Span(18, 46)), r.annotations().stream().map(Annotation::span)
        .toList());
  }

  @Test
  void strayCommaAfterAClosedQuoteIsFlaggedNotFixed() {
    String text = "“We will call back to confirm.” ,";
    Result r = only("MT_STRAY_PUNCTUATION").check(Document.of("t", text));
    assertEquals(List.of(".” ,"), r.annotations().stream().map(a -> a.span().of(text)).toList());
    assertEquals(text, r.cleaned());
  }

  @Test
  void garbleScoreFlagsOnlyOnFindings() {
    String longSentence = "word ".repeat(200).strip() + ", a, b, c, d, e, f.";
    assertTrue(GarbleScore.prior(longSentence) < GarbleScore.THRESHOLD);
    Annotation finding = TestSupport.builtinRules().get(0).meta()
        .flag(new Span(0, 4), "x", 0.7);
    Annotation garbled = new Annotation("MT_X", dev.textqc.finding.Category.GARBLED, "fragment",
        finding.severity(), new Span(0, 4), Action.FLAG, null, "m", 0.7);
    assertTrue(GarbleScore.score("Were.", new Span(0, 5), List.of(garbled))
        >= GarbleScore.THRESHOLD);
    assertEquals(GarbleScore.prior("Were."), GarbleScore.score("Were.", new Span(0, 5),
        List.of()), 1e-12);
  }

  @Test
  void abbreviationTest() {
    SentenceSplitter sp = new SentenceSplitter(java.util.Set.of("mr", "gen"));
    String s = "Mr. A. U.S. Gen. End. x .";
    assertTrue(sp.isAbbreviation(s, 2)); // listed word, any case
    assertTrue(sp.isAbbreviation(s, 5)); // an initial
    assertTrue(sp.isAbbreviation(s, 10)); // inner periods: U.S
    assertTrue(sp.isAbbreviation(s, 15));
    assertEquals(false, sp.isAbbreviation(s, 20)); // an ordinary word
    assertEquals(false, sp.isAbbreviation(s, 24)); // no token before the period
    assertEquals(List.of(new Span(0, 25)), sp.splitLine(s));
  }
}
