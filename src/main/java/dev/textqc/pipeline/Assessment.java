package dev.textqc.pipeline;

import java.util.List;

/**
 * Document-level verdicts: how likely the text is machine-translated and how clean it reads, with
 * the signals that produced them so a score can be explained.
 */
public record Assessment(double machineTranslationScore, boolean machineTranslationLikely,
    double qualityScore, List<Signal> signals) {

  /** One named contribution to a document score. */
  public record Signal(String name, double value, double weight, String explanation) {}

  public static final Assessment CLEAN = new Assessment(0, false, 1, List.of());
}
