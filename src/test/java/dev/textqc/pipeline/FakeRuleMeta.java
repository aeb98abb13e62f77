package dev.textqc.pipeline;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.Stage;

/** Annotation factories for fake rules. */
final class FakeRuleMeta {
  private FakeRuleMeta() {}

  static Annotation remove(String id, Stage stage, Span s, double c) {
    return new Annotation(id, Category.PUNCTUATION, "t", Severity.WARNING, s, Action.REMOVE, null,
        "m", c);
  }

  static Annotation replace(String id, Stage stage, Span s, String rep, double c) {
    return new Annotation(id, Category.PUNCTUATION, "t", Severity.WARNING, s, Action.REPLACE, rep,
        "m", c);
  }

  static Annotation flag(String id, Stage stage, Span s, double c) {
    return new Annotation(id, Category.PUNCTUATION, "t", Severity.WARNING, s, Action.FLAG, null,
        "m", c);
  }
}
