package dev.textqc.pipeline;

import dev.textqc.document.Span;

/**
 * A change to the original text: {@code span} (original coordinates) reads {@code replacement}.
 *
 * <p>An interface, so that the pipeline's record of an applied finding ({@code Pipeline.Recorded})
 * is its own edit: a separate object per edit, holding the span and text the annotation already
 * holds, was 24 bytes of every one of the 500,000 edits a 5 MB page of doubled words records.
 */
interface Edit {
  Span span();

  String replacement();

  static Edit of(Span span, String replacement) {
    return new Plain(span, replacement);
  }

  /** An edit that is only an edit (a restored result, tests). */
  record Plain(Span span, String replacement) implements Edit {}
}
