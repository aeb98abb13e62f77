package dev.textqc.detect;

import dev.textqc.Config;
import dev.textqc.detect.garbled.GarbledDetectors;
import dev.textqc.rule.DetectorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Java detectors a rule file can name with {@code kind: detector}. */
public final class Detectors {
  private Detectors() {}

  public static Map<String, DetectorFactory> all(Config config) {
    Map<String, DetectorFactory> map = new LinkedHashMap<>();
    for (DetectorFactory f : List.<DetectorFactory>of()) {
      map.put(f.name(), f);
    }
    for (DetectorFactory f : List.of(dev.textqc.grammar.LanguageToolRule.factory())) {
      map.put(f.name(), f);
    }
    for (DetectorFactory f : GarbledDetectors.all()) {
      map.put(f.name(), f);
    }
    return map;
  }
}
