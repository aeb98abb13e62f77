package dev.textqc.finding;

import dev.textqc.document.Span;
import java.util.Objects;

/**
 * One finding: which rule saw what, where, and what cleaning does about it.
 *
 * <p>{@code span} is in the coordinates of the text the rule was given; the pipeline maps it to the
 * original document before it reaches a {@code Result}. For {@link Action#REPLACE} the
 * {@code replacement} is the new text of the span; for the other actions it is {@code null}.
 */
public record Annotation(String rule, Category category, String type, Severity severity, Span span,
    Action action, String replacement, String message, double confidence) {

  public Annotation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(severity, "severity");
    if (action == Action.REPLACE && replacement == null) {
      throw new IllegalArgumentException(rule + ": a replace annotation needs a replacement");
    }
    if (action != Action.REPLACE) {
      replacement = null;
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException(rule + ": confidence " + confidence + " outside 0..1");
    }
    type = type == null ? "" : type;
    message = message == null ? "" : message;
  }

  /**
   * The same finding at {@code newSpan}; this one when the span is the same. The pipeline maps
   * every applied finding to the original text, which on the first stage to change the text is the
   * text the rule saw: a copy there was a second annotation and span kept for each edit (of
   * 500,000 on a 5 MB page of doubled words).
   */
  public Annotation withSpan(Span newSpan) {
    if (newSpan.equals(span)) {
      return this;
    }
    return new Annotation(rule, category, type, severity, newSpan, action, replacement, message,
        confidence);
  }

  /**
   * The same fix with other replacement text; a removal given non-empty text becomes a
   * replacement. This one when nothing changes (see {@link #withSpan}).
   */
  public Annotation withReplacement(String text) {
    if (action == Action.FLAG || (action == Action.REMOVE && text.isEmpty())
        || (action == Action.REPLACE && text.equals(replacement))) {
      return this;
    }
    return new Annotation(rule, category, type, severity, span, Action.REPLACE, text, message,
        confidence);
  }

  /** The same finding, reported but no longer applied (used when a fix loses an overlap). */
  public Annotation asFlag() {
    return new Annotation(rule, category, type, severity, span, Action.FLAG, null, message,
        confidence);
  }

  /** The same finding under another type of its category (e.g. {@code page-title}). */
  public Annotation withType(String newType) {
    return new Annotation(rule, category, newType, severity, span, action, replacement, message,
        confidence);
  }

  public Annotation withMessage(String newMessage) {
    return new Annotation(rule, category, type, severity, span, action, replacement, newMessage,
        confidence);
  }

  /** The text the span reads after cleaning: empty for a removal, the span itself for a flag. */
  public String cleanedText(String original) {
    return switch (action) {
      case REMOVE -> "";
      case REPLACE -> replacement;
      case FLAG -> span.of(original);
    };
  }
}
