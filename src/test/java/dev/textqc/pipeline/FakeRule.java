package dev.textqc.pipeline;

import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.Example;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A rule made from a lambda, for pipeline tests. */
record FakeRule(RuleMeta meta, BiConsumer<AnalyzedText, Consumer<Annotation>> body)
    implements Rule {

  static FakeRule of(String id, Stage stage, Action action, double confidence,
      BiConsumer<AnalyzedText, Consumer<Annotation>> body) {
    RuleMeta m = new RuleMeta(id, "test", Category.PUNCTUATION, "test", Severity.WARNING, stage,
        action, confidence, "test", "test", List.of(new Example("x", null)),
        List.of(new Example("y", null)), "test");
    return new FakeRule(m, body);
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    body.accept(text, out);
  }
}
