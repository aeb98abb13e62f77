package dev.textqc.rule.kinds;

import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.Example;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.ArrayList;
import java.util.List;

/** What the tests of the rule kinds build their rules from and read their findings with. */
final class KindFixtures {
  private KindFixtures() {}

  /** Metadata with placeholder texts and one example each way, which a rule needs to exist. */
  static RuleMeta meta(String id, String kind, Category category, Stage stage, Action action) {
    return new RuleMeta(id, kind, category, "test", Severity.WARNING, stage, action, 0.9, "test",
        "test", List.of(new Example("x", null)), List.of(new Example("y", null)), "test");
  }

  /** The text of each span the rule reports in {@code text}, in the order it reports them. */
  static List<String> found(Rule rule, String text) {
    List<Annotation> out = new ArrayList<>();
    rule.check(AnalyzedText.of(text), out::add);
    return out.stream().map(a -> a.span().of(text)).toList();
  }
}
