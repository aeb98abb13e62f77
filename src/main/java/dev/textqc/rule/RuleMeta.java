package dev.textqc.rule;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import java.util.List;

/**
 * Everything about a rule that is not its matching logic: identity, classification, message,
 * documentation and its examples. Loaded from the rule's YAML file.
 *
 * @param source the file the rule was loaded from, for error messages
 */
public record RuleMeta(String id, String kind, Category category, String type, Severity severity,
    Stage stage, Action action, double confidence, String message, String description,
    List<Example> incorrect, List<Example> correct, String source) {

  public RuleMeta {
    incorrect = List.copyOf(incorrect);
    correct = List.copyOf(correct);
  }

  /** An annotation of this rule with its default action. */
  public Annotation annotate(Span span) {
    return new Annotation(id, category, type, severity, span, action, action == Action.REPLACE
        ? "" : null, message, confidence);
  }

  public Annotation flag(Span span, String msg, double conf) {
    return new Annotation(id, category, type, severity, span, Action.FLAG, null, msg, conf);
  }

  public Annotation replace(Span span, String replacement) {
    return new Annotation(id, category, type, severity, span, Action.REPLACE, replacement, message,
        confidence);
  }

  public Annotation remove(Span span) {
    return new Annotation(id, category, type, severity, span, Action.REMOVE, null, message,
        confidence);
  }
}
