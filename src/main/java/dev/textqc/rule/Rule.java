package dev.textqc.rule;

import dev.textqc.finding.Annotation;
import java.util.function.Consumer;

/**
 * A check over a text. Rules are stateless and thread-safe: everything they learn about a text
 * lives in the {@link AnalyzedText} they are given (or the corpus memory it carries).
 */
public interface Rule {

  RuleMeta meta();

  /** Reports findings with spans in {@code text.text()} coordinates. */
  void check(AnalyzedText text, Consumer<Annotation> out);
}
