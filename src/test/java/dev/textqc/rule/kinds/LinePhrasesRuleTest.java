package dev.textqc.rule.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.finding.Action;
import dev.textqc.finding.Category;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase rule matches the same lines on its own, in a shared scan, and with nothing to scan. */
class LinePhrasesRuleTest {

  private static LinePhrasesRule rule(String id, List<String> phrases) {
    RuleMeta meta = KindFixtures.meta(id, "line-phrases", Category.BOILERPLATE,
        Stage.BOILERPLATE, Action.REMOVE);
    return new LinePhrasesRule(meta, phrases, LinePhrasesRule.Match.EXACT, 0);
  }

  private static List<String> removed(LinePhrasesRule rule, String text) {
    return KindFixtures.found(rule, text);
  }

  private static final String TEXT = "Advertisement\nThe ferry leaves at nine.\n- - -\n";

  @Test
  void onItsOwnAndInASharedScanTheSameLines() {
    LinePhrasesRule ad = rule("AD", List.of("advertisement"));
    List<String> alone = removed(ad, TEXT);
    assertEquals(List.of("Advertisement\n"), alone);
    LineScan.share(List.of(ad, rule("OTHER", List.of("sign up"))));
    assertEquals(alone, removed(ad, TEXT));
  }

  /** Phrases that normalise to nothing leave the rule nothing to scan for: it matches nothing. */
  @Test
  void phrasesThatReadAsNothingMatchNothingAloneOrShared() {
    LinePhrasesRule empty = rule("EMPTY", List.of("- - -", "   "));
    assertEquals(List.of(), removed(empty, TEXT));
    LineScan.share(List.of(empty));
    assertEquals(List.of(), removed(empty, TEXT));
  }
}
