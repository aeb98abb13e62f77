package dev.textqc.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LanguageTool stage on two short texts (LanguageTool takes seconds to start, so this test
 * checks as little text as it can): it is off by default, its findings are flags with
 * {@code LT:} ids, and cascade mode leaves short plain sentences unchecked.
 */
class LanguageToolRuleTest {
  private static final String DAMAGED = "It rained. He have went to the market on Monday, Tuesday,"
      + " Wednesday and Thursday, and he bought three pears, some bread, a bottle of milk and a"
      + " newspaper for his mother, who waited at home.";

  @Test
  void grammarStageIsOffByDefault() {
    assertFalse(TextQc.create(Config.defaults()).rules().stream()
        .anyMatch(r -> r instanceof LanguageToolRule));
  }

  @Test
  void flagsAgreementInASuspiciousSentenceAndSkipsPlainShortOnes() {
    TextQc qc = TextQc.create(Config.defaults().withGrammar(true)
        .withEnable(java.util.Set.of("MT_LANGUAGETOOL")));
    Result r = qc.check(Document.of("t", DAMAGED + " She have a cat."));
    List<Annotation> lt = r.annotations().stream().filter(a -> a.rule().startsWith("LT:"))
        .toList();
    assertTrue(lt.stream().anyMatch(a -> a.span().of(DAMAGED).equals("have")
        && a.span().start() == 14), lt.toString());
    assertTrue(lt.stream().allMatch(a -> a.action() == Action.FLAG));
    // "She have a cat." is short and plain: cascade mode does not send it to LanguageTool
    assertTrue(lt.stream().allMatch(a -> a.span().end() <= DAMAGED.length()), lt.toString());
    assertEquals(DAMAGED + " She have a cat.", r.cleaned());
  }
}
