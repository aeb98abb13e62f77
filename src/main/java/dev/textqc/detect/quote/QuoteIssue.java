package dev.textqc.detect.quote;

import dev.textqc.document.Span;

/**
 * A quotation problem found by {@link QuoteAnalysis}.
 *
 * @param kind what is wrong
 * @param span the faulty mark (and, for an unclosed quotation, the first words after it); for
 *     {@link Kind#SPACE_INSIDE} the space to delete
 * @param earlyClose for a stray closer: an earlier closing mark in the same paragraph probably
 *     ended the quotation too soon
 */
public record QuoteIssue(Kind kind, Span span, boolean earlyClose) {

  /** The kinds of quotation damage, one rule each. */
  public enum Kind {
    /** A quotation opened and not closed before a paragraph that does not continue it. */
    UNCLOSED,
    /** A closing mark with no quotation open. */
    STRAY_CLOSER,
    /** A space between the quoted sentence's final punctuation and its closing mark. */
    SPACE_INSIDE
  }
}
