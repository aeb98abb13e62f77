package dev.textqc.detect.garbled;

import dev.textqc.rule.DetectorFactory;
import java.util.List;

/** The garbled-text detectors, for registration in {@code detect.Detectors}. */
public final class GarbledDetectors {
  private GarbledDetectors() {}

  public static List<DetectorFactory> all() {
    return List.of(BrokenSentenceDetector.factory(), FragmentSentenceDetector.factory(),
        TitleCaseFragmentDetector.factory(), LowercaseHeadingDetector.factory(),
        ModalToDetector.factory(), ElisionRemnantDetector.factory(),
        DashCapitalDetector.factory(), StrayPunctuationDetector.factory());
  }
}
