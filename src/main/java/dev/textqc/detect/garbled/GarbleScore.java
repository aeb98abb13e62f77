package dev.textqc.detect.garbled;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import java.util.List;

/**
 * The per-sentence garble score: how likely a sentence carries translation damage, 0..1.
 *
 * <p>It combines two explainable parts. Findings inside the sentence (garbled, punctuation and
 * repetition rules, LanguageTool flags) count as independent pieces of evidence: the score is
 * {@code 1 - (1 - prior) * prod(1 - confidence)}. The prior is a risk estimate from the sentence's
 * shape: long sentences with many commas are where run-on clauses and comma splices from
 * translation collect. The prior never exceeds {@link #MAX_PRIOR}, below {@link #THRESHOLD}, so a
 * sentence is only ever flagged on the strength of a finding; the prior only ranks sentences (for
 * AUROC and for choosing which sentences the LanguageTool cascade checks).
 */
public final class GarbleScore {
  /** A sentence at or above this score is reported as garbled. */
  public static final double THRESHOLD = 0.5;
  /** The largest share of the score that sentence shape alone can give. */
  public static final double MAX_PRIOR = 0.45;
  /** Words at which the length part of the prior saturates. */
  static final double LENGTH_SATURATION = 60;

  private GarbleScore() {}

  /** The shape prior: length and comma count of the sentence. */
  public static double prior(String sentence) {
    int words = 0;
    int commas = 0;
    boolean in = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      boolean w = Character.isLetterOrDigit(c);
      if (w && !in) {
        words++;
      }
      in = w;
      if (c == ',' || c == '，') {
        commas++;
      }
    }
    double length = Math.min(1, words / LENGTH_SATURATION);
    double clauses = Math.min(1, Math.max(0, commas - 2) / 4.0);
    return MAX_PRIOR * (0.8 * length + 0.2 * clauses);
  }

  /** Whether a finding is evidence of translation damage in the sentence it lies in. */
  public static boolean isEvidence(Annotation a) {
    return a.category() == Category.GARBLED || a.category() == Category.PUNCTUATION
        || a.category() == Category.REPETITION
        || (a.rule().startsWith("LT:") && a.action() == Action.FLAG);
  }

  /** The score of the sentence at {@code span} of {@code text}, given findings in text coordinates. */
  public static double score(String text, Span span, List<Annotation> findings) {
    double keep = 1 - prior(text.substring(span.start(), span.end()));
    for (Annotation a : findings) {
      if (isEvidence(a) && a.span().overlaps(span)) {
        keep *= 1 - a.confidence();
      }
    }
    return 1 - keep;
  }
}
