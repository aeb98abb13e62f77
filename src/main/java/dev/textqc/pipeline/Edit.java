package dev.textqc.pipeline;

import dev.textqc.document.Span;

/** A change to the original text: {@code span} (original coordinates) reads {@code replacement}. */
record Edit(Span span, String replacement) {}
