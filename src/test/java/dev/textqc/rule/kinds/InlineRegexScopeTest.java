package dev.textqc.rule.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.Example;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code requires} and {@code scope: line} are speed-ups only: a rule must report exactly what its
 * regex finds over the whole text with no prefilter. Checked on random texts built from the
 * characters and fragments each built-in rule looks for, mixed with words, spaces and line breaks.
 */
class InlineRegexScopeTest {
  private static final String[] TOKENS = {"the", "The", "word", "Mr", "12", " ", " ", " ", "  ",
      "\t", "\n", "\n", "\n\n", "\r\n", ".", ".", ",", ";", ":", "!", "?", "…", "\"", "”", "“",
      "’", "‘", "'", "»", "«", "(", ")", "[", "]", "[The]", "-", "é", "Ж", "ไ", "😀",
      "\u00A0", "\u202F", "\u2003", "\u2028", "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060",
      "\uFEFF", "\u0007", "\u001A", "\u007F", "\f", "\u000B"};

  private static List<InlineRegexRule> builtin() {
    List<InlineRegexRule> out = new ArrayList<>();
    for (Rule r : TestSupport.builtinRules()) {
      if (r instanceof InlineRegexRule i) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<String> run(Rule rule, String text) {
    List<String> out = new ArrayList<>();
    rule.check(AnalyzedText.of(text), a -> out.add(describe(a)));
    return out;
  }

  private static String describe(Annotation a) {
    return a.span().start() + "-" + a.span().end() + ":" + a.replacement() + ":" + a.action();
  }

  private static String randomText(Random random, List<String> fragments) {
    StringBuilder sb = new StringBuilder();
    int tokens = random.nextInt(60);
    for (int t = 0; t < tokens; t++) {
      if (!fragments.isEmpty() && random.nextInt(6) == 0) {
        sb.append(fragments.get(random.nextInt(fragments.size())));
      } else {
        sb.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    return sb.toString();
  }

  @Test
  void everyBuiltinInlineRuleFindsWhatItsWholeTextRegexFinds() {
    List<InlineRegexRule> rules = builtin();
    assertTrue(rules.stream().anyMatch(r -> r.scope() == InlineRegexRule.Scope.LINE));
    for (InlineRegexRule rule : rules) {
      Rule reference = rule.wholeText();
      Random random = new Random(rule.meta().id().hashCode());
      List<String> fragments = new ArrayList<>(rule.requiresForTest());
      int found = 0;
      for (int i = 0; i < 4000; i++) {
        String text = randomText(random, fragments);
        List<String> expected = run(reference, text);
        assertEquals(expected, run(rule, text), () -> rule.meta().id() + " on "
            + text.replace("\n", "\\n"));
        found += expected.size();
      }
      assertTrue(found > 0, rule.meta().id() + ": the random texts never matched");
    }
  }

  @Test
  void theExamplesToo() {
    for (InlineRegexRule rule : builtin()) {
      Rule reference = rule.wholeText();
      for (Example e : rule.meta().incorrect()) {
        assertEquals(run(reference, e.text()), run(rule, e.text()), rule.meta().id());
      }
      for (Example e : rule.meta().correct()) {
        assertEquals(run(reference, e.text()), run(rule, e.text()), rule.meta().id());
      }
    }
  }

  private static InlineRegexRule rule(String regex, List<String> requires,
      InlineRegexRule.Scope scope) {
    RuleMeta meta = KindFixtures.meta("T", "inline-regex", Category.PUNCTUATION, Stage.INLINE,
        Action.FLAG);
    return new InlineRegexRule(meta, Pattern.compile(regex), "", List.of(), requires, scope);
  }

  @Test
  void lookAroundsSeeAcrossTheLineWindow() {
    InlineRegexRule r = rule("(?<=\\n)x,(?=\\n)", List.of(","), InlineRegexRule.Scope.LINE);
    assertEquals(List.of("3-5:null:FLAG"), run(r, "ab\nx,\ncd"));
    assertEquals(List.of(), run(r, "ab\ny,\ncd"));
  }

  @Test
  void linesWithoutAFragmentAreNotSearched() {
    // the pattern matches "zz" anywhere, but the rule promised its matches sit on lines with a ","
    InlineRegexRule r = rule("zz", List.of(","), InlineRegexRule.Scope.LINE);
    assertEquals(List.of("5-7:null:FLAG"), run(r, "zz\n, zz\nzz"));
    assertFalse(run(rule("zz", List.of(","), InlineRegexRule.Scope.TEXT), "zz\n, zz\nzz")
        .isEmpty());
  }

  @Test
  void manyAnchorsUseOneScanAndMultiCharFragmentsAreConfirmed() {
    List<String> many = List.of("a1", "b", "c", "d", "e", "f", "g", "h");
    InlineRegexRule r = rule("[a-h]\\d?", many, InlineRegexRule.Scope.LINE);
    assertEquals(List.of(), run(r, "xyz\na2\nqq"));
    assertEquals(List.of("4-6:null:FLAG"), run(r, "xyz\na1\nqq"));
    assertEquals(List.of("1-2:null:FLAG", "4-5:null:FLAG"), run(r, "xbx\nc\nqq"));
  }
}
