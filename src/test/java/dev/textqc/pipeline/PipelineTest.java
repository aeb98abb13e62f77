package dev.textqc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.Stage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineTest {

  private static FakeRule regex(String id, Stage stage, String pattern, Action action,
      String replacement, double confidence) {
    Pattern p = Pattern.compile(pattern);
    return FakeRule.of(id, stage, action, confidence, (text, out) -> {
      Matcher m = p.matcher(text.text());
      while (m.find()) {
        Span s = new Span(m.start(), m.end());
        out.accept(switch (action) {
          case REMOVE -> FakeRuleMeta.remove(id, stage, s, confidence);
          case REPLACE -> FakeRuleMeta.replace(id, stage, s, replacement, confidence);
          case FLAG -> FakeRuleMeta.flag(id, stage, s, confidence);
        });
      }
    });
  }

  @Test
  void overlappingFixesKeepTheMoreConfidentAndFlagTheOther() {
    TextQc qc = TextQc.of(List.of(
        regex("A_RULE", Stage.INLINE, "ab", Action.REPLACE, "X", 0.9),
        regex("B_RULE", Stage.INLINE, "bc", Action.REPLACE, "Y", 0.8)));
    Result r = qc.check(Document.of("t", "abc"));
    assertEquals("Xc", r.cleaned());
    Annotation b = r.annotations().stream().filter(a -> a.rule().equals("B_RULE")).findFirst()
        .orElseThrow();
    assertEquals(Action.FLAG, b.action());
  }

  @Test
  void aLaterRemovalSupersedesAnEarlierFixInside() {
    TextQc qc = TextQc.of(List.of(
        regex("E_FIX", Stage.ENCODING, "Ã©", Action.REPLACE, "é", 0.9),
        regex("BP_LINE", Stage.BOILERPLATE, "(?m)^Caf.*\\n", Action.REMOVE, null, 0.9)));
    String text = "Café adverts\nBody text.";
    Result r = qc.check(Document.of("t", "CafÃ© adverts\nBody text."));
    assertEquals("Body text.", r.cleaned());
    assertEquals(1, r.annotations().size());
    assertEquals(new Span(0, 14), r.annotations().get(0).span());
    assertTrue(text.length() > 0);
  }

  @Test
  void aLaterFixInsidePartOfAnEarlierReplacementKeepsTheRestOfIt() {
    // a mojibake repair yields a zero-width space and the word; removing the zero-width space
    // in the next round must not take the word with it
    TextQc qc = TextQc.of(List.of(
        regex("E_MOJIBAKE", Stage.ENCODING, "Ã¢Â€Â‹Business", Action.REPLACE, "\u200bBusiness", 0.9),
        regex("E_ZERO_WIDTH", Stage.ENCODING, "\u200b", Action.REMOVE, null, 0.9)));
    String original = "Intro.\nÃ¢Â€Â‹Business Plan: grow.";
    Result r = qc.check(Document.of("t", original));
    assertEquals("Intro.\nBusiness Plan: grow.", r.cleaned());
    assertEquals(original, Result.rebuildOriginal(r.cleaned(), r.annotations(), original));
    Annotation repair = r.annotations().stream().filter(a -> a.action() != Action.FLAG)
        .findFirst().orElseThrow();
    assertEquals("E_MOJIBAKE", repair.rule());
    assertEquals("Business", repair.replacement());
    assertTrue(r.annotations().stream().anyMatch(a -> a.rule().equals("E_ZERO_WIDTH")));
    assertEquals(r.cleaned(), qc.check(Document.of("t", r.cleaned())).cleaned());
  }

  @Test
  void theBuiltInRulesKeepAWordWhoseMojibakeHidesAZeroWidthSpace() {
    TextQc qc = TextQc.create(dev.textqc.Config.defaults());
    String original = "Our guide.\n\u00e2\u0080\u008bBusiness Plan: write it first.";
    Result r = qc.check(Document.of("t", original));
    assertTrue(r.cleaned().contains("Business Plan: write it first."), r.cleaned());
    assertEquals(original, Result.rebuildOriginal(r.cleaned(), r.annotations(), original));
  }

  @Test
  void aLaterFixAcrossPartOfAnEarlierReplacementKeepsTheRestOfIt() {
    TextQc qc = TextQc.of(List.of(
        regex("E_FIX", Stage.ENCODING, "Ã©", Action.REPLACE, "é é", 0.9),
        regex("P_SPACES", Stage.INLINE, "é é\\.", Action.REPLACE, "é.", 0.9)));
    String original = "Caf" + "Ã©. Done.";
    Result r = qc.check(Document.of("t", original));
    assertEquals("Café. Done.", r.cleaned());
    assertEquals(original, Result.rebuildOriginal(r.cleaned(), r.annotations(), original));
  }

  @Test
  void laterStagesReportInOriginalCoordinates() {
    TextQc qc = TextQc.of(List.of(
        regex("BP_AD", Stage.BOILERPLATE, "(?m)^AD\\n", Action.REMOVE, null, 0.9),
        regex("P_DOUBLE", Stage.INLINE, "\\. \\.", Action.REPLACE, ".", 0.9)));
    String original = "AD\nHello. .";
    Result r = qc.check(Document.of("t", original));
    assertEquals("Hello.", r.cleaned());
    Annotation fix = r.annotations().stream().filter(a -> a.rule().equals("P_DOUBLE"))
        .findFirst().orElseThrow();
    assertEquals(". .", fix.span().of(original));
    assertEquals(original, Result.rebuildOriginal(r.cleaned(), r.annotations(), original));
  }

  static Stream<Throwable> ruleCrashes() {
    // an exception, and an Error that is the rule's own bug rather than the JVM's
    return Stream.of(new IllegalStateException("kaboom"), new AssertionError("unreachable state"));
  }

  @ParameterizedTest
  @MethodSource("ruleCrashes")
  void aCrashingRuleIsReportedByIdAndTheOthersStillRun(Throwable crash) {
    FakeRule boom = FakeRule.of("X_BOOM", Stage.INLINE, Action.FLAG, 0.5, (t, out) -> {
      if (crash instanceof Error e) {
        throw e;
      }
      throw (RuntimeException) crash;
    });
    TextQc qc = TextQc.of(List.of(boom,
        regex("P_DOUBLE", Stage.INLINE, "\\. \\.", Action.REPLACE, ".", 0.9)));
    Result r = qc.check(Document.of("doc.txt", "Hi. ."));
    assertEquals("Hi.", r.cleaned());
    assertEquals(1, r.failures().size());
    assertEquals("X_BOOM", r.failures().get(0).ruleId());
    assertTrue(r.failures().get(0).message().contains(crash.getMessage()));
  }

  @Test
  void changesThatAppearOnlyAfterAFixAreCaughtInTheNextRound() {
    // removing "xx" joins "a" and "a" into a doubled word that the same rules see next round
    TextQc qc = TextQc.of(List.of(
        regex("R_XX", Stage.INLINE, "xx ", Action.REMOVE, null, 0.9),
        regex("R_DOUBLE", Stage.INLINE, "\\b(\\w+) \\1\\b", Action.REPLACE, "a", 0.9)));
    Result r = qc.check(Document.of("t", "a xx a b"));
    assertEquals("a b", r.cleaned());
    assertEquals("a b", qc.check(Document.of("t", r.cleaned())).cleaned());
  }
}
