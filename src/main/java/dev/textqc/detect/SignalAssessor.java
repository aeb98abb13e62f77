package dev.textqc.detect;

import dev.textqc.document.Document;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.DocumentAssessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Document scores from explainable signals: the density of findings per 1,000 words, by category.
 * Quality falls with every kind of damage; the machine-translation score rises with the damage
 * translation leaves (garbled sentences, repetition, punctuation slips) and with MT disclaimers.
 */
public final class SignalAssessor implements DocumentAssessor {
  /** {@code machineTranslation.likely} is true at or above this score. */
  public static final double MT_THRESHOLD = 0.5;

  @Override
  public Assessment assess(Document document, String cleaned, List<Annotation> annotations) {
    double words = Math.max(50, countWords(cleaned));
    int garbled = 0;
    int slips = 0;
    int disclaimers = 0;
    int boilerplate = 0;
    int other = 0;
    for (Annotation a : annotations) {
      if (a.category() == Category.GARBLED) {
        garbled++;
      } else if (a.category() == Category.PUNCTUATION || a.category() == Category.REPETITION) {
        slips++;
      } else if (a.category() == Category.BOILERPLATE) {
        if ("mt-disclaimer".equals(a.type())) {
          disclaimers++;
        }
        boilerplate++;
      } else {
        other++;
      }
    }
    List<Assessment.Signal> signals = new ArrayList<>();
    double garbledDensity = garbled * 1000 / words;
    double slipDensity = slips * 1000 / words;
    double z = -3;
    z += add(signals, "garbled-per-1k-words", garbledDensity, 0.35,
        "garbled sentences per 1,000 words");
    z += add(signals, "slips-per-1k-words", slipDensity, 0.15,
        "punctuation and repetition slips per 1,000 words");
    z += add(signals, "mt-disclaimer", disclaimers > 0 ? 1 : 0, 5,
        "the page says it was machine-translated");
    double mt = 1 / (1 + Math.exp(-z));
    double damage = garbledDensity + slipDensity + other * 1000 / words;
    double quality = Math.max(0, Math.min(1, 1 - damage / 20.0));
    signals.add(new Assessment.Signal("boilerplate-findings", boilerplate, 0,
        "boilerplate lines found (not part of the MT score)"));
    return new Assessment(round(mt), mt >= MT_THRESHOLD, round(quality), signals);
  }

  private static double add(List<Assessment.Signal> signals, String name, double value,
      double weight, String explanation) {
    signals.add(new Assessment.Signal(name, round(value), weight, explanation));
    return value * weight;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
